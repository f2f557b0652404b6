import { html, type SafeHtml } from '../../html.ts';
import type { InboxDeps, PageContext } from '../inbox-context.ts';
import { renderPage } from '../render-page.ts';
import { canManage, type CannedReply } from './canned-replies.ts';
import { PLACEHOLDERS } from './fill-placeholders.ts';

/** The canned replies page: the agency sets and the staff member's own, each editable where allowed. */
export function renderMacroPage(
  deps: InboxDeps,
  context: PageContext,
  replies: CannedReply[],
  options: { notice: string | null; problem: string | null },
): string {
  const { t, language, staff, csrf } = context;
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}">`;
  const agencyName = (id: string) => deps.tracker.agencyName(id, language);
  const item = (reply: CannedReply): SafeHtml => {
    const action = `/inbox/macros/${reply.id}`;
    if (!canManage(staff, reply))
      return html`<li class="card"><strong>${reply.title}</strong><div class="msg">${reply.body}</div></li>`;
    return html`<li class="card"><form method="post" action="${action}">${hidden}
<label for="title-${reply.id}">${t('macros.title')}</label><input id="title-${reply.id}" name="title" value="${reply.title}" required maxlength="80">
<label for="body-${reply.id}">${t('macros.body')}</label><textarea id="body-${reply.id}" name="body" required maxlength="4000">${reply.body}</textarea>
<p><button>${t('save')}</button></p></form>
<form method="post" action="${action}/delete">${hidden}<button class="secondary" aria-label="${t('delete')}: ${reply.title}">${t('delete')}</button></form></li>`;
  };
  const own = replies.filter((reply) => reply.ownerId === staff.id);
  const byAgency = new Map<string, CannedReply[]>();
  for (const reply of replies)
    if (reply.agencyId !== null) byAgency.set(reply.agencyId, [...(byAgency.get(reply.agencyId) ?? []), reply]);
  // Where a new reply may go: one's own set, and the agency sets one manages.
  const managed =
    staff.role === 'admin'
      ? deps.answerer.kb.agencies.map((agency) => agency.id)
      : staff.role === 'supervisor' && staff.agencyId
        ? [staff.agencyId]
        : [];
  const placeholders = PLACEHOLDERS.map(
    ({ key, names }) =>
      html`<li><code>{${names[0]}}</code> / <code>{${names[1]}}</code> — ${t(`macros.placeholder_${key}`)}</li>`,
  );
  const body = html`<h1>${t('macros.heading')}</h1>
${options.notice ? html`<p class="ok" role="status">${options.notice}</p>` : ''}
${options.problem ? html`<p class="warn" role="alert">${options.problem}</p>` : ''}
<p class="meta">${t('macros.intro')}</p>
<details class="card"><summary>${t('macros.placeholders')}</summary><ul>${placeholders}</ul></details>
<form method="post" action="/inbox/macros" class="card">${hidden}<h2>${t('macros.add')}</h2>
<label for="scope">${t('macros.scope')}</label><select id="scope" name="scope"><option value="personal">${t('macros.scope_personal')}</option>${managed.map((id) => html`<option value="${id}">${t('macros.scope_agency', { agency: agencyName(id) })}</option>`)}</select>
<label for="new-title">${t('macros.title')}</label><input id="new-title" name="title" required maxlength="80">
<label for="new-body">${t('macros.body')}</label><textarea id="new-body" name="body" required maxlength="4000" placeholder="${t('macros.body_example')}"></textarea>
<p><button>${t('macros.add_button')}</button></p></form>
<h2>${t('macros.personal')}</h2>
${own.length === 0 ? html`<p class="meta">${t('none')}</p>` : html`<ul class="plain">${own.map(item)}</ul>`}
${[...byAgency].map(
  ([agencyId, list]) =>
    html`<h2>${t('macros.agency_set', { agency: agencyName(agencyId) })}</h2><ul class="plain">${list.map(item)}</ul>`,
)}`;
  return renderPage(context, t('macros.heading'), body);
}
