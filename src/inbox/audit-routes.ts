import { desc, eq } from 'drizzle-orm';
import express, { type Router } from 'express';
import { auditEvents } from '../audit/audit-tables.ts';
import { html } from '../html.ts';
import { PAGE_PARAM, pageWindow, renderPager } from '../paginate.ts';
import { formatTime } from '../tracker/index.ts';
import { staff } from './inbox-tables.ts';
import { pageContext, requireRole, type InboxDeps } from './inbox-context.ts';
import { renderPage } from './render-page.ts';

/** Admin only: the staff actions of the append-only audit log, newest first, a page at a time. */
export function auditRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  router.get('/admin/audit', requireRole('admin'), async (req, res) => {
    const context = pageContext(req, res);
    const { t, language } = context;
    const window = pageWindow(req.query[PAGE_PARAM]);
    const { items: rows, page } = window.finish(
      await deps.db
        .select({ event: auditEvents, name: staff.name })
        .from(auditEvents)
        .leftJoin(staff, eq(staff.id, auditEvents.staffId))
        .orderBy(desc(auditEvents.id))
        .limit(window.limit)
        .offset(window.offset),
    );
    const body = html`<h1>${t('audit')}</h1><p class="meta">${t('audit_hint')}</p>
<div class="table-wrap"><table><thead><tr><th>${t('time')}</th><th>${t('staff_member')}</th><th>${t('action')}</th><th>${t('case')}</th><th></th></tr></thead><tbody>
${rows.map(
  ({ event, name }) =>
    html`<tr><td>${formatTime(event.at, language)}</td><td>${name ?? '—'}</td><td>${event.action}</td><td>${event.requestId ? html`<a href="/inbox/cases/${event.requestId}">${event.requestId}</a>` : ''}</td><td class="meta">${event.detail ? JSON.stringify(event.detail) : ''}${event.targetStaffId ? ` ${event.targetStaffId}` : ''}</td></tr>`,
)}</tbody></table></div>
${renderPager(new URL(req.originalUrl, 'http://localhost'), page, t)}`;
    res.send(renderPage(context, t('audit'), body));
  });
  return router;
}
