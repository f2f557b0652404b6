import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, staff } from '../../src/inbox/inbox-tables.ts';
import { assignRequest, handOffRequest, openRequest, requestEvents, runDueEvents } from '../../src/tracker/index.ts';
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

let people = 0;
async function member(role: string, agencyId: string | null, active = true): Promise<string> {
  people++;
  const [row] = await database.db
    .insert(staff)
    .values({ email: `p${people}@example.vn`, name: `Person ${people}`, role, agencyId, passwordHash: 'x', active })
    .returning();
  if (!row) throw new Error('no staff row');
  return row.id;
}

async function openCase(agencyId: string, openedAt: Date, assigneeId: string | null = null) {
  const { tracker } = await loadTrackerFixture();
  const db = database.db;
  const { request } = await openRequest(db, tracker, {
    contactId: await newContact(),
    channel: 'phone',
    replyAddress: null,
    language: 'vi',
    requesterType: 'business',
    agencyId,
    subject: 'Hỏi về giấy phép',
    openedAt,
  });
  const { request: handed } = await handOffRequest(db, tracker, { request, at: openedAt, reason: 'manual-intake' });
  if (assigneeId) {
    await db.transaction((tx) =>
      assignRequest(tx, tracker, { requestId: handed.id, assigneeId, at: openedAt, actor: { kind: 'system' } }),
    );
  }
  return handed;
}

/** Who was told of a warning or a breach on the case (or, with kinds, of other things). */
async function toldAbout(
  requestId: number,
  kinds = ['warning', 'breach'],
): Promise<Array<{ staffId: string; kind: string }>> {
  const rows = await database.db
    .select({ staffId: notifications.staffId, kind: notifications.kind })
    .from(notifications)
    .where(and(eq(notifications.requestId, requestId), inArray(notifications.kind, kinds)));
  return rows.sort((a, b) => `${a.kind}${a.staffId}`.localeCompare(`${b.kind}${b.staffId}`));
}

describe('warnings and escalation reach someone', () => {
  it('tells the admins when the agency has no active supervisor and the case no assignee', async () => {
    const { tracker } = await loadTrackerFixture();
    const admin = await member('admin', null);
    await member('admin', null, false); // a deactivated admin is not told
    await member('supervisor', 'so-cong-thuong', false);
    const agent = await member('agent', 'so-cong-thuong');
    await member('supervisor', 'trung-tam-phuc-vu-hcc'); // another agency's supervisor is not told
    const clock = manualClock('2026-11-23T09:00:00+07:00');
    const request = await openCase('so-cong-thuong', clock.now());
    // The new case was told to the agency's active staff.
    expect(await toldAbout(request.id, ['new_case'])).toEqual([{ staffId: agent, kind: 'new_case' }]);

    clock.advanceHours(36); // the warning at 75 % of 48 hours
    await runDueEvents(database.db, tracker, clock.now());
    expect(await toldAbout(request.id)).toEqual([{ staffId: admin, kind: 'warning' }]);
    clock.advanceHours(12);
    await runDueEvents(database.db, tracker, clock.now());
    expect(await toldAbout(request.id)).toEqual([
      { staffId: admin, kind: 'breach' },
      { staffId: admin, kind: 'warning' },
    ]);
    const [breach] = await database.db
      .select()
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, request.id), eq(requestEvents.type, 'breach')));
    // The event claims no recipients: the admins were told, as the notifications say.
    expect(breach?.data).toEqual({ dueAt: request.dueAt?.toISOString() });
  });

  it("tells the agency's supervisors and the assignee, not the admins, when the agency has a supervisor", async () => {
    const { tracker } = await loadTrackerFixture();
    const supervisor = await member('supervisor', 'so-y-te');
    const agent = await member('agent', 'so-y-te');
    const clock = manualClock('2026-11-24T09:00:00+07:00');
    const request = await openCase('so-y-te', clock.now(), agent);
    clock.advanceHours(48);
    await runDueEvents(database.db, tracker, clock.now());
    // Caught up after downtime: the warning is not sent past the deadline, the breach is.
    expect(await toldAbout(request.id)).toEqual(
      [
        { staffId: agent, kind: 'breach' },
        { staffId: supervisor, kind: 'breach' },
      ].sort((a, b) => a.staffId.localeCompare(b.staffId)),
    );
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
