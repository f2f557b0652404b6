import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { handOffRequest, openRequest, runDueEvents, saveSlaPolicy } from '../../src/tracker/index.ts';
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
    const request = await openRequest(db, {
      contactId: crypto.randomUUID(),
      channel: 'telegram',
      replyAddress: '7001',
      language: 'vi',
      requesterType: 'business',
      agencyId: 'so-cong-thuong',
      subject: 'Giấy phép bán lẻ rượu cần những gì?',
      openedAt: clock.now(),
    });
    const handed = await handOffRequest(db, tracker, { request, at: clock.now(), reason: 'not-confident' });
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
});
