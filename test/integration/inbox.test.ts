import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { eq } from 'drizzle-orm';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatCore, messages, registerRequest } from '../../src/conversations/index.ts';
import { createInbox } from '../../src/inbox/create-inbox.ts';
import { createStaff } from '../../src/inbox/create-staff.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { requests } from '../../src/tracker/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { csrfFrom, httpSession } from '../helpers/http-session.ts';
import { loadTrackerFixture, manualClock, silentLogger } from '../helpers/tracker-fixture.ts';
import { listenOnLoopback } from '../helpers/listen.ts';

let database: TestDatabase;
let server: Server;
let base = '';
const clock = manualClock('2026-11-25T09:00:00+07:00');
const published: string[] = [];
const connected: Array<{ code: string; verifier: string }> = [];
const alerts: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const { answerer, tracker } = await loadTrackerFixture();
  const db = database.db;
  await createStaff(db, {
    email: 'agent@hcc.vn',
    name: 'Agent HCC',
    role: 'agent',
    agencyId: 'trung-tam-phuc-vu-hcc',
    password: 'correct horse battery',
  });
  await createStaff(db, {
    email: 'agent@congthuong.vn',
    name: 'Agent CT',
    role: 'agent',
    agencyId: 'so-cong-thuong',
    password: 'correct horse battery',
  });
  await createStaff(db, {
    email: 'admin@tinh.vn',
    name: 'Admin',
    role: 'admin',
    agencyId: null,
    password: 'correct horse battery',
  });
  await createStaff(db, {
    email: 'sup@hcc.vn',
    name: 'Supervisor HCC',
    role: 'supervisor',
    agencyId: 'trung-tam-phuc-vu-hcc',
    password: 'correct horse battery',
  });
  const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: clock.now });
  await core.receive({
    channel: 'telegram',
    channelMessageId: 'm:1:1',
    address: '777',
    displayName: 'Nguyễn <b>Văn</b> A',
    sentAt: clock.now(),
    content: { type: 'text', text: '<script>alert("x")</script> tôi cần gặp cán bộ về hồ sơ của tôi' },
  });
  await core.receive({
    channel: 'telegram',
    channelMessageId: 'm:1:2',
    address: '777',
    sentAt: clock.now(),
    content: { type: 'action', action: { type: 'person' } },
  });
  await core.drain();
  const app = express();
  app.use(
    '/inbox',
    createInbox({
      db,
      answerer,
      tracker,
      logger: silentLogger,
      now: clock.now,
      secureCookies: false,
      publishAnswer: (entry) => published.push(entry.question),
      baseUrl: 'https://hoidap.example.vn',
      zalo: {
        createPkcePair: () => ({ verifier: 'verifier-123', challenge: 'challenge-abc' }),
        authorizationUrl: ({ redirectUri, codeChallenge, state }) =>
          `https://oauth.zaloapp.com/v4/oa/permission?${new URLSearchParams({ redirect_uri: redirectUri, code_challenge: codeChallenge, state })}`,
        connect: async (code, verifier) => {
          if (code === 'bad') throw new Error('-14003 invalid code');
          connected.push({ code, verifier });
        },
        status: async () => ({ connected: connected.length > 0, accessTokenExpiresAt: null }),
        raiseAlert: async (reason) => {
          alerts.push(reason);
        },
      },
    }),
  );
  server = createServer(app);
  base = await listenOnLoopback(server);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.destroy();
});

async function signIn(email: string) {
  const session = httpSession(base);
  const page = await session.get('/inbox/login');
  const result = await session.post('/inbox/login', {
    _csrf: csrfFrom(page.text),
    email,
    password: 'correct horse battery',
  });
  expect(result.status).toBe(303);
  expect(result.location).toBe('/inbox');
  return session;
}

async function theCase() {
  const [row] = await database.db.select().from(requests).where(eq(requests.replyAddress, '777'));
  if (!row) throw new Error('no case');
  return row;
}

describe('staff inbox', () => {
  it('sends signed-out visitors to the sign-in page and refuses a wrong password or a missing CSRF token', async () => {
    const visitor = httpSession(base);
    expect((await visitor.get('/inbox')).location).toBe('/inbox/login');
    // Without a token a post is refused before anything else; with one, a signed-out post is 401.
    expect((await visitor.post('/inbox/cases/1/reply', { text: 'x' })).status).toBe(403);
    const page = await visitor.get('/inbox/login');
    expect(page.text).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    expect((await visitor.post('/inbox/cases/1/reply', { _csrf: csrfFrom(page.text), text: 'x' })).status).toBe(401);
    const wrong = await visitor.post('/inbox/login', {
      _csrf: csrfFrom(page.text),
      email: 'agent@hcc.vn',
      password: 'nope nope nope',
    });
    expect(wrong.location).toBe('/inbox/login?failed=1');
    const forged = await httpSession(base).post('/inbox/login', {
      _csrf: 'forged',
      email: 'agent@hcc.vn',
      password: 'correct horse battery',
    });
    expect(forged.status).toBe(403);
  });

  it('signs out only with the form’s CSRF token, so another site cannot sign staff out', async () => {
    const agent = await signIn('agent@hcc.vn');
    const page = await agent.get('/inbox');
    expect((await agent.post('/inbox/logout', {})).status).toBe(403);
    expect((await agent.post('/inbox/logout', { _csrf: 'x'.repeat(43) })).status).toBe(403);
    expect((await agent.get('/inbox')).status).toBe(200);
    const out = await agent.post('/inbox/logout', { _csrf: csrfFrom(page.text) });
    expect(out.location).toBe('/inbox/login');
    expect((await agent.get('/inbox')).location).toBe('/inbox/login');
  });

  it('shows the handed-off case in the queue with the person’s text escaped', async () => {
    const agent = await signIn('agent@hcc.vn');
    const queue = await agent.get('/inbox?queue=open');
    const request = await theCase();
    expect(queue.text).toContain(request.caseNumber);
    expect(queue.text).not.toContain('<script>alert');
    const page = await agent.get(`/inbox/cases/${request.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page.text).not.toContain('<script>alert');
  });

  it('blocks an agent of another agency from the case page and from every action', async () => {
    const other = await signIn('agent@congthuong.vn');
    const request = await theCase();
    expect((await other.get(`/inbox/cases/${request.id}`)).status).toBe(403);
    const csrf = csrfFrom((await other.get('/inbox')).text);
    for (const action of ['reply', 'note', 'assign', 'transfer', 'close', 'reopen', 'publish', 'requester']) {
      const result = await other.post(`/inbox/cases/${request.id}/${action}`, {
        _csrf: csrf,
        text: 'x',
        agency: 'so-cong-thuong',
        assignee: '',
        question: 'xxxxxx',
        answer: 'yyyyyy',
      });
      expect(result.status, action).toBe(403);
    }
    expect((await other.get('/inbox?queue=open')).text).not.toContain(request.caseNumber);
    expect((await other.get('/inbox/reports')).status).toBe(403);
    expect((await other.get('/inbox/admin')).status).toBe(403);
  });

  it('replies through the channel, assigns, transfers, closes; a POST without the session CSRF token is refused', async () => {
    const agent = await signIn('agent@hcc.vn');
    const request = await theCase();
    const page = await agent.get(`/inbox/cases/${request.id}`);
    const csrf = csrfFrom(page.text);
    expect((await agent.post(`/inbox/cases/${request.id}/reply`, { text: 'no token' })).status).toBe(403);
    const reply = await agent.post(`/inbox/cases/${request.id}/reply`, {
      _csrf: csrf,
      text: 'Bạn mang CCCD tới bộ phận một cửa nhé.',
    });
    expect(reply.status).toBe(303);
    const sent = await database.db.select().from(outbox).where(eq(outbox.address, '777'));
    expect(sent.map((item) => item.kind)).toContain('staff_reply');
    const answered = await theCase();
    expect(answered.firstAnswerBy).toBe('staff');
    expect(answered.status).toBe('answered');

    const me = /<option value="([0-9a-f-]{36})" >Agent HCC<\/option>/.exec(page.text)?.[1] ?? '';
    expect((await agent.post(`/inbox/cases/${request.id}/assign`, { _csrf: csrf, assignee: me })).status).toBe(303);
    expect((await theCase()).assigneeId).toBe(me);
    expect((await agent.post(`/inbox/cases/${request.id}/close`, { _csrf: csrf })).status).toBe(303);
    expect((await theCase()).status).toBe('closed');
    expect((await agent.post(`/inbox/cases/${request.id}/reopen`, { _csrf: csrf })).status).toBe(303);
    expect((await theCase()).status).toBe('answered');
    const before = await theCase();
    expect(
      (await agent.post(`/inbox/cases/${request.id}/transfer`, { _csrf: csrf, agency: 'so-cong-thuong' })).location,
    ).toBe('/inbox?notice=transferred');
    const moved = await theCase();
    expect(moved.agencyId).toBe('so-cong-thuong');
    expect(moved.dueAt?.toISOString()).toBe(before.dueAt?.toISOString());
    expect((await agent.get(`/inbox/cases/${request.id}`)).status).toBe(403);
  });

  it('registers a phone request on the tracker with the time it was received', async () => {
    const agent = await signIn('agent@hcc.vn');
    const csrf = csrfFrom((await agent.get('/inbox/intake')).text);
    const result = await agent.post('/inbox/intake', {
      _csrf: csrf,
      channel: 'phone',
      receivedAt: '2026-11-25T08:15',
      name: 'Công ty ABC',
      contact: '0901234567',
      requesterType: 'business',
      taxCode: '0101234567',
      agency: 'trung-tam-phuc-vu-hcc',
      procedure: '',
      question: 'Hỏi về thủ tục đăng ký khuyến mại',
    });
    expect(result.status).toBe(201);
    const [row] = await database.db.select().from(requests).where(eq(requests.channel, 'phone'));
    expect(row?.openedAt.toISOString()).toBe('2026-11-25T01:15:00.000Z');
    expect(row?.requesterType).toBe('business');
    expect(row?.status).toBe('open');
    expect(result.text).toContain(row?.caseNumber ?? 'missing');
  });

  it('connects a Zalo OA with PKCE: the callback must carry the state it was sent with; agents cannot start it', async () => {
    const agent = await signIn('agent@hcc.vn');
    expect((await agent.get('/inbox/admin/zalo')).status).toBe(403);
    const admin = await signIn('admin@tinh.vn');
    const page = await admin.get('/inbox/admin/zalo');
    const start = await admin.post('/inbox/admin/zalo/connect', { _csrf: csrfFrom(page.text) });
    expect(start.status).toBe(303);
    const target = new URL(start.location ?? '');
    expect(target.searchParams.get('code_challenge')).toBe('challenge-abc');
    expect(target.searchParams.get('redirect_uri')).toBe('https://hoidap.example.vn/inbox/admin/zalo/callback');
    const state = target.searchParams.get('state') ?? '';
    expect((await admin.get(`/inbox/admin/zalo/callback?code=good&state=forged`)).status).toBe(400);
    expect(connected).toHaveLength(0);
    // The cookie is single-use: start again, then come back with the right state.
    const again = await admin.post('/inbox/admin/zalo/connect', { _csrf: csrfFrom(page.text) });
    const goodState = new URL(again.location ?? '').searchParams.get('state') ?? '';
    expect(goodState).not.toBe(state);
    expect((await admin.get(`/inbox/admin/zalo/callback?code=good&state=${goodState}`)).status).toBe(303);
    expect(connected).toEqual([{ code: 'good', verifier: 'verifier-123' }]);
    const third = await admin.post('/inbox/admin/zalo/connect', { _csrf: csrfFrom(page.text) });
    const thirdState = new URL(third.location ?? '').searchParams.get('state') ?? '';
    expect((await admin.get(`/inbox/admin/zalo/callback?code=bad&state=${thirdState}`)).status).toBe(502);
    expect(alerts[0]).toContain('-14003');
  });
});

describe('two staff on one case, and a case from the website form', () => {
  const turnFrom = (page: string) => /name="turn" value="(\d+)"/.exec(page)?.[1] ?? 'missing';

  it('refuses a reply from a page that missed another reply, and shows the new message with the draft kept', async () => {
    const { tracker } = await loadTrackerFixture();
    const request = await registerRequest(
      database.db,
      tracker,
      {
        channel: 'public_form',
        receivedAt: clock.now(),
        name: 'Trần Thị B',
        contact: 'tran.b@example.vn',
        requesterType: 'citizen',
        taxCode: null,
        agencyId: 'trung-tam-phuc-vu-hcc',
        procedureRef: null,
        question: 'Tôi muốn hỏi về thời gian làm việc của bộ phận một cửa',
        language: 'vi',
        actor: { kind: 'person' },
      },
      clock.now(),
    );
    const agent = await signIn('agent@hcc.vn');
    const supervisor = await signIn('sup@hcc.vn');
    const first = await agent.get(`/inbox/cases/${request.id}`);
    const second = await supervisor.get(`/inbox/cases/${request.id}`);
    // The contact the person left on the form is on the case page: it is how staff answer.
    expect(first.text).toContain('tran.b@example.vn');
    const sent = await agent.post(`/inbox/cases/${request.id}/reply`, {
      _csrf: csrfFrom(first.text),
      turn: turnFrom(first.text),
      text: 'Bộ phận một cửa làm việc từ 7:30 đến 17:00.',
      delivery: 'email',
    });
    expect(sent.status).toBe(303);
    const blind = await supervisor.post(`/inbox/cases/${request.id}/reply`, {
      _csrf: csrfFrom(second.text),
      turn: turnFrom(second.text),
      text: 'Câu trả lời viết mà không thấy câu trước',
    });
    expect(blind.status).toBe(409);
    expect(blind.text).toContain('Bộ phận một cửa làm việc từ 7:30 đến 17:00.');
    expect(blind.text).toContain('Câu trả lời viết mà không thấy câu trước');
    const replies = await database.db.select().from(messages).where(eq(messages.requestId, request.id));
    expect(replies.filter((message) => message.author === 'staff')).toHaveLength(1);
    // Recorded as sent by e-mail; the app itself queued nothing.
    expect(replies.find((message) => message.author === 'staff')?.data).toMatchObject({ delivery: 'email' });
    expect(await database.db.select().from(outbox).where(eq(outbox.requestId, request.id))).toEqual([]);
  });

  it('shows a queue 30 cases at a time, the page links keeping the queue and filters', async () => {
    // Last in this file: 35 closed letters, so no test above counts them.
    await database.db.insert(requests).values(
      Array.from({ length: 35 }, (_, i) => ({
        caseNumber: `HD-2611-9${String(i).padStart(3, '0')}`,
        contactId: randomUUID(),
        channel: 'letter',
        agencyId: 'so-cong-thuong',
        subject: `Thư số ${i}`,
        status: 'closed',
        openedAt: new Date(clock.now().getTime() - (i + 1) * 3_600_000),
      })),
    );
    const admin = await signIn('admin@tinh.vn');
    const rows = (page: string) =>
      [...page.matchAll(/<\/td><td><a href="\/inbox\/cases\/\d+">(HD-[\d-]+)<\/a>/g)].map((m) => m[1]);
    const first = await admin.get('/inbox?queue=closed&channel=letter');
    expect(rows(first.text)).toHaveLength(30);
    expect(first.text).toContain('href="/inbox?queue=closed&amp;channel=letter&amp;trang=2" rel="next"');
    const second = await admin.get('/inbox?queue=closed&channel=letter&trang=2');
    expect(rows(second.text)).toHaveLength(5);
    expect(second.text).not.toContain('rel="next"');
    expect(new Set([...rows(first.text), ...rows(second.text)]).size).toBe(35);
    // The queue table folds into cards on a phone and scrolls inside its box elsewhere.
    expect(first.text).toContain('<div class="table-wrap"><table class="queue">');
  });
});
