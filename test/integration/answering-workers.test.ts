import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/channels.ts';
import { contacts, createChatCore, messages, receiveMessage } from '../../src/conversations/index.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { requestEvents, requests, type TrackerContext } from '../../src/tracker/index.ts';
import type { Answerer } from '../../src/kb/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture, manualClock, silentLogger } from '../helpers/tracker-fixture.ts';

let database: TestDatabase;
let answerer: Answerer;
let tracker: TrackerContext;
const clock = manualClock('2026-11-24T09:00:00+07:00');

beforeAll(async () => {
  database = await createTestDatabase();
  ({ answerer, tracker } = await loadTrackerFixture());
});
afterAll(async () => {
  await database.destroy();
});

// Answered; handed to staff (a case opens); joins the case, told once; joins again, not told;
// a follow-up answered about the topic; thanks.
const CONVERSATION = [
  'xin giấy phép lao động cho người nước ngoài',
  'Tôi muốn khiếu nại cán bộ phường về thái độ làm việc',
  'hồ sơ của tôi đến đâu rồi',
  'sao chưa ai trả lời',
  'còn lệ phí thì sao?',
  'cảm ơn',
];

let sequence = 0;
function message(address: string, text: string): InboundMessage {
  sequence++;
  return {
    channel: 'web',
    channelMessageId: `web:${address}:${sequence}`,
    address,
    sentAt: clock.now(),
    content: { type: 'text', text },
  };
}

/** What a person got: whether each of their messages was filed on a request, and what was said and queued, in order. */
async function exchangeOf(address: string) {
  const [contact] = await database.db.select().from(contacts).where(eq(contacts.address, address));
  if (!contact) throw new Error(`no contact ${address}`);
  const rows = await database.db
    .select()
    .from(messages)
    .where(eq(messages.contactId, contact.id))
    .orderBy(asc(messages.id));
  // Inbound rows were all stored before any answer when the queue was filled at once: the order
  // that tells is the order within each direction.
  const filed = rows.filter((row) => row.direction === 'in').map((row) => row.requestId !== null);
  const said = rows
    .filter((row) => row.direction === 'out')
    .map((row) => (row.data as { kind?: string } | null)?.kind ?? '?');
  const sent = await database.db.select().from(outbox).where(eq(outbox.address, address)).orderBy(asc(outbox.id));
  const cases = await database.db.select().from(requests).where(eq(requests.contactId, contact.id));
  return { filed, said, sent: sent.map((item) => item.kind), requests: cases.length };
}

describe('answering on several workers', () => {
  it('answers each person in order, as one worker does, and files every message on its request', async () => {
    const one = createChatCore({ db: database.db, answerer, tracker, logger: silentLogger, now: clock.now });
    for (const text of CONVERSATION) {
      await one.receive(message('alone', text));
      await one.drain();
    }
    const expected = await exchangeOf('alone');
    expect(expected).toEqual({
      filed: [true, true, true, true, true, true],
      said: ['answer', 'handoff', 'acknowledgement', 'added_to_case', 'answer', 'smalltalk'],
      sent: ['answer', 'handoff', 'acknowledgement', 'added_to_case', 'answer', 'smalltalk'],
      requests: 3,
    });

    // Ten people writing at once: their messages interleaved in the queue, answered by three workers.
    const people = Array.from({ length: 10 }, (_, i) => `p${i}`);
    const core = createChatCore(
      { db: database.db, answerer, tracker, logger: silentLogger, now: clock.now },
      { workers: 3 },
    );
    const received: InboundMessage[] = [];
    for (const text of CONVERSATION) for (const person of people) received.push(message(person, text));
    // Stored without answering (as a burst the webhook takes faster than answers go out), then drained.
    for (const item of received) await receiveMessage(database.db, item);
    let total = 0;
    for (let done = await core.drain(); done > 0; done = await core.drain()) total += done;
    expect(total).toBe(received.length);

    const left = await database.db
      .select()
      .from(messages)
      .where(and(eq(messages.direction, 'in'), isNull(messages.processedAt)));
    expect(left).toEqual([]);
    for (const person of people) {
      const got = await exchangeOf(person);
      expect(got, person).toEqual(expected);
    }
  });

  it('keeps each person in order when two instances answer the same queue at once', async () => {
    const one = createChatCore({ db: database.db, answerer, tracker, logger: silentLogger, now: clock.now });
    for (const text of CONVERSATION) {
      await one.receive(message('alone-2', text));
      await one.drain();
    }
    const expected = await exchangeOf('alone-2');
    const people = Array.from({ length: 8 }, (_, i) => `two-${i}`);
    const received: InboundMessage[] = [];
    for (const text of CONVERSATION) for (const person of people) received.push(message(person, text));
    for (const item of received) await receiveMessage(database.db, item);
    // Two instances, each with two workers: their shares overlap, so only the per-person turn
    // keeps a person's messages from being answered by both at once or out of order.
    const instances = [0, 1].map(() =>
      createChatCore({ db: database.db, answerer, tracker, logger: silentLogger, now: clock.now }, { workers: 2 }),
    );
    const drainAll = async (core: (typeof instances)[number]) => {
      let total = 0;
      for (let done = await core.drain(); done > 0; done = await core.drain()) total += done;
      return total;
    };
    const totals = await Promise.all(instances.map(drainAll));
    expect(totals.reduce((sum, done) => sum + done, 0)).toBe(received.length);
    for (const person of people) expect(await exchangeOf(person), person).toEqual(expected);
  });

  it('sets aside a message the code cannot handle, failed, and answers the rest of its batch', async () => {
    const failing: Answerer = {
      ...answerer,
      ask: (question, language) => {
        if (question === 'boom') throw new Error('the knowledge base broke on this one');
        return answerer.ask(question, language);
      },
    };
    const core = createChatCore(
      { db: database.db, answerer: failing, tracker, logger: silentLogger, now: clock.now },
      { workers: 2 },
    );
    for (const [person, text] of [
      ['f1', 'xin giấy phép lao động cho người nước ngoài'],
      ['f2', 'boom'],
      ['f2', 'cảm ơn'],
      ['f3', 'Tôi muốn khiếu nại cán bộ phường về thái độ làm việc'],
    ] as const)
      await receiveMessage(database.db, message(person, text));
    let total = 0;
    for (let done = await core.drain(); done > 0; done = await core.drain()) total += done;
    expect(total).toBe(4);

    const failed = await database.db
      .select({ text: messages.text, data: messages.data })
      .from(messages)
      .where(and(eq(messages.direction, 'in'), sql`${messages.data} ? 'failed'`));
    expect(failed.map((row) => row.text)).toEqual(['boom']);
    expect((await exchangeOf('f1')).sent).toEqual(['answer']);
    expect((await exchangeOf('f2')).said).toEqual(['smalltalk']);
    expect((await exchangeOf('f3')).sent).toEqual(['handoff', 'acknowledgement']);
    expect((await exchangeOf('f3')).filed).toEqual([true]);
    // The history of what was answered in the one-by-one fallback is written (it is held for the
    // end of a batch, and flushed per message there).
    for (const [person, type] of [
      ['f1', 'bot_answer'],
      ['f3', 'handoff'],
    ] as const) {
      const history = await database.db
        .select({ type: requestEvents.type })
        .from(requestEvents)
        .innerJoin(requests, eq(requests.id, requestEvents.requestId))
        .innerJoin(contacts, eq(contacts.id, requests.contactId))
        .where(eq(contacts.address, person));
      expect(
        history.map((event) => event.type),
        person,
      ).toContain(type);
    }
  });
});
