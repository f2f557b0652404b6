import { eq } from 'drizzle-orm';
import type { Request, Response } from 'express';
import { html } from '../html.ts';
import { requests, type RequestRow } from '../tracker/index.ts';
import { canSeeAgency, pageContext, type InboxDeps, type PageContext } from './inbox-context.ts';
import { renderPage } from './render-page.ts';

/**
 * The case of `req.params.id` when this staff member may see its agency; otherwise answers 404 or
 * 403 and returns null. A page route refuses with a page (and logs the attempt on another agency's
 * case); a stream or fragment route (`as: 'text'`) with a short text.
 */
export async function findVisibleCase(
  deps: Pick<InboxDeps, 'db' | 'logger'>,
  req: Request,
  res: Response,
  as: 'page' | 'text',
): Promise<{ context: PageContext; request: RequestRow } | null> {
  const context = pageContext(req, res);
  const id = Number(req.params.id);
  const [request] = Number.isSafeInteger(id) ? await deps.db.select().from(requests).where(eq(requests.id, id)) : [];
  if (!request) {
    if (as === 'text') res.status(404).type('text/plain').send(context.t('not_found'));
    else res.status(404).send(renderPage(context, context.t('not_found'), html`<h1>${context.t('not_found')}</h1>`));
    return null;
  }
  if (!canSeeAgency(context.staff, request.agencyId)) {
    if (as === 'text') {
      res.status(403).type('text/plain').send(context.t('forbidden_case'));
      return null;
    }
    deps.logger.warn({ staffId: context.staff.id, requestId: request.id }, 'case outside the staff member’s agency');
    res
      .status(403)
      .send(
        renderPage(
          context,
          context.t('forbidden'),
          html`<h1>${context.t('forbidden')}</h1><p>${context.t('forbidden_case')}</p>`,
        ),
      );
    return null;
  }
  return { context, request };
}
