import { inArray } from 'drizzle-orm';
import express, { type Router } from 'express';
import { listLearnedExamples } from '../kb-store/list-learned-examples.ts';
import { removeLearnedExample } from '../kb-store/remove-learned-example.ts';
import { html } from '../html.ts';
import { formatTime } from '../tracker/index.ts';
import { staff } from './inbox-tables.ts';
import { agencyScope, pageContext, requireRole, type InboxDeps } from './inbox-context.ts';
import { renderPage } from './render-page.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Supervisors and admins: the questions staff taught the bot (a supervisor, those taught from
 * their agency's cases), and removing one — every instance's bot forgets it within seconds.
 */
export function learnedRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  const supervisors = requireRole('supervisor', 'admin');
  const procedures = new Map(deps.answerer.kb.procedures.map((procedure) => [procedure.ref, procedure]));

  router.get('/learned', supervisors, async (req, res) => {
    const context = pageContext(req, res);
    const { t, language, csrf } = context;
    const examples = await listLearnedExamples(deps.db, { agencyId: agencyScope(context.staff)?.[0] ?? null });
    const ids = [...new Set(examples.map((example) => example.staffId))];
    const names = new Map(
      (ids.length === 0
        ? []
        : await deps.db.select({ id: staff.id, name: staff.name }).from(staff).where(inArray(staff.id, ids))
      ).map((row) => [row.id, row.name]),
    );
    const notice = req.query.notice === 'removed' ? html`<p class="ok" role="status">${t('notice_untaught')}</p>` : '';
    const rows = examples.map((example) => {
      const procedure = procedures.get(example.procedureRef);
      return html`<tr><td>${example.procedureRef}${procedure ? html` · ${procedure.name[language]}` : ''}</td><td>${example.text}</td><td>${example.language}</td>
<td>${example.requestId !== null ? html`<a href="/inbox/cases/${example.requestId}">${example.caseNumber ?? example.requestId}</a>` : '—'}</td>
<td>${names.get(example.staffId) ?? '?'}</td><td>${formatTime(example.createdAt, language)}</td>
<td><form method="post" action="/inbox/learned/${example.id}/remove"><input type="hidden" name="_csrf" value="${csrf}"><button>${t('delete')}</button></form></td></tr>`;
    });
    const body = html`<h1>${t('learned')}</h1>${notice}<p class="meta">${t('learned_hint')}</p>
<div style="overflow-x:auto"><table><thead><tr><th>${t('procedure')}</th><th>${t('question')}</th><th>${t('language_of_text')}</th><th>${t('case')}</th><th>${t('taught_by')}</th><th>${t('taught_at')}</th><th></th></tr></thead>
<tbody>${rows.length > 0 ? rows : html`<tr><td colspan="7">${t('no_learned')}</td></tr>`}</tbody></table></div>`;
    res.send(renderPage(context, t('learned'), body));
  });

  router.post('/learned/:id/remove', supervisors, async (req, res) => {
    const context = pageContext(req, res);
    const id = String(req.params.id);
    const scope = { agencyId: agencyScope(context.staff)?.[0] ?? null, id };
    const [example] = UUID.test(id) ? await listLearnedExamples(deps.db, scope) : [];
    if (!example) {
      res.status(404).send(renderPage(context, context.t('not_found'), html`<h1>${context.t('not_found')}</h1>`));
      return;
    }
    await removeLearnedExample(deps.db, { id, staffId: context.staff.id, at: deps.now() });
    deps.answerer.forget(id);
    res.redirect(303, '/inbox/learned?notice=removed');
  });
  return router;
}
