import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, InboundMessage } from '../../src/channels.ts';
import { createChatCore, type ChatCore } from '../../src/conversations/index.ts';
import { staff, notifications } from '../../src/inbox/inbox-tables.ts';
import { loadCase } from '../../src/inbox/load-case.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { computeFigures, parsePeriod } from '../../src/reports/index.ts';
import {
  closeRequest,
  recordStaffAnswer,
  requests,
  runDueEvents,
  StaleCaseError,
  transferRequest,
  type TrackerContext,
} from '../../src/tracker/index.ts';
import type { Answerer } from '../../src/kb/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture, manualClock, replyAsStaff, silentLogger } from '../helpers/tracker-fixture.ts';

let database: TestDatabase;
let answerer: Answerer;
let tracker: TrackerContext;
const clock = manualClock('2026-11-24T09:00:00+07:00');
let core: ChatCore;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ answerer, tracker } = await loadTrackerFixture());
  core = createChatCore({ db: database.db, answerer, tracker, logger: silentLogger, now: clock.now });
});
afterAll(async () => {
  await database.destroy();
});

let sequence = 0;
/** The person sends a text or taps a button on the web chat; returns what the bot sent back. */
async function send(address: string, content: string | Action) {
  sequence++;
  clock.advanceHours(0.01);
  const message: InboundMessage = {
    channel: 'web',
    channelMessageId: `web:${address}:${sequence}`,
    address,
    sentAt: clock.now(),
    content: typeof content === 'string' ? { type: 'text', text: content } : { type: 'action', action: content },
  };
  const before = await outboxOf(address);
  await core.receive(message);
  await core.drain();
  return (await outboxOf(address)).slice(before.length);
}

async function outboxOf(address: string) {
  return database.db.select().from(outbox).where(eq(outbox.address, address)).orderBy(asc(outbox.id));
}

const text = (item: { payload: unknown }) => JSON.stringify(item.payload);
const agencyOf = (ref: string) => answerer.kb.procedures.find((p) => p.ref === ref)?.agency;

async function requestsOf(address: string) {
  return database.db.select().from(requests).where(eq(requests.replyAddress, address)).orderBy(asc(requests.id));
}

describe('the conversation', () => {
  it('keeps answering after a hand-off; what it cannot answer joins the open case, told once', async () => {
    const handoff = await send('p1', 'Tôi muốn khiếu nại cán bộ phường vì thái độ không đúng mực');
    expect(handoff.map((item) => item.kind)).toEqual(['handoff', 'acknowledgement']);
    const [opened] = await requestsOf('p1');
    expect(opened?.status).toBe('open');

    const answered = await send('p1', 'thủ tục hưởng trợ cấp thất nghiệp cần giấy tờ gì');
    expect(answered.map((item) => item.kind)).toEqual(['answer']);
    expect(text(answered[0] ?? { payload: null })).toContain('P08');

    const thanks = await send('p1', 'cảm ơn');
    expect(thanks.map((item) => item.kind)).toEqual(['smalltalk']);

    const first = await send('p1', 'tôi muốn biết cán bộ đó đã bị xử lý chưa');
    expect(first.map((item) => item.kind)).toEqual(['added_to_case']);
    expect(text(first[0] ?? { payload: null })).toContain(opened?.caseNumber ?? 'missing');
    const second = await send('p1', 'xin hãy trả lời sớm cho tôi về hồ sơ của tôi');
    expect(second).toEqual([]);

    const all = await requestsOf('p1');
    // The complaint is still one case with staff; the benefit question is its own request, answered by the bot.
    expect(all.filter((request) => request.handedOffAt !== null)).toHaveLength(1);
    expect(all.find((request) => request.procedureRef === 'P08')?.firstAnswerBy).toBe('bot');
    const [still] = await requestsOf('p1');
    expect(still?.status).toBe('open');
    expect(still?.turn).toBe(2);
  });

  it('answers a follow-up about the topic, switches on another procedure, and asks with one tap when unclear', async () => {
    const permit = await send('p2', 'xin giấy phép lao động cho người nước ngoài cần hồ sơ gì');
    expect(text(permit[0] ?? { payload: null })).toContain('P01');

    // In English, the follow-up is answered in English, about the same procedure.
    const english = await send('p2', 'what about the fee?');
    expect(text(english[0] ?? { payload: null })).toContain('P01');
    expect(text(english[0] ?? { payload: null })).toContain('Fees');
    // A complaint after it is not about the topic: it goes to the one-stop centre.
    await send('p2b', 'xin giấy phép lao động cho người nước ngoài cần hồ sơ gì');
    await send('p2b', 'Tôi muốn khiếu nại cán bộ');
    expect((await requestsOf('p2b')).find((request) => request.handedOffAt !== null)?.agencyId).toBe(
      tracker.defaultAgencyId,
    );

    // A question on something the bot has no card for is no follow-up, whatever aspect it asks:
    // it is not answered with the topic's time limit.
    await send('p2c', 'trợ cấp thất nghiệp cần giấy tờ gì');
    const elsewhere = await send('p2c', 'How long does it take to register a new business household?');
    expect(elsewhere.map((item) => item.kind)).not.toContain('answer');
    expect(text(elsewhere[0] ?? { payload: null })).not.toContain('P08');
    // Handed to staff at the centre that receives everything, not at the old topic's agency.
    const handedElsewhere = (await requestsOf('p2c')).find((request) => request.handedOffAt !== null);
    expect(handedElsewhere?.agencyId).toBe(tracker.defaultAgencyId);

    const fee = await send('p2', 'còn lệ phí thì sao?');
    expect(fee.map((item) => item.kind)).toEqual(['answer']);
    expect(text(fee[0] ?? { payload: null })).toContain('P01');
    const where = await send('p2', 'nộp ở đâu');
    expect(where.map((item) => item.kind)).toEqual(['answer']);
    expect(text(where[0] ?? { payload: null })).toContain('P01');

    const other = await send('p2', 'còn thủ tục cấp giấy phép bán lẻ rượu thì cần giấy tờ gì');
    expect(text(other[0] ?? { payload: null })).toContain('P16');
    const after = await send('p2', 'mất bao lâu?');
    expect(text(after[0] ?? { payload: null })).toContain('P16');

    const unclear = await send('p2', 'thế còn trường hợp kia');
    expect(unclear.map((item) => item.kind)).toEqual(['clarify']);
    const buttons = (unclear[0]?.payload as { buttons?: Array<{ action: Action }> }).buttons ?? [];
    expect(buttons.map((button) => button.action)).toEqual([
      { type: 'confirm', yes: true },
      { type: 'confirm', yes: false },
    ]);
    // Typed "có" answers the one-tap question on channels without buttons.
    const yes = await send('p2', 'có');
    expect(text(yes[0] ?? { payload: null })).toContain('P16');
  });

  it('routes by the procedure chosen in a clarification, and hands a follow-up to the topic’s agency', async () => {
    const clarify = await send('p3', 'giấy phép bán lẻ');
    expect(clarify.map((item) => item.kind)).toEqual(['clarify']);
    const choice = ((clarify[0]?.payload as { buttons?: Array<{ action: Action }> }).buttons ?? [])
      .map((button) => button.action)
      .find((action) => action.type === 'choose');
    expect(choice).toBeDefined();
    if (!choice || choice.type !== 'choose') return;
    const chosen = answerer.kb.procedures.find((procedure) => procedure.id === choice.id);
    await send('p3', choice);
    const [request] = await requestsOf('p3');
    expect(request?.procedureRef).toBe(chosen?.ref);
    expect(request?.agencyId).toBe(chosen?.agency);
    expect(request?.firstAnswerBy).toBe('bot');

    await send('p3', 'hồ sơ của tôi nộp tuần trước sao chưa có kết quả');
    const handed = (await requestsOf('p3')).find((candidate) => candidate.handedOffAt !== null);
    expect(handed?.agencyId).toBe(chosen?.agency);
  });

  it('counts a business from what it writes, in the request and the PCI business table', async () => {
    await send('p4', 'Công ty tôi muốn xin giấy phép lao động cho chuyên gia nước ngoài thì cần hồ sơ gì');
    const [request] = await requestsOf('p4');
    expect(request?.requesterType).toBe('business');
    const period = parsePeriod('2026-11');
    const businesses = await computeFigures(database.db, period, { requesterType: 'business' });
    expect(businesses.find((row) => row.agencyId === agencyOf('P01'))?.requests).toBeGreaterThanOrEqual(1);
    // An employee talking about their company is not a business.
    await send('p5', 'tôi bị công ty cho nghỉ việc thì hưởng trợ cấp thất nghiệp cần gì');
    const [employee] = await requestsOf('p5');
    expect(employee?.requesterType).toBe('citizen');
    // The person corrects it.
    await send('p4', { type: 'requester', business: false });
    await send('p4', 'gia hạn giấy phép lao động cần gì');
    const later = (await requestsOf('p4')).at(-1);
    expect(later?.requesterType).toBe('citizen');
  });

  it('shows staff the exchange before the hand-off, asks for one rating per case, and refuses a blind second reply', async () => {
    const db = database.db;
    const [agent] = await db
      .insert(staff)
      .values({ email: 'a@x.vn', name: 'An', role: 'agent', agencyId: 'trung-tam-phuc-vu-hcc', passwordHash: 'x' })
      .returning();
    await send('p6', 'xin giấy phép lao động cho người nước ngoài cần hồ sơ gì');
    await send('p6', { type: 'person' });
    const cases = (await requestsOf('p6')).filter((request) => request.handedOffAt !== null);
    expect(cases).toHaveLength(1);
    const caseRow = cases[0];
    if (!caseRow || !agent) throw new Error('no case');
    const view = await loadCase(db, caseRow.id);
    const said = view?.messages.map((message) => `${message.author}:${message.kind}`) ?? [];
    expect(said.slice(0, 3)).toEqual(['person:text', 'bot:text', 'person:action']);

    // A progress reply is no final answer: no rating asked.
    clock.advanceHours(30);
    await runDueEvents(db, tracker, clock.now());
    // Two staff pages showed turn 0: the first reply goes out, the second is refused.
    await replyAsStaff(db, tracker, {
      requestId: caseRow.id,
      staffId: agent.id,
      text: 'Chúng tôi đang kiểm tra.',
      at: clock.now(),
      expectedTurn: 0,
    });
    await expect(
      replyAsStaff(db, tracker, {
        requestId: caseRow.id,
        staffId: agent.id,
        text: 'Trả lời khác',
        at: clock.now(),
        expectedTurn: 0,
      }),
    ).rejects.toBeInstanceOf(StaleCaseError);
    await replyAsStaff(db, tracker, {
      requestId: caseRow.id,
      staffId: agent.id,
      text: 'Câu trả lời cuối.',
      at: clock.now(),
      expectedTurn: 1,
      final: true,
    });
    await db.transaction((tx) =>
      closeRequest(tx, tracker, {
        requestId: caseRow.id,
        at: clock.now(),
        actor: { kind: 'staff', staffId: agent.id },
      }),
    );
    const kinds = (await outboxOf('p6')).map((item) => item.kind);
    expect(kinds.filter((kind) => kind === 'staff_reply')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'progress')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'rating')).toHaveLength(1);
    expect(kinds.indexOf('rating')).toBeGreaterThan(kinds.lastIndexOf('staff_reply'));
    const thanks = await send('p6', '5');
    expect(thanks.map((item) => item.kind)).toEqual(['rating_thanks']);
    const [rated] = await db.select().from(requests).where(eq(requests.id, caseRow.id));
    expect(rated?.satisfaction).toBe(5);
  });

  it('tells both sides of a transfer: the receiving agency’s staff and the person; the deadline stays', async () => {
    const db = database.db;
    const [receiver] = await db
      .insert(staff)
      .values({ email: 'r@x.vn', name: 'Bình', role: 'agent', agencyId: 'so-cong-thuong', passwordHash: 'x' })
      .returning();
    await send('p7', 'Tôi muốn khiếu nại về việc giải quyết hồ sơ chậm');
    const [caseRow] = (await requestsOf('p7')).filter((request) => request.handedOffAt !== null);
    if (!caseRow || !receiver) throw new Error('no case');
    await db.transaction((tx) =>
      transferRequest(tx, tracker, {
        requestId: caseRow.id,
        agencyId: 'so-cong-thuong',
        at: clock.now(),
        actor: { kind: 'system' },
      }),
    );
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.staffId, receiver.id), eq(notifications.kind, 'transfer')));
    expect(told).toHaveLength(1);
    const [moved] = await db.select().from(requests).where(eq(requests.id, caseRow.id));
    expect(moved?.dueAt?.toISOString()).toBe(caseRow.dueAt?.toISOString());
    const message = (await outboxOf('p7')).find((item) => item.kind === 'transfer');
    expect(text(message ?? { payload: null })).toContain('Sở Công Thương');
  });
});

describe('a staff reply through the tracker', () => {
  it('answers a typed command in the language it is typed in, after an exchange in another', async () => {
    const english = await send('p9', 'How do I renew a work permit for a foreign employee?');
    expect(text(english[0] ?? { payload: null })).toContain('Extending');
    const cases = await send('p9', 'hồ sơ của tôi');
    expect(text(cases[0] ?? { payload: null })).toContain('Bạn chưa có hồ sơ nào');
  });

  it('refuses a page that missed a person’s message', async () => {
    await send('p8', 'Tôi muốn khiếu nại cán bộ xã');
    const [caseRow] = await requestsOf('p8');
    if (!caseRow) throw new Error('no case');
    await send('p8', 'cán bộ đó tên là gì tôi không nhớ');
    await expect(
      database.db.transaction((tx) =>
        recordStaffAnswer(tx, tracker, {
          requestId: caseRow.id,
          staffId: '00000000-0000-4000-8000-000000000000',
          at: clock.now(),
          words: 'x',
          expectedTurn: 0,
        }),
      ),
    ).rejects.toBeInstanceOf(StaleCaseError);
  });
});
