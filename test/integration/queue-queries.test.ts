import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueues } from '../../src/inbox/queries/count-queues.ts';
import { listQueue, type QueueFilter, type QueueName } from '../../src/inbox/queries/list-queue.ts';
import { staff } from '../../src/inbox/inbox-tables.ts';
import { requests } from '../../src/tracker/tracker-tables.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

const NOW = new Date('2026-11-20T10:00:00+07:00');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);
const A = 'so-noi-vu';
const B = 'so-cong-thuong';

let database: TestDatabase;
let me = '';
let colleague = '';
let sequence = 0;

type RequestValues = typeof requests.$inferInsert;
async function insertRequest(values: Partial<RequestValues> & { status: string }): Promise<string> {
  sequence++;
  const caseNumber = `HD-2611-${sequence}`;
  await database.db.insert(requests).values({
    caseNumber,
    contactId: randomUUID(),
    channel: 'telegram',
    agencyId: A,
    subject: `Câu hỏi số ${sequence}`,
    openedAt: at(-30),
    ...values,
  });
  return caseNumber;
}

const cases: Record<string, string> = {};
beforeAll(async () => {
  database = await createTestDatabase();
  const people = await database.db
    .insert(staff)
    .values([
      { email: 'me@example.vn', name: 'Trần Thị Bình', role: 'agent', agencyId: A, passwordHash: 'x' },
      { email: 'other@example.vn', name: 'Lê Văn Cường', role: 'agent', agencyId: A, passwordHash: 'x' },
    ])
    .returning();
  me = people[0]?.id ?? '';
  colleague = people[1]?.id ?? '';
  cases.dueIn2h = await insertRequest({
    status: 'open',
    dueAt: at(2),
    requesterName: 'Nguyễn Văn An',
    subject: 'Giấy phép lao động cho người nước ngoài',
  });
  cases.dueNow = await insertRequest({ status: 'open', dueAt: at(0), assigneeId: colleague });
  cases.overdueMine = await insertRequest({
    status: 'open',
    dueAt: at(-1),
    assigneeId: me,
    late: true,
    requesterType: 'business',
    channel: 'zalo',
  });
  cases.dueIn24h = await insertRequest({ status: 'open', dueAt: at(24), assigneeId: colleague, procedureRef: 'P16' });
  cases.dueIn30hMine = await insertRequest({
    status: 'open',
    dueAt: at(30),
    assigneeId: me,
    subject: 'Trợ cấp 50% lương',
  });
  cases.waitingOld = await insertRequest({ status: 'answered', updatedAt: at(-20), subject: 'Trợ cấp 500 nghìn' });
  cases.waitingNew = await insertRequest({ status: 'answered', updatedAt: at(-2), requesterName: 'Phạm_Thu' });
  cases.closedOld = await insertRequest({ status: 'closed', closedAt: at(-48), updatedAt: at(-48) });
  cases.closedNew = await insertRequest({
    status: 'closed',
    closedAt: at(-5),
    updatedAt: at(-5),
    requesterName: 'PHẠM THỊ ĐÀO',
  });
  cases.withBot = await insertRequest({ status: 'bot', requesterName: 'Nguyễn Văn An' });
  cases.otherAgency = await insertRequest({
    status: 'open',
    agencyId: B,
    dueAt: at(1),
    requesterName: 'Nguyễn Văn An',
  });
});
afterAll(async () => {
  await database.destroy();
});

async function list(queue: QueueName, extra: Partial<QueueFilter> = {}): Promise<string[]> {
  const rows = await listQueue(database.db, { agencyIds: [A], queue, staffId: me, now: NOW, ...extra });
  return rows.map((row) => row.caseNumber);
}

describe('inbox queues', () => {
  it('puts each case in the queues its definition says, open ones soonest deadline first', async () => {
    expect(await list('open')).toEqual([
      cases.overdueMine,
      cases.dueNow,
      cases.dueIn2h,
      cases.dueIn24h,
      cases.dueIn30hMine,
    ]);
    // Due exactly now is not overdue yet; due in exactly 24 h is no longer "soon".
    expect(await list('due_soon')).toEqual([cases.dueNow, cases.dueIn2h]);
    expect(await list('overdue')).toEqual([cases.overdueMine]);
    expect(await list('unassigned')).toEqual([cases.dueIn2h]);
    expect(await list('mine')).toEqual([cases.overdueMine, cases.dueIn30hMine]);
    expect(await list('mine', { staffId: colleague })).toEqual([cases.dueNow, cases.dueIn24h]);
    expect(await list('waiting')).toEqual([cases.waitingNew, cases.waitingOld]);
    expect(await list('closed')).toEqual([cases.closedNew, cases.closedOld]);
  });

  it('counts every queue like its list', async () => {
    const counts = await countQueues(database.db, { agencyIds: [A], staffId: me, now: NOW });
    expect(counts).toEqual({ open: 5, due_soon: 2, overdue: 1, unassigned: 1, mine: 2, waiting: 2, closed: 2 });
  });

  it('keeps to the agencies given: a list excludes the others, null is every agency, an empty list none', async () => {
    expect(await list('unassigned', { agencyIds: [B] })).toEqual([cases.otherAgency]);
    expect(await list('unassigned', { agencyIds: [A, B] })).toEqual([cases.otherAgency, cases.dueIn2h]);
    expect(await list('unassigned', { agencyIds: null })).toEqual([cases.otherAgency, cases.dueIn2h]);
    expect(await list('open', { agencyIds: [] })).toEqual([]);
    const admin = await countQueues(database.db, { agencyIds: null, staffId: me, now: NOW });
    expect(admin.open).toBe(6);
    expect((await countQueues(database.db, { agencyIds: [B], staffId: me, now: NOW })).open).toBe(1);
  });

  it('returns the row with the assignee name and the fields the page shows', async () => {
    const [row] = await listQueue(database.db, { agencyIds: [A], queue: 'overdue', staffId: me, now: NOW });
    expect(row).toMatchObject({
      caseNumber: cases.overdueMine,
      requesterType: 'business',
      channel: 'zalo',
      agencyId: A,
      status: 'open',
      late: true,
      assigneeId: me,
      assigneeName: 'Trần Thị Bình',
    });
    expect(row?.dueAt?.toISOString()).toBe(at(-1).toISOString());
  });

  it('filters by channel, requester type and procedure', async () => {
    expect(await list('open', { channel: 'zalo' })).toEqual([cases.overdueMine]);
    expect(await list('open', { requesterType: 'business' })).toEqual([cases.overdueMine]);
    expect(await list('open', { requesterType: 'citizen', procedureRef: 'P16' })).toEqual([cases.dueIn24h]);
  });

  it('finds a case by its number in any case and any queue of the agencies in scope', async () => {
    const lower = cases.closedOld?.toLowerCase();
    expect(await list('mine', { search: ` ${lower} ` })).toEqual([cases.closedOld]);
    expect(await list('open', { search: cases.otherAgency })).toEqual([]);
    expect(await list('open', { search: cases.otherAgency, agencyIds: [B] })).toEqual([cases.otherAgency]);
  });

  it('finds names and subjects without accents or with other capitals', async () => {
    expect(await list('open', { search: 'nguyen van an' })).toEqual([cases.dueIn2h]);
    expect(await list('open', { search: 'NGUYỄN  Văn' })).toEqual([cases.dueIn2h]);
    expect(await list('open', { search: 'giay phep lao' })).toEqual([cases.dueIn2h]);
    expect(await list('closed', { search: 'pham thi dao' })).toEqual([cases.closedNew]);
    expect(await list('open', { search: 'khong co' })).toEqual([]);
  });

  it('takes LIKE wildcards in the search literally', async () => {
    expect(await list('open', { search: '50%' })).toEqual([cases.dueIn30hMine]);
    expect(await list('waiting', { search: '50%' })).toEqual([]);
    expect(await list('waiting', { search: '%' })).toEqual([]);
    expect(await list('waiting', { search: 'pham_thu' })).toEqual([cases.waitingNew]);
    expect(await list('closed', { search: 'pham_thi' })).toEqual([]);
    expect(await list('waiting', { search: '\\' })).toEqual([]);
  });

  it('pages with limit and offset', async () => {
    expect(await list('open', { limit: 2 })).toEqual([cases.overdueMine, cases.dueNow]);
    expect(await list('open', { limit: 2, offset: 2 })).toEqual([cases.dueIn2h, cases.dueIn24h]);
  });
});
