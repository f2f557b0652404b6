import { createServer } from 'node:http';
import express from 'express';
import type { Db } from '../../src/db/client.ts';
import { createInbox } from '../../src/inbox/create-inbox.ts';
import { createStaff } from '../../src/inbox/create-staff.ts';
import type { Answerer } from '../../src/kb/index.ts';
import type { TrackerContext } from '../../src/tracker/index.ts';
import { csrfFrom, httpSession } from './http-session.ts';
import { listenOnLoopback } from './listen.ts';
import { silentLogger } from './tracker-fixture.ts';

export const PASSWORD = 'correct horse battery';

/** The inbox alone on loopback, with the clock the test moves; `signIn` creates the account and signs in over HTTP. */
export async function startInbox(options: { db: Db; answerer: Answerer; tracker: TrackerContext; now: () => Date }) {
  const app = express();
  app.use('/inbox', createInbox({ ...options, logger: silentLogger, secureCookies: false, publishAnswer: () => {} }));
  const server = createServer(app);
  const base = await listenOnLoopback(server);
  return {
    base,
    async signIn(email: string, role: 'agent' | 'supervisor' | 'admin', agencyId: string | null = null) {
      await createStaff(options.db, { email, name: email, role, agencyId, password: PASSWORD });
      const session = httpSession(base);
      const page = await session.get('/inbox/login');
      await session.post('/inbox/login', { _csrf: csrfFrom(page.text), email, password: PASSWORD });
      return session;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
