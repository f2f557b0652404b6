import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts } from '../../src/conversations/index.ts';
import type { Db } from '../../src/db/client.ts';
import {
  appendToRequest,
  assignRequest,
  flushEventBatch,
  requestEvents,
  withEventBatch,
  closeRequest,
  createCalendarStore,
  handOffRequest,
  openRequest,
  rateRequest,
  recordStaffAnswer,
  reopenRequest,
  requestRating,
  requests,
  runDueEvents,
  setProcedure,
  setRequesterType,
  StaleCaseError,
  transferRequest,
  type RequestRow,
  type TrackerContext,
  type TrackerEvent,
} from '../../src/tracker/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

// The tracker's commands on a real database, with a listener that records what it is told: each
// command writes the state it says, refuses what it must, and hands its events to the listeners.
let database: TestDatabase;
const heard: TrackerEvent[] = [];
const tracker: TrackerContext = {
  calendar: createCalendarStore([]),
  agencyName: (id) => id,
  defaultAgencyId: 'hcc',
  listeners: [
    async (_db, events) => {
      heard.push(...events);
    },
  ],
};
const staffId = randomUUID();
const actor = { kind: 'staff' as const, staffId };
const at = (iso: string) => new Date(iso);
const types = () => heard.splice(0).map((event) => event.type);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

async function contact(): Promise<string> {
  const [row] = await database.db.insert(contacts).values({ channel: 'web', address: randomUUID() }).returning();
  if (!row) throw new Error('no contact');
  return row.id;
}

async function open(db: Db, extra: Partial<Parameters<typeof openRequest>[2]> = {}): Promise<RequestRow> {
  const { request } = await openRequest(db, tracker, {
    contactId: await contact(),
    channel: 'web',
    replyAddress: 'a',
    language: 'vi',
    requesterType: 'citizen',
    agencyId: 'hcc',
    subject: 'câu hỏi',
    openedAt: at('2026-11-23T09:00:00+07:00'),
    ...extra,
  });
  return request;
}

const tx = <T>(work: (db: Db) => Promise<T>) => database.db.transaction(work);

describe('tracker commands', () => {
  it('opens with a case number made of the month and the id, in one statement', async () => {
    const request = await open(database.db);
    expect(request.caseNumber).toBe(`HD-2611-${request.id}`);
    expect(request.status).toBe('bot');
    expect(types()).toEqual(['received']);
  });

  it('opens answered by the bot with the durations stored, or handed off with deadlines from the first message', async () => {
    const answered = await open(database.db, {
      answered: { at: at('2026-11-23T09:00:30+07:00'), by: { kind: 'bot' } },
    });
    expect(answered).toMatchObject({ status: 'answered', firstAnswerBy: 'bot' });
    expect(answered.answerHours).toBeCloseTo(30 / 3600, 6);
    const handed = await open(database.db, { handOff: { at: at('2026-11-23T10:00:00+07:00'), reason: 'no-match' } });
    expect(handed.status).toBe('open');
    expect(handed.dueAt?.toISOString()).toBe(at('2026-11-25T09:00:00+07:00').toISOString());
    expect(handed.nextEventAt?.toISOString()).toBe(handed.progressAt?.toISOString());
    expect(types()).toEqual(['received', 'bot_answer', 'received', 'handoff']);
  });

  it('withdraws a bot answer marked not helpful: the case is open again on its original clock', async () => {
    const answered = await open(database.db, {
      answered: { at: at('2026-11-23T09:01:00+07:00'), by: { kind: 'bot' } },
    });
    const { request } = await tx((db) =>
      handOffRequest(db, tracker, { request: answered, at: at('2026-11-23T11:00:00+07:00'), reason: 'not-helpful' }),
    );
    expect(request).toMatchObject({ status: 'open', firstAnswerAt: null, firstAnswerBy: null, answerHours: null });
    expect(request.dueAt?.toISOString()).toBe(at('2026-11-25T09:00:00+07:00').toISOString());
    heard.length = 0;
  });

  it('refuses a staff reply from a stale turn, apologises once when late, and asks for one rating when final', async () => {
    const handed = await open(database.db, { handOff: { at: at('2026-11-23T09:05:00+07:00'), reason: 'no-match' } });
    await tx((db) =>
      appendToRequest(db, tracker, { request: handed, type: 'message', at: at('2026-11-23T09:10:00+07:00') }),
    );
    const reply = (expectedTurn: number, iso: string, final = false) =>
      tx((db) =>
        recordStaffAnswer(db, tracker, {
          requestId: handed.id,
          staffId,
          at: at(iso),
          words: 'trả lời',
          expectedTurn,
          final,
        }),
      );
    await expect(reply(0, '2026-11-26T09:00:00+07:00')).rejects.toBeInstanceOf(StaleCaseError);
    const late = await reply(1, '2026-11-26T09:00:00+07:00');
    expect(late.apologized).toBe(true);
    expect(late.request).toMatchObject({ status: 'answered', late: true, turn: 2, firstAnswerBy: 'staff' });
    const last = await reply(2, '2026-11-26T10:00:00+07:00', true);
    expect(last.apologized).toBe(false);
    expect(last.request.status).toBe('closed');
    expect(types()).toEqual([
      'received',
      'handoff',
      'message',
      'staff_reply',
      'apology',
      'staff_reply',
      'closed',
      'rating_requested',
    ]);
    // Closing, reopening and closing again never asks twice.
    await tx((db) => reopenRequest(db, tracker, { requestId: handed.id, at: at('2026-11-26T11:00:00+07:00'), actor }));
    await tx((db) => closeRequest(db, tracker, { requestId: handed.id, at: at('2026-11-26T12:00:00+07:00'), actor }));
    await tx((db) => closeRequest(db, tracker, { requestId: handed.id, at: at('2026-11-26T12:30:00+07:00'), actor }));
    expect(types()).toEqual(['reopened', 'closed']);
  });

  it('counts the first rating only, and asks after 👍 once', async () => {
    const answered = await open(database.db, {
      answered: { at: at('2026-11-23T09:01:00+07:00'), by: { kind: 'bot' } },
    });
    expect(
      (await requestRating(database.db, tracker, { request: answered, at: at('2026-11-23T09:02:00+07:00') })).map(
        (e) => e.type,
      ),
    ).toEqual(['feedback', 'rating_requested']);
    expect(
      (await requestRating(database.db, tracker, { request: answered, at: at('2026-11-23T09:03:00+07:00') })).map(
        (e) => e.type,
      ),
    ).toEqual(['feedback']);
    expect(
      await rateRequest(database.db, tracker, { request: answered, score: 4, at: at('2026-11-23T09:04:00+07:00') }),
    ).toHaveLength(1);
    expect(
      await rateRequest(database.db, tracker, { request: answered, score: 1, at: at('2026-11-23T09:05:00+07:00') }),
    ).toHaveLength(0);
    const [row] = await database.db.select().from(requests).where(eq(requests.id, answered.id));
    expect(row?.satisfaction).toBe(4);
    heard.length = 0;
  });

  it('routes: the procedure moves the agency only before staff have the case; transfers keep the deadline', async () => {
    const pending = await open(database.db);
    const { request: chosen } = await setProcedure(database.db, tracker, {
      request: pending,
      procedureRef: 'P16',
      agencyId: 'ubnd-cap-xa',
      at: at('2026-11-23T09:02:00+07:00'),
      actor: { kind: 'person' },
    });
    expect(chosen).toMatchObject({ procedureRef: 'P16', agencyId: 'ubnd-cap-xa' });
    const handed = await open(database.db, { handOff: { at: at('2026-11-23T09:05:00+07:00'), reason: 'no-match' } });
    const { request: named } = await setProcedure(database.db, tracker, {
      request: handed,
      procedureRef: 'P16',
      agencyId: 'ubnd-cap-xa',
      at: at('2026-11-23T09:06:00+07:00'),
      actor,
    });
    expect(named.agencyId).toBe('hcc');
    const { request: moved, events } = await tx((db) =>
      transferRequest(db, tracker, {
        requestId: handed.id,
        agencyId: 'so-noi-vu',
        at: at('2026-11-23T10:00:00+07:00'),
        actor,
      }),
    );
    expect(events.map((event) => event.data)).toEqual([{ from: 'hcc', to: 'so-noi-vu' }]);
    expect(moved.dueAt?.toISOString()).toBe(handed.dueAt?.toISOString());
    const again = await tx((db) =>
      transferRequest(db, tracker, {
        requestId: handed.id,
        agencyId: 'so-noi-vu',
        at: at('2026-11-23T10:01:00+07:00'),
        actor,
      }),
    );
    expect(again.events).toEqual([]);
    const assigned = await tx((db) =>
      assignRequest(db, tracker, {
        requestId: handed.id,
        assigneeId: staffId,
        at: at('2026-11-23T10:02:00+07:00'),
        actor,
      }),
    );
    expect(assigned.request.assigneeId).toBe(staffId);
    const citizen = await tx((db) =>
      setRequesterType(db, tracker, {
        requestId: handed.id,
        requesterType: 'citizen',
        taxCode: '0101234567',
        at: at('2026-11-23T10:03:00+07:00'),
        actor,
      }),
    );
    expect(citizen.request.taxCode).toBeNull();
    heard.length = 0;
  });

  it('fires progress, warning and breach from the database and hands them to the listeners', async () => {
    const handed = await open(database.db, { handOff: { at: at('2026-11-23T09:00:00+07:00'), reason: 'no-match' } });
    heard.length = 0;
    await runDueEvents(database.db, tracker, at('2026-11-25T09:30:00+07:00'));
    const mine = heard.filter((event) => event.request.id === handed.id).map((event) => event.type);
    expect(mine).toEqual(['breach']);
    heard.length = 0;
  });

  it('rolls back what the listeners wrote when the command fails', async () => {
    const failing: TrackerContext = {
      ...tracker,
      listeners: [
        async (db) => {
          await db.insert(contacts).values({ channel: 'web', address: 'written-by-listener' });
          throw new Error('listener failed');
        },
      ],
    };
    const input = await baseInput();
    await expect(tx((db) => openRequest(db, failing, input))).rejects.toThrow('listener failed');
    expect(await database.db.select().from(contacts).where(eq(contacts.address, 'written-by-listener'))).toEqual([]);
  });
});

describe('an event batch', () => {
  it('holds the history rows and the at-commit listeners until flushed, then writes them in one go', async () => {
    const immediate: string[] = [];
    const atCommit: string[][] = [];
    const batched = withEventBatch({
      ...tracker,
      listeners: [
        async (_db, events) => {
          immediate.push(...events.map((event) => event.type));
        },
        Object.assign(
          async (_db: Db, events: readonly TrackerEvent[]) => {
            atCommit.push(events.map((event) => event.type));
          },
          { atCommit: true as const },
        ),
      ],
    });
    // Made first: the embedded database runs one transaction at a time.
    const inputs = [await baseInput(), await baseInput()] as const;
    const ids = await tx(async (db) => {
      const first = await openRequest(db, batched, {
        ...inputs[0],
        answered: { at: at('2026-11-23T09:00:30+07:00'), by: { kind: 'bot' } },
      });
      const second = await openRequest(db, batched, inputs[1]);
      await handOffRequest(db, batched, {
        request: second.request,
        at: at('2026-11-23T09:01:00+07:00'),
        reason: 'not-confident',
      });
      const held = await db
        .select()
        .from(requestEvents)
        .where(inArray(requestEvents.requestId, [first.request.id, second.request.id]));
      // Told at once (the voice must speak in order), written later.
      expect(held).toEqual([]);
      expect(atCommit).toEqual([]);
      expect(immediate.length).toBeGreaterThanOrEqual(3);
      await flushEventBatch(db, batched);
      return [first.request.id, second.request.id];
    });
    const written = await database.db.select().from(requestEvents).where(inArray(requestEvents.requestId, ids));
    expect(written.map((event) => event.type).sort()).toEqual([...immediate].sort());
    expect(atCommit).toEqual([immediate]);
    expect(batched.eventBatch.pending).toEqual([]);
  });
});

async function baseInput() {
  return {
    contactId: await contact(),
    channel: 'web',
    replyAddress: 'a',
    language: 'vi',
    requesterType: 'citizen' as const,
    agencyId: 'hcc',
    subject: 'x',
    openedAt: at('2026-11-23T09:00:00+07:00'),
  };
}
