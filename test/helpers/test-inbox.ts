import type { Router } from 'express';
import { createInbox } from '../../src/inbox/create-inbox.ts';
import type { InboxDeps } from '../../src/inbox/inbox-context.ts';
import { silentLogger } from './tracker-fixture.ts';

/**
 * The staff inbox as the tests mount it: silent logs, the real clock, cookies without `Secure`
 * (plain http on loopback), publishing to nowhere — each overridable.
 */
export function createTestInbox(deps: Pick<InboxDeps, 'db' | 'answerer' | 'tracker'> & Partial<InboxDeps>): Router {
  return createInbox({
    logger: silentLogger,
    now: () => new Date(),
    secureCookies: false,
    publishAnswer: () => {},
    ...deps,
  });
}
