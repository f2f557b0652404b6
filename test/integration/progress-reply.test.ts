import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { handOffRequest, openRequest, requests, runDueEvents, saveSlaPolicy } from '../../src/tracker/index.ts';
import { contacts } from '../../src/conversations/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture, manualClock } from '../helpers/tracker-fixture.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

describe("R1's progress reply under a working-hours policy", () => {
  it('reaches a person who wrote on a Friday afternoon before 48 calendar hours, not five days later', async () => {
    const { tracker } = await loadTrackerFixture();
    const db = database.db;
    const clock = manualClock('2026-11-27T15:00:00+07:00');
    const policy = { agencyId: 'so-cong-thuong', answerHours: 40, progressHours: 24, warningRatio: 0.75 };
    await saveSlaPolicy(db, { ...policy, clock: 'working' }, null, clock.now());
    const { request } = await openRequest(db, tracker, {
      contactId: await newContact(),
      channel: 'telegram',
      replyAddress: '7001',
      language: 'vi',
      requesterType: 'business',
      agencyId: 'so-cong-thuong',
      subject: 'Giấy phép bán lẻ rượu cần những gì?',
      openedAt: clock.now(),
    });
    const { request: handed } = await handOffRequest(db, tracker, {
      request,
      at: clock.now(),
      reason: 'not-confident',
    });
    expect(handed.nextEventAt).toEqual(new Date('2026-11-29T14:00:00+07:00'));
    const progressSent = () =>
      db
        .select()
        .from(outbox)
        .where(and(eq(outbox.requestId, request.id), eq(outbox.kind, 'progress')));

    clock.advanceHours(46.5);
    await runDueEvents(db, tracker, clock.now());
    expect(await progressSent()).toHaveLength(0);
    clock.advanceHours(0.5); // Sunday 14:00, 47 hours after the first message
    await runDueEvents(db, tracker, clock.now());
    const [progress] = await progressSent();
    expect(JSON.stringify(progress?.payload)).toContain(handed.caseNumber);
    clock.advanceHours(72);
    await runDueEvents(db, tracker, clock.now());
    expect(await progressSent()).toHaveLength(1);
  });

  it("counts a case opened on New Year's Eve 2026 across New Year and Tết 2027 on the injected clock", async () => {
    const { tracker } = await loadTrackerFixture();
    const db = database.db;
    const clock = manualClock('2026-12-31T15:00:00+07:00');
    await saveSlaPolicy(
      db,
      { agencyId: 'so-y-te', answerHours: 24, progressHours: 8, warningRatio: 0.75, clock: 'working' },
      null,
      clock.now(),
    );
    const open = async (at: Date) => {
      const { request } = await openRequest(db, tracker, {
        contactId: await newContact(),
        channel: 'telegram',
        replyAddress: crypto.randomUUID(),
        language: 'vi',
        requesterType: 'citizen',
        agencyId: 'so-y-te',
        subject: 'Hỏi về giấy chứng nhận',
        openedAt: at,
      });
      return (await handOffRequest(db, tracker, { request, at, reason: 'not-confident' })).request;
    };
    // 2 h on Thursday, New Year's Day off, the weekend, then 22 h: Wednesday 06/01 15:00.
    const newYear = await open(clock.now());
    expect(newYear.dueAt).toEqual(new Date('2027-01-06T15:00:00+07:00'));
    // Tuesday 02/02 16:00: 1 h that day, 8 h Wednesday, Tết from Thursday 04/02 to Wednesday 10/02, 8 h Thursday 11/02.
    const tet = await open(new Date('2027-02-02T16:00:00+07:00'));
    expect(tet.dueAt).toEqual(new Date('2027-02-12T16:00:00+07:00'));
    const breached = async (id: number) =>
      (await db.select().from(requests).where(eq(requests.id, id)))[0]?.breachedAt ?? null;
    clock.set('2027-01-06T14:59:00+07:00');
    await runDueEvents(db, tracker, clock.now());
    expect(await breached(newYear.id)).toBeNull();
    clock.set('2027-01-06T15:00:00+07:00');
    await runDueEvents(db, tracker, clock.now());
    expect(await breached(newYear.id)).toEqual(clock.now());
    clock.set('2027-02-11T17:00:00+07:00'); // the first working day after Tết, still before the deadline
    await runDueEvents(db, tracker, clock.now());
    expect(await breached(tet.id)).toBeNull();
  });
});

/** Requests belong to a person: the voice keeps what it tells them in their conversation. */
async function newContact(): Promise<string> {
  const [row] = await database.db
    .insert(contacts)
    .values({ channel: 'phone', address: crypto.randomUUID() })
    .returning();
  if (!row) throw new Error('no contact');
  return row.id;
}
