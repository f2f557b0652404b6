import { inArray } from 'drizzle-orm';
import express, { type Router } from 'express';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit.ts';
import { html } from '../../html.ts';
import { assignRequest, closeRequest, requests, transferRequest, type Actor } from '../../tracker/index.ts';
import { canSeeAgency, pageContext, type InboxDeps } from '../inbox-context.ts';
import { renderPage } from '../render-page.ts';
import { bulkChoices } from './render-bulk-form.ts';

/** At most this many cases in one go: a page of the queue holds 50. */
const MAX_CASES = 100;

const bulkForm = z.object({
  action: z.enum(['assign', 'transfer', 'close']),
  // One ticked box arrives as a string, several as an array.
  ids: z.preprocess(
    (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]),
    z.array(z.coerce.number<string>().int().positive()).min(1).max(MAX_CASES),
  ),
  assignee: z.string().optional(),
  agency: z.string().optional(),
});

/**
 * Several cases at once from the queue: assign, transfer or close. Each case is checked like on
 * its own page (the staff member's agencies only; an assignee of the case's agency) and changed
 * by the tracker's command in a transaction of its own, so one refused case leaves the others
 * done. Every change is in the audit log, as from the case page.
 */
export function bulkRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  router.post('/bulk', async (req, res) => {
    const context = pageContext(req, res);
    const { t, staff } = context;
    const parsed = bulkForm.safeParse(req.body);
    const refuse = (message: string) =>
      res
        .status(400)
        .send(
          renderPage(context, message, html`<p class="warn" role="alert">${message}</p><p><a href="/inbox">←</a></p>`),
        );
    if (!parsed.success) return refuse(t('bulk.invalid'));
    const { action, ids } = parsed.data;
    const agency = deps.answerer.kb.agencies.find((candidate) => candidate.id === parsed.data.agency);
    if (action === 'transfer' && !agency) return refuse(t('invalid_agency'));
    const colleagues = (await bulkChoices(deps, staff)).colleagues;
    const assignee = parsed.data.assignee ? colleagues.find((member) => member.id === parsed.data.assignee) : null;
    if (action === 'assign' && parsed.data.assignee && !assignee) return refuse(t('invalid_assignee'));

    const actor: Actor = { kind: 'staff', staffId: staff.id };
    const found = await deps.db
      .select()
      .from(requests)
      .where(inArray(requests.id, [...new Set(ids)]));
    let done = 0;
    for (const request of found) {
      if (!canSeeAgency(staff, request.agencyId)) continue;
      if (action === 'assign' && assignee && assignee.agencyId !== request.agencyId) continue;
      const at = deps.now();
      const { events } = await deps.db.transaction((tx) => {
        const input = { requestId: request.id, at, actor };
        if (action === 'assign') return assignRequest(tx, deps.tracker, { ...input, assigneeId: assignee?.id ?? null });
        if (action === 'transfer') return transferRequest(tx, deps.tracker, { ...input, agencyId: agency?.id ?? '' });
        return closeRequest(tx, deps.tracker, input);
      });
      if (events.length === 0) continue;
      done++;
      await recordAudit(deps.db, {
        at,
        staffId: staff.id,
        action: `case.${action}`,
        requestId: request.id,
        detail: {
          bulk: true,
          ...(action === 'assign' ? { assignee: assignee?.id ?? null } : {}),
          ...(action === 'transfer' ? { agency: agency?.id ?? null } : {}),
        },
      });
    }
    const params = new URLSearchParams({ bulk: action, done: String(done), skipped: String(ids.length - done) });
    res.redirect(303, `/inbox?${params}`);
  });
  return router;
}
