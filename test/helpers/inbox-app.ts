import { createServer, type Server } from 'node:http';
import express, { type Router } from 'express';
import { registerRequest } from '../../src/conversations/index.ts';
import { createInbox } from '../../src/inbox/create-inbox.ts';
import type { InboxDeps } from '../../src/inbox/inbox-context.ts';
import { createStaff } from '../../src/inbox/create-staff.ts';
import { createLiveHub } from '../../src/live/index.ts';
import type { Logger } from '../../src/logger.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { csrfFrom, httpSession } from './http-session.ts';
import { listenOnLoopback } from './listen.ts';
import { loadTrackerFixture, manualClock, silentLogger } from './tracker-fixture.ts';

export const PASSWORD = 'correct horse battery';
export const OWN_AGENCY = 'trung-tam-phuc-vu-hcc';
export const OTHER_AGENCY = 'so-cong-thuong';

/**
 * The staff inbox on loopback over a fresh database: an agent, a supervisor and a spare agent in
 * OWN_AGENCY, a spare agent in OTHER_AGENCY, an admin, and one case in each agency.
 */
export async function startInboxApp(options: { logger?: Logger; files?: InboxDeps['files'] } = {}) {
  const database: TestDatabase = await createTestDatabase();
  const { answerer, tracker } = await loadTrackerFixture();
  const clock = manualClock('2026-11-25T09:00:00+07:00');
  const db = database.db;
  const staffIds: Record<string, string> = {};
  for (const [email, role, agencyId] of [
    ['agent@hcc.vn', 'agent', OWN_AGENCY],
    ['sup@hcc.vn', 'supervisor', OWN_AGENCY],
    ['spare@hcc.vn', 'agent', OWN_AGENCY],
    ['spare@congthuong.vn', 'agent', OTHER_AGENCY],
    ['admin@tinh.vn', 'admin', null],
  ] as const) {
    const created = await createStaff(db, { email, name: email, role, agencyId, password: PASSWORD });
    if (created) staffIds[email] = created.id;
  }
  const caseIn = async (agencyId: string) =>
    registerRequest(
      db,
      tracker,
      {
        channel: 'phone',
        receivedAt: clock.now(),
        name: 'Trần Thị B',
        contact: '0912 345 678',
        requesterType: 'citizen',
        taxCode: null,
        agencyId,
        procedureRef: null,
        question: 'Xin hỏi thủ tục đăng ký kinh doanh hộ gia đình',
        language: 'vi',
        actor: { kind: 'system' },
      },
      clock.now(),
    );
  const cases = { own: (await caseIn(OWN_AGENCY)).id, other: (await caseIn(OTHER_AGENCY)).id };
  const live = await createLiveHub(database, silentLogger);
  const inbox: Router = createInbox({
    db,
    answerer,
    tracker,
    logger: options.logger ?? silentLogger,
    now: clock.now,
    secureCookies: false,
    publishAnswer: () => {},
    live,
    ...(options.files ? { files: options.files } : {}),
    baseUrl: 'https://hoidap.example.vn',
    zalo: {
      createPkcePair: () => ({ verifier: 'verifier-123', challenge: 'challenge-abc' }),
      authorizationUrl: () => 'https://oauth.zaloapp.com/v4/oa/permission',
      connect: async () => {},
      status: async () => ({ connected: false, accessTokenExpiresAt: null }),
      raiseAlert: async () => {},
    },
  });
  const app = express();
  app.use('/inbox', inbox);
  const server: Server = createServer(app);
  const base = await listenOnLoopback(server);

  /** Signs in and returns the session; throws when the sign-in is not accepted. */
  const signIn = async (email: string, password = PASSWORD) => {
    const session = httpSession(base);
    const page = await session.get('/inbox/login');
    const result = await session.post('/inbox/login', { _csrf: csrfFrom(page.text), email, password });
    if (result.status !== 303 || result.location !== '/inbox') throw new Error(`sign-in of ${email}: ${result.status}`);
    return session;
  };
  return {
    db,
    tracker,
    base,
    clock,
    inbox,
    cases,
    staffIds,
    signIn,
    live,
    /** The database's address on PostgreSQL (null on PGlite), for a second instance. */
    url: database.url,
    async close() {
      await live.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.destroy();
    },
  };
}
