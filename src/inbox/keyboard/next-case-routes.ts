import express, { type Router } from 'express';
import { agencyScope, pageContext, type InboxDeps } from '../inbox-context.ts';
import { listQueue } from '../queries/list-queue.ts';

/** How far down the open queue "next case" looks for the case after the current one. */
const WINDOW = 200;

/**
 * "Next case" (the j key, and a link on the case page): the open case after `after` in the open
 * queue's order — soonest deadline first, the order staff work in — or the first one when `after`
 * is the last or not in the queue. An empty queue leads back to the queues.
 */
export function nextCaseRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  router.get('/next', async (req, res) => {
    const { staff } = pageContext(req, res);
    const after = Number(req.query.after);
    const rows = await listQueue(deps.db, {
      agencyIds: agencyScope(staff),
      queue: 'open',
      staffId: staff.id,
      now: deps.now(),
      limit: WINDOW,
    });
    const position = rows.findIndex((row) => row.id === after);
    const next = rows.slice(position + 1).find((row) => row.id !== after) ?? rows.find((row) => row.id !== after);
    res.redirect(303, next ? `/inbox/cases/${next.id}` : '/inbox?notice=queue_done');
  });
  return router;
}
