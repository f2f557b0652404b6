import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/channels.ts';
import { createChatCore, messages } from '../../src/conversations/index.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { requestEvents, requests, runDueEvents } from '../../src/tracker/index.ts';
import { staff, notifications } from '../../src/inbox/inbox-tables.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture, manualClock, replyAsStaff, silentLogger } from '../helpers/tracker-fixture.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

let sequence = 0;
function textFrom(address: string, text: string, sentAt: Date): InboundMessage {
  sequence++;
  return {
    channel: 'telegram',
    channelMessageId: `m:${address}:${sequence}`,
    address,
    sentAt,
    content: { type: 'text', text },
  };
}

async function outboxFor(address: string) {
  return database.db.select().from(outbox).where(eq(outbox.address, address)).orderBy(asc(outbox.id));
}

describe('the life of a request', () => {
  it('runs from first message to apology: acknowledgement, progress reply, warning, breach, late answer, apology once, rating', async () => {
    const { answerer, tracker } = await loadTrackerFixture();
    const clock = manualClock('2026-11-25T09:00:00+07:00');
    const db = database.db;
    const [supervisor] = await db
      .insert(staff)
      .values({
        email: 'sup@example.vn',
        name: 'Supervisor',
        role: 'supervisor',
        agencyId: 'trung-tam-phuc-vu-hcc',
        passwordHash: 'x',
      })
      .returning();
    const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: clock.now });
    const firstSent = clock.now();

    await core.receive(textFrom('1001', 'Tôi muốn khiếu nại cán bộ phường X vì thái độ không đúng mực', firstSent));
    await core.drain();
    const [request] = await db.select().from(requests).where(eq(requests.replyAddress, '1001'));
    expect(request?.status).toBe('open');
    expect(request?.openedAt.toISOString()).toBe(firstSent.toISOString());
    expect(request?.dueAt?.toISOString()).toBe(new Date(firstSent.getTime() + 48 * 3_600_000).toISOString());
    const afterHandoff = await outboxFor('1001');
    const ack = afterHandoff.find((item) => item.kind === 'acknowledgement');
    expect(JSON.stringify(ack?.payload)).toContain(request?.caseNumber ?? 'missing');

    // Nothing is due yet.
    expect(await runDueEvents(db, tracker, clock.now())).toBe(0);
    clock.advanceHours(24);
    expect(await runDueEvents(db, tracker, clock.now())).toBe(1);
    clock.advanceHours(12);
    await runDueEvents(db, tracker, clock.now());
    clock.advanceHours(13);
    await runDueEvents(db, tracker, clock.now());
    await runDueEvents(db, tracker, clock.now()); // a second run finds nothing new
    const kinds = (await outboxFor('1001')).map((item) => item.kind);
    expect(kinds.filter((kind) => kind === 'progress')).toHaveLength(1);
    const [late] = await db
      .select()
      .from(requests)
      .where(eq(requests.id, request?.id ?? 0));
    expect(late?.late).toBe(true);
    expect(late?.breachedAt).not.toBeNull();
    const told = await db
      .select()
      .from(notifications)
      .where(eq(notifications.staffId, supervisor?.id ?? ''));
    // Told of the new case when it reached the agency, then of the warning and the breach.
    expect(told.map((notice) => notice.kind).sort()).toEqual(['breach', 'new_case', 'warning']);

    clock.advanceHours(2);
    const first = await replyAsStaff(db, tracker, {
      requestId: request?.id ?? 0,
      staffId: supervisor?.id ?? '',
      text: 'Chúng tôi đã chuyển phản ánh của bạn tới UBND phường.',
      at: clock.now(),
    });
    expect(first.apologized).toBe(true);
    const second = await replyAsStaff(db, tracker, {
      requestId: request?.id ?? 0,
      staffId: supervisor?.id ?? '',
      text: 'Bổ sung thông tin.',
      at: clock.now(),
      final: true,
    });
    expect(second.apologized).toBe(false);
    const finalKinds = (await outboxFor('1001')).map((item) => item.kind);
    expect(finalKinds.filter((kind) => kind === 'apology')).toHaveLength(1);
    expect(finalKinds.indexOf('staff_reply')).toBeLessThan(finalKinds.indexOf('apology'));
    const [answered] = await db
      .select()
      .from(requests)
      .where(eq(requests.id, request?.id ?? 0));
    expect(answered?.firstAnswerBy).toBe('staff');
    expect(answered?.answerHours).toBeCloseTo(51, 5);
    expect(answered?.humanReplyHours).toBeCloseTo(51, 5);
    const history = (
      await db
        .select()
        .from(requestEvents)
        .where(eq(requestEvents.requestId, request?.id ?? 0))
        .orderBy(asc(requestEvents.id))
    ).map((event) => event.type);
    expect(history).toEqual([
      'received',
      'handoff',
      'progress_reply',
      'warning',
      'breach',
      'staff_reply',
      'apology',
      'staff_reply',
      'closed',
      'rating_requested',
    ]);
    // The rating is asked once, when the case closes with the final answer: not after each reply.
    expect((await outboxFor('1001')).filter((item) => item.kind === 'rating')).toHaveLength(1);

    await core.receive({
      channel: 'telegram',
      channelMessageId: 'cb:rate-1',
      address: '1001',
      sentAt: clock.now(),
      content: { type: 'action', action: { type: 'rate', score: 5 } },
    });
    await core.drain();
    const [rated] = await db
      .select()
      .from(requests)
      .where(eq(requests.id, request?.id ?? 0));
    expect(rated?.satisfaction).toBe(5);
  });

  it('answers a clear question with the bot, stores a redelivered message once, and reopens on "not helpful" with the original start', async () => {
    const { answerer, tracker } = await loadTrackerFixture();
    const clock = manualClock('2026-11-26T10:00:00+07:00');
    const db = database.db;
    const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: clock.now });
    const message = textFrom(
      '2002',
      'thủ tục cấp giấy phép lao động cho người nước ngoài cần những giấy tờ gì',
      clock.now(),
    );
    expect((await core.receive(message)).duplicate).toBe(false);
    expect((await core.receive(message)).duplicate).toBe(true);
    await core.drain();
    expect(
      await db.select().from(messages).where(eq(messages.channelMessageId, message.channelMessageId)),
    ).toHaveLength(1);
    const [request] = await db.select().from(requests).where(eq(requests.replyAddress, '2002'));
    expect(request?.status).toBe('answered');
    expect(request?.firstAnswerBy).toBe('bot');
    const replies = await outboxFor('2002');
    expect(replies.map((item) => item.kind)).toEqual(['answer']);

    clock.advanceHours(1);
    await core.receive({
      channel: 'telegram',
      channelMessageId: 'cb:nothelpful',
      address: '2002',
      sentAt: clock.now(),
      content: { type: 'action', action: { type: 'feedback', helpful: false } },
    });
    await core.drain();
    const [reopened] = await db
      .select()
      .from(requests)
      .where(eq(requests.id, request?.id ?? 0));
    expect(reopened?.status).toBe('open');
    expect(reopened?.firstAnswerAt).toBeNull();
    expect(reopened?.openedAt.toISOString()).toBe(request?.openedAt.toISOString());
    expect(reopened?.dueAt?.toISOString()).toBe(
      new Date((request?.openedAt.getTime() ?? 0) + 48 * 3_600_000).toISOString(),
    );
    expect((await outboxFor('2002')).map((item) => item.kind)).toEqual(['answer', 'acknowledgement']);
  });

  it('a clarification answered by typing its number (Zalo shows choices as a numbered list) answers on the same request', async () => {
    const { answerer, tracker } = await loadTrackerFixture();
    const clock = manualClock('2026-11-26T14:00:00+07:00');
    const db = database.db;
    const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: clock.now });
    const expected = answerer.ask('giấy phép thuốc lá');
    expect(expected.decision).toBe('clarify');
    await core.receive({ ...textFrom('3003', 'giấy phép thuốc lá', clock.now()), channel: 'zalo' });
    await core.drain();
    const [pending] = await db.select().from(requests).where(eq(requests.replyAddress, '3003'));
    expect(pending?.status).toBe('bot');
    await core.receive({ ...textFrom('3003', '2', clock.now()), channel: 'zalo' });
    await core.drain();
    const all = await db.select().from(requests).where(eq(requests.replyAddress, '3003'));
    expect(all).toHaveLength(1);
    expect(all[0]?.status).toBe('answered');
    expect(all[0]?.procedureRef).toBe(expected.choices[1]?.ref);
  });

  it('catches up after downtime: a run after the deadline fires the breach once — no stale warning or progress reply naming a past deadline', async () => {
    const { answerer, tracker } = await loadTrackerFixture();
    const clock = manualClock('2026-11-27T16:00:00+07:00');
    const db = database.db;
    const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: clock.now });
    await core.receive(textFrom('4004', 'gặp cán bộ', clock.now()));
    await core.drain();
    clock.advanceHours(60); // the app was down for two and a half days
    await runDueEvents(db, tracker, clock.now());
    await runDueEvents(db, tracker, clock.now());
    const [request] = await db.select().from(requests).where(eq(requests.replyAddress, '4004'));
    const history = (
      await db
        .select()
        .from(requestEvents)
        .where(eq(requestEvents.requestId, request?.id ?? 0))
        .orderBy(asc(requestEvents.id))
    ).map((event) => event.type);
    expect(history.filter((type) => ['progress_reply', 'warning', 'breach'].includes(type))).toEqual(['breach']);
    expect(request?.late).toBe(true);
    expect(request?.nextEventAt).toBeNull();
    expect((await outboxFor('4004')).map((item) => item.kind)).toEqual(['handoff', 'acknowledgement']);
  });

  it('two schedulers racing fire each event once', async () => {
    const { answerer, tracker } = await loadTrackerFixture();
    const clock = manualClock('2026-11-27T08:00:00+07:00');
    const db = database.db;
    const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: clock.now });
    for (let i = 0; i < 30; i++) await core.receive(textFrom(`race-${i}`, 'gặp cán bộ', clock.now()));
    await core.drain();
    clock.advanceHours(25);
    await Promise.all([
      runDueEvents(db, tracker, clock.now(), 7),
      runDueEvents(db, tracker, clock.now(), 7),
      runDueEvents(db, tracker, clock.now()),
      runDueEvents(db, tracker, clock.now()),
    ]);
    await runDueEvents(db, tracker, clock.now());
    const progress = await db.select().from(outbox).where(eq(outbox.kind, 'progress'));
    const raced = progress.filter((item) => item.address.startsWith('race-'));
    expect(raced).toHaveLength(30);
    expect(new Set(raced.map((item) => item.address)).size).toBe(30);
  });
});
