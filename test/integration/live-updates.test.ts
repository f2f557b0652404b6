import { createServer, type Server } from 'node:http';
import { and, eq, like } from 'drizzle-orm';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebChat, createWebSender, conversationKey } from '../../bots/web/index.ts';
import { auditEvents } from '../../src/audit/audit-tables.ts';
import { createChatCore, registerRequest } from '../../src/conversations/index.ts';
import { openDatabase } from '../../src/db/client.ts';
import { caseViewers } from '../../src/inbox/inbox-tables.ts';
import { createLiveHub, sendCaseSignal, sendWebChatSignal, type CaseSignal } from '../../src/live/index.ts';
import { createOutboxWorker } from '../../src/outbox/deliver-outbox.ts';
import { listWebMessages } from '../../src/outbox/list-web-messages.ts';
import { createDatabaseLimitStore } from '../../src/rate-limits/database-limit-store.ts';
import { readEvents } from '../helpers/event-stream.ts';
import { csrfFrom } from '../helpers/http-session.ts';
import { OTHER_AGENCY, OWN_AGENCY, startInboxApp } from '../helpers/inbox-app.ts';
import { listenOnLoopback } from '../helpers/listen.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';

let app: Awaited<ReturnType<typeof startInboxApp>>;
beforeAll(async () => {
  app = await startInboxApp();
});
afterAll(async () => {
  await app?.close();
});

type CaseEvent = { id: number; kind: string };
type Notice = { id: number; kind: string; text: string; caseId: number | null; unread: number };
type Viewer = { name: string; typing: boolean };

async function streamOf(email: string, path = '/inbox/live') {
  const session = await app.signIn(email);
  const events = await readEvents(`${app.base}${path}`, session.cookies);
  return { session, events };
}

async function post(session: Awaited<ReturnType<typeof app.signIn>>, path: string, form: Record<string, string>) {
  const page = await session.get('/inbox/login');
  return session.post(path, { _csrf: csrfFrom(page.text), ...form });
}

function newCase(agencyId: string) {
  return registerRequest(
    app.db,
    app.tracker,
    {
      channel: 'phone',
      receivedAt: app.clock.now(),
      name: 'Nguyễn Văn C',
      contact: null,
      requesterType: 'citizen',
      taxCode: null,
      agencyId,
      procedureRef: null,
      question: 'Hỏi về cấp lại giấy phép',
      language: 'vi',
      actor: { kind: 'system' },
    },
    app.clock.now(),
  );
}

describe('live updates in the inbox (server-sent events fed by LISTEN/NOTIFY)', () => {
  it('streams a change to the staff of the case’s agency and to admins, never to another agency’s agent', async () => {
    const agent = await streamOf('agent@hcc.vn');
    const stranger = await streamOf('spare@congthuong.vn');
    const admin = await streamOf('admin@tinh.vn');
    expect(agent.events.status).toBe(200);
    await agent.events.next('hello');
    await stranger.events.next('hello');
    await admin.events.next('hello');

    const supervisor = await app.signIn('sup@hcc.vn');
    const reply = await post(supervisor, `/inbox/cases/${app.cases.own}/reply`, { text: 'Chúng tôi đang xem.' });
    expect(reply.status).toBe(303);
    const otherAdmin = await app.signIn('admin@tinh.vn');
    await post(otherAdmin, `/inbox/cases/${app.cases.other}/note`, { text: 'ghi chú nội bộ' });

    const seen = await agent.events.next<CaseEvent>('case', (data) => data.id === app.cases.own);
    expect(seen.kind).toBe('staff_reply');
    await admin.events.next<CaseEvent>('case', (data) => data.id === app.cases.other && data.kind === 'note');
    await admin.events.next<CaseEvent>('case', (data) => data.id === app.cases.own);
    await stranger.events.next<CaseEvent>('case', (data) => data.id === app.cases.other);
    // The other agency's note reached the stranger, so it was sent before this check: the agent never got it.
    expect(agent.events.received.filter((e) => e.event === 'case').map((e) => (e.data as CaseEvent).id)).not.toContain(
      app.cases.other,
    );
    expect(stranger.events.received.some((e) => e.event === 'case' && (e.data as CaseEvent).id === app.cases.own)).toBe(
      false,
    );
    for (const stream of [agent, stranger, admin]) stream.events.close();
  });

  it('tells the staff concerned of a new case, an assignment and a transfer, with the unread count', async () => {
    const agent = await streamOf('agent@hcc.vn');
    const receiver = await streamOf('spare@congthuong.vn');
    const hello = await agent.events.next<{ unread: number; alerts: boolean }>('hello');
    expect(hello.alerts).toBe(false);

    const created = await newCase(OWN_AGENCY);
    const fresh = await agent.events.next<Notice>('notice', (data) => data.caseId === created.id);
    expect(fresh.kind).toBe('new_case');
    expect(fresh.text).toContain(created.caseNumber);
    expect(fresh.unread).toBe(hello.unread + 1);

    const supervisor = await app.signIn('sup@hcc.vn');
    await post(supervisor, `/inbox/cases/${created.id}/assign`, { assignee: app.staffIds['agent@hcc.vn'] ?? '' });
    const assigned = await agent.events.next<Notice>('notice', (data) => data.kind === 'assignment');
    expect(assigned.caseId).toBe(created.id);

    await post(supervisor, `/inbox/cases/${created.id}/transfer`, { agency: OTHER_AGENCY });
    // The sending agency sees it leave (its queues change); the receiving agency is told.
    await agent.events.next<CaseEvent>('case', (data) => data.id === created.id && data.kind === 'transfer');
    const moved = await receiver.events.next<Notice>('notice', (data) => data.kind === 'transfer');
    expect(moved.caseId).toBe(created.id);
    expect(agent.events.received.some((e) => e.event === 'notice' && (e.data as Notice).kind === 'transfer')).toBe(
      false,
    );
    agent.events.close();
    receiver.events.close();
  });

  it('shows who else has a case open and who is typing, and forgets a page that closed', async () => {
    const path = `/inbox/cases/${app.cases.own}/stream`;
    const agent = await streamOf('agent@hcc.vn', path);
    await agent.events.next('hello');
    const mark = agent.events.received.length;
    const supervisor = await streamOf('sup@hcc.vn', path);
    const seeing = await agent.events.next<Viewer[]>('presence', (list) => list.length === 1, { from: mark });
    expect(seeing).toEqual([{ name: 'sup@hcc.vn', typing: false }]);
    // The supervisor sees the agent, never themselves.
    expect(await supervisor.events.next<Viewer[]>('presence', (list) => list.length > 0)).toEqual([
      { name: 'agent@hcc.vn', typing: false },
    ]);

    expect((await post(supervisor.session, `/inbox/cases/${app.cases.own}/typing`, {})).status).toBe(204);
    await agent.events.next<Viewer[]>('presence', (list) => list[0]?.typing === true);

    supervisor.events.close();
    await agent.events.next<Viewer[]>('presence', (list) => list.length === 0, {
      from: agent.events.received.length - 1,
    });
    agent.events.close();
    await expect.poll(async () => (await app.db.select().from(caseViewers)).length).toBe(0);
    // The page's own requests are not case reads in the audit log.
    const logged = await app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.requestId, app.cases.own), like(auditEvents.action, 'case.%')));
    expect(logged.map((row) => row.action)).not.toContain('case.stream_form');
    expect(logged.map((row) => row.action)).not.toContain('case.typing');
  });

  it('refuses another agency’s case stream, fragment and typing; the fragment is what the page shows', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    expect((await agent.open(`/inbox/cases/${app.cases.other}/stream`)).status).toBe(403);
    expect((await agent.get(`/inbox/cases/${app.cases.other}/fragment`)).status).toBe(403);
    expect((await post(agent, `/inbox/cases/${app.cases.other}/typing`, {})).status).toBe(403);
    const fragment = await agent.get(`/inbox/cases/${app.cases.own}/fragment`);
    expect(fragment.status).toBe(200);
    expect(fragment.text).toMatch(/id="case-fragment" data-turn="\d+"/);
    for (const id of ['live-conversation', 'live-history', 'live-details']) expect(fragment.text).toContain(id);
    expect(fragment.text).not.toContain('<form');
  });

  it('stores the opt-in to browser alerts per person', async () => {
    const agent = await app.signIn('agent@hcc.vn');
    expect((await post(agent, '/inbox/notifications/alerts', { alerts: 'on' })).status).toBe(303);
    const events = await readEvents(`${app.base}/inbox/live`, agent.cookies);
    expect((await events.next<{ alerts: boolean }>('hello')).alerts).toBe(true);
    events.close();
    const other = await readEvents(`${app.base}/inbox/live`, (await app.signIn('sup@hcc.vn')).cookies);
    expect((await other.next<{ alerts: boolean }>('hello')).alerts).toBe(false);
    other.close();
  });

  it('sends nothing for a change that rolled back', async () => {
    const heard: CaseSignal[] = [];
    const stop = app.live.onCase((signal) => {
      if (typeof signal === 'object' && signal.agencyId === 'rollback-test') heard.push(signal);
    });
    await app.db
      .transaction(async (tx) => {
        await sendCaseSignal(tx, { kind: 'note', caseId: 1, agencyId: 'rollback-test' });
        throw new Error('undo');
      })
      .catch(() => {});
    await sendCaseSignal(app.db, { kind: 'closed', caseId: 2, agencyId: 'rollback-test' });
    await expect.poll(() => heard.length).toBe(1);
    expect(heard[0]).toEqual({ kind: 'closed', caseId: 2, agencyId: 'rollback-test' });
    stop();
  });

  it.skipIf(!process.env.DATABASE_URL)('reaches a second instance on the same PostgreSQL', async () => {
    if (!app.url) throw new Error('no database url');
    const database = await openDatabase({ url: app.url });
    const second = await createLiveHub(database, silentLogger);
    const heard: unknown[] = [];
    second.onCase((signal) => heard.push(signal));
    const chats: string[] = [];
    second.onWebChat('abc', (signal) => chats.push(signal));
    await sendCaseSignal(app.db, { kind: 'message', caseId: 7, agencyId: OWN_AGENCY });
    await sendWebChatSignal(app.db, 'abc');
    await expect.poll(() => heard).toEqual([{ kind: 'message', caseId: 7, agencyId: OWN_AGENCY }]);
    await expect.poll(() => chats).toEqual(['reply']);
    await second.close();
    await database.close();
  });
});

describe('the web chat’s reply stream', () => {
  let server: Server;
  let base = '';
  let worker: ReturnType<typeof createOutboxWorker>;
  beforeAll(async () => {
    const { answerer, tracker } = await loadTrackerFixture();
    const db = app.db;
    const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: () => new Date() });
    worker = createOutboxWorker({
      db,
      sender: createWebSender({ afterSent: (address) => sendWebChatSignal(db, conversationKey(address)) }),
      logger: silentLogger,
      now: () => new Date(),
      onPermanentFailure: async () => {},
    });
    const web = express();
    server = createServer(web);
    base = await listenOnLoopback(server);
    web.use(
      createWebChat({
        core,
        listMessages: (to, after) => listWebMessages(db, to, after, 100),
        baseUrl: base,
        logger: silentLogger,
        live: app.live,
        limitStore: (name) => createDatabaseLimitStore(db, `live:${name}`),
      }),
    );
  });
  afterAll(async () => {
    await worker?.stop();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('answers 204 without a conversation, and says "reply" once a message to the person is delivered', async () => {
    expect((await readEvents(`${base}/chat/api/stream`)).status).toBe(204);
    const posted = await fetch(`${base}/chat/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ text: 'xin chào', clientId: crypto.randomUUID(), lang: 'vi' }),
    });
    expect(posted.status).toBe(202);
    const cookie = (posted.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const events = await readEvents(`${base}/chat/api/stream`, cookie);
    expect(events.status).toBe(200);
    // The greeting is queued by processing (started by receive); delivering it signals the stream.
    await expect
      .poll(async () => {
        await worker.runOnce();
        return events.received.length;
      })
      .toBeGreaterThan(0);
    expect(events.received[0]?.event).toBe('reply');
    events.close();
  });
});
