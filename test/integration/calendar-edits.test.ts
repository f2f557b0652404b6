import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/kb/index.ts';
import {
  changeCalendar,
  createCalendarStore,
  handOffRequest,
  openRequest,
  requestEvents,
  requests,
  runDueEvents,
  saveSlaPolicy,
  type TrackerContext,
} from '../../src/tracker/index.ts';
import { contacts } from '../../src/conversations/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture } from '../helpers/tracker-fixture.ts';

let database: TestDatabase;
/** A second app instance on the same database: its own calendar cache. */
let other: TrackerContext;
beforeAll(async () => {
  database = await createTestDatabase();
  const { tracker } = await loadTrackerFixture();
  const { kb } = await loadContent('content');
  other = { ...tracker, calendar: createCalendarStore(kb?.holidays ?? []) };
  const policy = { answerHours: 16, progressHours: 8, warningRatio: 0.75, clock: 'working' } as const;
  await saveSlaPolicy(database.db, { agencyId: 'so-cong-thuong', ...policy }, null, new Date());
});
afterAll(async () => {
  await database.destroy();
});

const at = (text: string) => new Date(text);
const by = (iso: string) => ({ staffId: null, at: at(iso) });

async function handOff(context: TrackerContext, openedAt: Date) {
  const { request } = await openRequest(database.db, context, {
    contactId: await newContact(),
    channel: 'telegram',
    replyAddress: crypto.randomUUID(),
    language: 'vi',
    requesterType: 'business',
    agencyId: 'so-cong-thuong',
    subject: 'Hỏi về giấy phép bán lẻ rượu',
    openedAt,
  });
  return (await handOffRequest(database.db, context, { request, at: openedAt, reason: 'not-confident' })).request;
}

async function reload(id: number) {
  const [row] = await database.db.select().from(requests).where(eq(requests.id, id));
  if (!row) throw new Error(`no request ${id}`);
  return row;
}

describe('holiday lists edited by admins', () => {
  it('moves the deadline of an open case at once, and every instance uses the edit without a restart', async () => {
    const { tracker } = await loadTrackerFixture();
    const db = database.db;
    // Monday 28/12/2026 10:00 + 16 working hours = Wednesday 30/12 10:00.
    const request = await handOff(tracker, at('2026-12-28T10:00:00+07:00'));
    expect(request.dueAt).toEqual(at('2026-12-30T10:00:00+07:00'));
    expect((await other.calendar.current(db)).isWorkingDay('2026-12-29')).toBe(true);

    const day = { date: '2026-12-29', kind: 'holiday' as const, name: 'Nghỉ theo quyết định của tỉnh' };
    const added = await changeCalendar(db, tracker, { type: 'set', day }, by('2026-12-28T11:00:00+07:00'));
    expect(added).toEqual({ problems: [], changed: ['2026-12-29'], moved: 1 });
    const moved = await reload(request.id);
    expect(moved.dueAt).toEqual(at('2026-12-31T10:00:00+07:00'));
    expect(moved.warnAt).toEqual(at('2026-12-30T15:30:00+07:00')); // 12 working hours
    // 8 working hours would be Wednesday 10:00, past R1's limit of 47 hours: the progress reply stays first.
    expect(moved.nextEventAt).toEqual(at('2026-12-30T09:00:00+07:00'));
    const events = await db
      .select()
      .from(requestEvents)
      .where(eq(requestEvents.requestId, request.id))
      .orderBy(asc(requestEvents.id));
    expect(events.at(-1)).toMatchObject({
      type: 'deadline_moved',
      data: { reason: 'calendar', from: '2026-12-30T03:00:00.000Z', to: '2026-12-31T03:00:00.000Z' },
    });

    // The other instance sees the edit on its next use: a case it hands off now skips the day too.
    expect((await other.calendar.current(db)).isWorkingDay('2026-12-29')).toBe(false);
    const later = await handOff(other, at('2026-12-28T14:00:00+07:00'));
    expect(later.dueAt).toEqual(at('2026-12-31T14:00:00+07:00'));

    // The breach fires on the moved deadline, not the old one.
    await runDueEvents(db, tracker, at('2026-12-30T10:30:00+07:00'));
    expect((await reload(request.id)).breachedAt).toBeNull();
    await runDueEvents(db, other, at('2026-12-31T10:00:00+07:00'));
    expect((await reload(request.id)).breachedAt).toEqual(at('2026-12-31T10:00:00+07:00'));

    // Removing the day moves the cases not yet breached back; the breached one stays as escalated.
    const removed = await changeCalendar(
      db,
      other,
      { type: 'remove', date: '2026-12-29' },
      by('2026-12-28T12:00:00+07:00'),
    );
    expect(removed).toMatchObject({ changed: ['2026-12-29'], moved: 1 });
    expect((await reload(later.id)).dueAt).toEqual(at('2026-12-30T14:00:00+07:00'));
    expect((await reload(request.id)).dueAt).toEqual(at('2026-12-31T10:00:00+07:00'));
    expect((await tracker.calendar.current(db)).isWorkingDay('2026-12-29')).toBe(true);
  });

  it('leaves cases on a calendar-hours policy and cases outside the changed days alone', async () => {
    const { tracker } = await loadTrackerFixture();
    const db = database.db;
    await saveSlaPolicy(
      db,
      { agencyId: 'so-y-te', answerHours: 48, progressHours: 24, warningRatio: 0.75, clock: 'calendar' },
      null,
      new Date(),
    );
    const { request } = await openRequest(db, tracker, {
      contactId: await newContact(),
      channel: 'phone',
      replyAddress: null,
      language: 'vi',
      requesterType: 'citizen',
      agencyId: 'so-y-te',
      subject: 'Hỏi',
      openedAt: at('2026-11-02T09:00:00+07:00'),
    });
    const { request: calendarCase } = await handOffRequest(db, tracker, {
      request,
      at: request.openedAt,
      reason: 'manual-intake',
    });
    const workingCase = await handOff(tracker, at('2026-11-02T09:00:00+07:00'));
    const day = { date: '2026-11-03', kind: 'holiday' as const, name: 'Ngày nghỉ thử' };
    expect((await changeCalendar(db, tracker, { type: 'set', day }, by('2026-11-02T10:00:00+07:00'))).moved).toBe(1);
    expect((await reload(calendarCase.id)).dueAt).toEqual(calendarCase.dueAt);
    expect((await reload(workingCase.id)).dueAt).toEqual(at('2026-11-05T09:00:00+07:00'));
    // A day after every open deadline moves nothing.
    const far = { date: '2026-12-01', kind: 'holiday' as const, name: 'Xa' };
    expect((await changeCalendar(db, tracker, { type: 'set', day: far }, by('2026-11-02T10:00:00+07:00'))).moved).toBe(
      0,
    );
  });

  it('imports the official list over the provisional one, then confirms it', async () => {
    const { tracker } = await loadTrackerFixture();
    const db = database.db;
    const before = await tracker.calendar.current(db);
    expect([before.knowsYear(2027), before.isConfirmed(2027), before.isWorkingDay('2027-02-04')]).toEqual([
      true,
      false,
      false,
    ]);
    const days = [
      { date: '2027-01-01', kind: 'holiday' as const, name: 'Tết Dương lịch' },
      { date: '2027-02-05', kind: 'holiday' as const, name: 'Tết' },
      { date: '2027-02-11', kind: 'holiday' as const, name: 'Nghỉ hoán đổi' },
      { date: '2027-02-20', kind: 'working' as const, name: 'Làm bù cho 11/02' },
    ];
    const imported = await changeCalendar(
      db,
      tracker,
      { type: 'import', year: 2027, days },
      by('2026-12-20T09:00:00+07:00'),
    );
    expect(imported.problems).toEqual([]);
    const after = await tracker.calendar.current(db);
    expect(after.isWorkingDay('2027-02-04')).toBe(true); // a shipped provisional day the official list lacks
    expect(after.isWorkingDay('2027-02-11')).toBe(false);
    expect(after.isWorkingDay('2027-02-20')).toBe(true);
    expect(after.isConfirmed(2027)).toBe(false);
    const year = (await tracker.calendar.years(db)).find((entry) => entry.year === 2027);
    expect(year?.days.map((entry) => `${entry.date} ${entry.kind} ${entry.origin}`)).toEqual([
      '2027-01-01 holiday admin',
      '2027-02-05 holiday admin',
      '2027-02-11 holiday admin',
      '2027-02-20 working admin',
    ]);

    const source = 'https://chinhphu.vn/quyet-dinh-nghi-le-2027';
    await changeCalendar(db, tracker, { type: 'confirm', year: 2027, source }, by('2026-12-20T09:05:00+07:00'));
    expect((await other.calendar.current(db)).isConfirmed(2027)).toBe(true);
    expect((await tracker.calendar.years(db)).find((entry) => entry.year === 2027)?.sources.at(-1)).toBe(source);
  });

  it('refuses what kb:check would refuse, storing nothing', async () => {
    const { tracker } = await loadTrackerFixture();
    const db = database.db;
    const versionBefore = await tracker.calendar.years(db);
    const monday = { date: '2027-03-01', kind: 'working' as const, name: 'Làm bù' };
    expect(await changeCalendar(db, tracker, { type: 'set', day: monday }, by('2026-12-20T10:00:00+07:00'))).toEqual({
      problems: [
        {
          field: 'working_saturdays.0.date',
          message: '2027-03-01 is not a Saturday (expected a make-up working Saturday)',
        },
      ],
      changed: [],
      moved: 0,
    });
    const bad = { date: '2027-02-29', kind: 'holiday' as const, name: 'Không có' };
    expect(
      (await changeCalendar(db, tracker, { type: 'set', day: bad }, by('2026-12-20T10:00:00+07:00'))).problems,
    ).toEqual([{ field: 'date', message: '"2027-02-29" is not a date (expected YYYY-MM-DD)' }]);
    const twice = [monday, { ...monday, kind: 'holiday' as const }].map((day) => ({ ...day, date: '2027-03-06' }));
    const refused = await changeCalendar(
      db,
      tracker,
      { type: 'import', year: 2027, days: twice },
      by('2026-12-20T10:00:00+07:00'),
    );
    expect(refused.problems).toEqual([
      {
        field: 'working_saturdays.0.date',
        message: '2027-03-06 is already listed at holidays.0.date (expected each day once)',
      },
    ]);
    expect(await tracker.calendar.years(db)).toEqual(versionBefore);
  });
});

/** Requests belong to a person: the voice keeps what it tells them in their conversation. */
async function newContact(): Promise<string> {
  const [row] = await database.db
    .insert(contacts)
    .values({ channel: 'telegram', address: crypto.randomUUID() })
    .returning();
  if (!row) throw new Error('no contact');
  return row.id;
}
