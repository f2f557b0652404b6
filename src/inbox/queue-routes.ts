import { and, desc, eq, isNull } from 'drizzle-orm';
import express, { type Router } from 'express';
import { cleanText } from '../clean-text.ts';
import { formatTime } from '../tracker/index.ts';
import { html } from '../html.ts';
import { PAGE_PARAM, pageWindow, renderPager } from '../paginate.ts';
import { notifications } from './inbox-tables.ts';
import { agencyScope, pageContext, type InboxDeps } from './inbox-context.ts';
import { countQueues } from './queries/count-queues.ts';
import { listQueue, type QueueName } from './queries/list-queue.ts';
import { renderPage } from './render-page.ts';
import { renderShortcutHelp } from './keyboard/render-shortcut-help.ts';
import { bulkChoices, bulkResult, renderBulkForm } from './bulk/render-bulk-form.ts';
import { normalizeTag, tagsInUse, tagsOf } from './tags/case-tags.ts';
import { renderTagList } from './tags/render-tags.ts';

const QUEUES: QueueName[] = ['due_soon', 'overdue', 'unassigned', 'mine', 'open', 'waiting', 'closed'];
const CHANNELS = ['telegram', 'zalo', 'web', 'phone', 'email', 'letter', 'in_person', 'public_form'];

/** The queues with counts, filters and search, scoped to the staff member's agency (admins: all). */
export function queueRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  router.get('/', async (req, res) => {
    const context = pageContext(req, res);
    const { t, language, staff } = context;
    const now = deps.now();
    const pick = (name: string) =>
      typeof req.query[name] === 'string' && req.query[name] !== '' ? cleanText(req.query[name]) : undefined;
    const queue = QUEUES.find((name) => name === req.query.queue) ?? 'open';
    const requesterType = pick('type') === 'business' ? 'business' : pick('type') === 'citizen' ? 'citizen' : undefined;
    const channel = CHANNELS.find((name) => name === req.query.channel);
    const filter = {
      agencyIds: agencyScope(staff),
      queue,
      staffId: staff.id,
      now,
      channel,
      requesterType,
      procedureRef: pick('procedure'),
      search: pick('search')?.slice(0, 200),
      tag: normalizeTag(pick('tag') ?? '') ?? undefined,
    } as const;
    const window = pageWindow(req.query[PAGE_PARAM]);
    const [counts, listed, known, bulk] = await Promise.all([
      countQueues(deps.db, { agencyIds: filter.agencyIds, staffId: staff.id, now }),
      listQueue(deps.db, { ...filter, limit: window.limit, offset: window.offset }),
      tagsInUse(deps.db, filter.agencyIds),
      bulkChoices(deps, staff),
    ]);
    const { items: rows, page } = window.finish(listed);
    const tags = await tagsOf(
      deps.db,
      rows.map((row) => row.id),
    );
    const url = new URL(req.originalUrl, 'http://localhost');
    const link = (name: QueueName) => {
      const params = new URLSearchParams({ queue: name });
      if (language === 'en') params.set('lang', 'en');
      return `/inbox?${params}`;
    };
    const due = (row: (typeof rows)[number]) => {
      if (!row.dueAt || row.status !== 'open') return '';
      const left = row.dueAt.getTime() - now.getTime();
      const css = left < 0 ? 'late' : left < 24 * 3_600_000 ? 'soon' : '';
      return html`<span class="${css}">${formatTime(row.dueAt, language)}</span>`;
    };
    // The counts and the list change while the page is open: the live script fetches them alone.
    const tabs = html`<nav id="queue-counts" class="tabs counts" aria-label="${t('queues')}">${QUEUES.map((name) => html`<a href="${link(name)}" ${name === queue ? html`aria-current="page"` : ''}>${t(`queue_${name}`)} (${counts[name]})</a>`)}</nav>`;
    const table = html`<div id="queue-table"><div class="table-wrap"><table class="queue"><caption class="meta">${t(`queue_${queue}`)}: ${rows.length}</caption>
<thead><tr><th><span class="visually-hidden">${t('bulk.choose')}</span></th><th>${t('case')}</th><th>${t('subject')}</th><th>${t('requester')}</th><th>${t('channel')}</th><th>${t('deadline')}</th><th>${t('assignee')}</th></tr></thead>
<tbody>${rows.map(
      (
        row,
      ) => html`<tr><td><input type="checkbox" name="ids" value="${row.id}" form="bulk" aria-label="${t('bulk.select', { case: row.caseNumber })}"></td><td><a href="/inbox/cases/${row.id}">${row.caseNumber}</a>${row.late ? html` <span class="late">${t('late')}</span>` : ''}</td>
<td>${row.subject.slice(0, 120)}${renderTagList(tags.get(row.id))}</td><td data-label="${t('requester')}">${row.requesterName ?? '—'} · ${t(`type_${row.requesterType}`)}</td><td data-label="${t('channel')}">${t(`channel_${row.channel}`)}</td>
<td data-label="${t('deadline')}">${due(row)}</td><td data-label="${t('assignee')}">${row.assigneeName ?? '—'}</td></tr>`,
    )}</tbody></table></div>
${renderPager(url, page, t)}</div>`;
    if (req.query.fragment === '1') {
      res.send(html`${tabs}${table}`.value);
      return;
    }
    const body = html`<h1>${t('queues')}</h1>
${typeof req.query.notice === 'string' ? html`<p class="ok" role="status">${t(`notice_${req.query.notice}`, { defaultValue: '' })}</p>` : ''}
${tabs}
<form method="get" action="/inbox" class="card"><input type="hidden" name="queue" value="${queue}">
<label for="search">${t('search')}</label><input id="search" name="search" aria-keyshortcuts="/" value="${filter.search ?? ''}" placeholder="HD-2611-42">
<label for="channel">${t('channel')}</label><select id="channel" name="channel"><option value="">—</option>${CHANNELS.map((name) => html`<option value="${name}" ${name === channel ? 'selected' : ''}>${t(`channel_${name}`)}</option>`)}</select>
<label for="type">${t('requester_type')}</label><select id="type" name="type"><option value="">—</option><option value="business" ${requesterType === 'business' ? 'selected' : ''}>${t('type_business')}</option><option value="citizen" ${requesterType === 'citizen' ? 'selected' : ''}>${t('type_citizen')}</option></select>
<label for="procedure">${t('procedure')}</label><input id="procedure" name="procedure" value="${filter.procedureRef ?? ''}" size="5" placeholder="P16">
<label for="tag">${t('tags.filter')}</label><select id="tag" name="tag"><option value="">—</option>${known.map((tag) => html`<option value="${tag}" ${tag === filter.tag ? 'selected' : ''}>${tag}</option>`)}</select>
<button>${t('filter')}</button></form>
${bulkResult(context, req.query)}
${renderBulkForm(context, bulk)}
${table}
${renderShortcutHelp(context, 'queue')}`;
    res.send(renderPage(context, t('queues'), body, { scripts: ['keys.js'] }));
  });

  router.get('/notifications', async (req, res) => {
    const context = pageContext(req, res);
    const { t, language } = context;
    const window = pageWindow(req.query[PAGE_PARAM]);
    const { items: rows, page } = window.finish(
      await deps.db
        .select()
        .from(notifications)
        .where(eq(notifications.staffId, context.staff.id))
        .orderBy(desc(notifications.id))
        .limit(window.limit)
        .offset(window.offset),
    );
    await deps.db
      .update(notifications)
      .set({ readAt: deps.now() })
      .where(and(eq(notifications.staffId, context.staff.id), isNull(notifications.readAt)));
    const alerts = context.staff.alerts;
    const notice = typeof req.query.notice === 'string' ? t(`notice_${req.query.notice}`, { defaultValue: '' }) : '';
    // Opt-in per person, stored: the live script raises a notification and a sound only when it is on.
    const optIn = html`<form method="post" action="/inbox/notifications/alerts" class="card" id="alerts-form">
<input type="hidden" name="_csrf" value="${context.csrf}"><h2>${t('live.alerts_heading')}</h2>
<p class="meta">${t('live.alerts_hint')}</p><p>${t(alerts ? 'live.alerts_are_on' : 'live.alerts_are_off')}</p>
<p id="alerts-blocked" class="warn" role="alert" hidden>${t('live.alerts_blocked')}</p>
<button name="alerts" value="${alerts ? 'off' : 'on'}">${t(alerts ? 'live.alerts_off' : 'live.alerts_on')}</button></form>`;
    const body = html`<h1>${t('notifications')}</h1>${notice ? html`<p class="ok" role="status">${notice}</p>` : ''}${optIn}<ul class="card">${rows.map(
      (row) =>
        html`<li class="${row.kind === 'breach' ? 'late' : ''}">${formatTime(row.createdAt, language)} · ${row.requestId ? html`<a href="/inbox/cases/${row.requestId}">${row.text}</a>` : row.text}</li>`,
    )}</ul>${rows.length === 0 ? html`<p>${t('none')}</p>` : ''}
${renderPager(new URL(req.originalUrl, 'http://localhost'), page, t)}`;
    res.send(renderPage(context, t('notifications'), body));
  });
  return router;
}
