import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFigures, figuresToCsv, parsePeriod, type Figures } from '../../src/reports/index.ts';
import {
  handOffRequest,
  openRequest,
  recordStaffAnswer,
  setProcedure,
  type RequestRow,
  type TrackerContext,
} from '../../src/tracker/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture } from '../helpers/tracker-fixture.ts';

// How many hand-offs staff later answered with a procedure the bot had, per month: what teaching
// the bot from the inbox is for.
const AGENCY = 'so-noi-vu';
const STAFF = { kind: 'staff' as const, staffId: randomUUID() };
let database: TestDatabase;
let tracker: TrackerContext;

beforeAll(async () => {
  database = await createTestDatabase();
  // The tracker's commands with no one listening: these cases have no chat to write to.
  tracker = { ...(await loadTrackerFixture()).tracker, listeners: [] };
});
afterAll(async () => {
  await database.destroy();
});

const at = (iso: string) => new Date(iso);
const tx = <T>(work: (db: typeof database.db) => Promise<T>) => database.db.transaction(work);

async function open(openedAt: string, options: { handOff?: boolean; procedureRef?: string } = {}): Promise<RequestRow> {
  const { request } = await tx((db) =>
    openRequest(db, tracker, {
      contactId: randomUUID(),
      channel: 'web',
      replyAddress: null,
      language: 'vi',
      requesterType: 'citizen',
      agencyId: AGENCY,
      procedureRef: options.procedureRef ?? null,
      subject: 'câu hỏi',
      openedAt: at(openedAt),
    }),
  );
  if (!options.handOff) return request;
  return (await tx((db) => handOffRequest(db, tracker, { request, at: at(openedAt), reason: 'no-match' }))).request;
}

async function reply(request: RequestRow, when: string, card?: string) {
  return tx((db) =>
    recordStaffAnswer(db, tracker, {
      requestId: request.id,
      staffId: STAFF.staffId,
      at: at(when),
      words: 'trả lời',
      card,
    }),
  );
}

function total(figures: Figures[]): Figures {
  const row = figures.find((figure) => figure.agencyId === null);
  if (!row) throw new Error('no total');
  return row;
}

describe('hand-offs answered with a procedure the bot had', () => {
  it('counts, per month, hand-offs staff answered from a procedure card or set to a procedure', async () => {
    // October: answered from P01's card; set to P05 by staff; answered in words only; answered
    // by the bot with a procedure (no hand-off); a procedure chosen with the bot before the hand-off.
    await reply(await open('2026-10-05T09:00:00+07:00', { handOff: true }), '2026-10-05T10:00:00+07:00', 'P01');
    const set = await open('2026-10-06T09:00:00+07:00', { handOff: true });
    await tx((db) =>
      setProcedure(db, tracker, {
        request: set,
        procedureRef: 'P05',
        agencyId: null,
        at: at('2026-10-07T09:00:00+07:00'),
        actor: STAFF,
      }),
    );
    await reply(await open('2026-10-08T09:00:00+07:00', { handOff: true }), '2026-10-08T10:00:00+07:00');
    await open('2026-10-09T09:00:00+07:00', { procedureRef: 'P16' });
    await reply(
      await open('2026-10-10T09:00:00+07:00', { handOff: true, procedureRef: 'P16' }),
      '2026-10-10T10:00:00+07:00',
    );
    // November: one, answered from a card in December (counted in the month the person asked).
    await reply(await open('2026-11-30T20:00:00+07:00', { handOff: true }), '2026-12-01T09:00:00+07:00', 'P21');

    const october = total(await computeFigures(database.db, parsePeriod('2026-10')));
    expect(october).toMatchObject({ requests: 5, handoffs: 4, handoffsWithKnownProcedure: 2 });
    const november = total(await computeFigures(database.db, parsePeriod('2026-11')));
    expect(november).toMatchObject({ requests: 1, handoffs: 1, handoffsWithKnownProcedure: 1 });
    expect(total(await computeFigures(database.db, parsePeriod('2026-Q4'))).handoffsWithKnownProcedure).toBe(3);

    const csv = figuresToCsv(await computeFigures(database.db, parsePeriod('2026-10')), (id) => id).split('\r\n');
    const column = csv[0]?.split(',').indexOf('handoffs_answered_with_known_procedure') ?? -1;
    expect(column).toBeGreaterThan(0);
    expect(csv.at(-2)?.split(',')[column]).toBe('2');
  });
});
