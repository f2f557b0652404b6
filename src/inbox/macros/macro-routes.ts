import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { html } from '../../html.ts';
import { pageContext, type InboxDeps, type PageContext } from '../inbox-context.ts';
import { renderPage } from '../render-page.ts';
import {
  canManage,
  countInSet,
  createCannedReply,
  deleteCannedReply,
  findCannedReply,
  listManageable,
  MAX_PER_SET,
  updateCannedReply,
} from './canned-replies.ts';
import { renderMacroPage } from './render-macro-page.ts';

const content = z.object({
  title: z.string().trim().min(1).max(80),
  body: z.string().trim().min(1).max(4000),
});
/** "personal", or the id of the agency whose set it joins. */
const created = content.extend({ scope: z.string().min(1).max(100) });

/**
 * Canned replies: everyone keeps their own set; supervisors keep their agency's, admins every
 * agency's. Agents see their agency's set and use it, but cannot change it.
 */
export function macroRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  const { db } = deps;

  const show = async (req: Request, res: Response, options: { problem?: string; status?: number } = {}) => {
    const context = pageContext(req, res);
    const replies = await listManageable(db, context.staff);
    const notice =
      typeof req.query.notice === 'string' ? context.t(`macros.notice_${req.query.notice}`, { defaultValue: '' }) : '';
    res
      .status(options.status ?? 200)
      .send(renderMacroPage(deps, context, replies, { notice: notice || null, problem: options.problem ?? null }));
  };
  const refuse = (res: Response, context: PageContext, status: number, message: string) =>
    res
      .status(status)
      .send(
        renderPage(
          context,
          message,
          html`<p class="warn" role="alert">${message}</p><p><a href="/inbox/macros">←</a></p>`,
        ),
      );

  router.get('/macros', (req, res) => show(req, res));

  router.post('/macros', async (req, res) => {
    const context = pageContext(req, res);
    const parsed = created.safeParse(req.body);
    if (!parsed.success) return show(req, res, { problem: context.t('macros.invalid'), status: 400 });
    const { scope: chosen, title, body } = parsed.data;
    const personal = chosen === 'personal';
    if (!personal && !deps.answerer.kb.agencies.some((agency) => agency.id === chosen))
      return show(req, res, { problem: context.t('invalid_agency'), status: 400 });
    const scope = personal ? { agencyId: null, ownerId: context.staff.id } : { agencyId: chosen, ownerId: null };
    if (!canManage(context.staff, scope)) return refuse(res, context, 403, context.t('macros.forbidden'));
    if ((await countInSet(db, scope)) >= MAX_PER_SET)
      return show(req, res, { problem: context.t('macros.full', { count: MAX_PER_SET }), status: 400 });
    await createCannedReply(db, { ...scope, title, body, by: context.staff.id, at: deps.now() });
    res.redirect(303, '/inbox/macros?notice=saved');
  });

  router.post('/macros/:id', async (req, res) => {
    const context = pageContext(req, res);
    const parsed = content.safeParse(req.body);
    if (!parsed.success) return show(req, res, { problem: context.t('macros.invalid'), status: 400 });
    const reply = await findCannedReply(db, Number(req.params.id));
    if (!reply) return refuse(res, context, 404, context.t('not_found'));
    if (!canManage(context.staff, reply)) return refuse(res, context, 403, context.t('macros.forbidden'));
    await updateCannedReply(db, reply.id, { ...parsed.data, by: context.staff.id, at: deps.now() });
    res.redirect(303, '/inbox/macros?notice=saved');
  });

  router.post('/macros/:id/delete', async (req, res) => {
    const context = pageContext(req, res);
    const reply = await findCannedReply(db, Number(req.params.id));
    if (!reply) return refuse(res, context, 404, context.t('not_found'));
    if (!canManage(context.staff, reply)) return refuse(res, context, 403, context.t('macros.forbidden'));
    await deleteCannedReply(db, reply.id);
    res.redirect(303, '/inbox/macros?notice=deleted');
  });
  return router;
}
