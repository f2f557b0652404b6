import { isChatChannel, type FileSending } from '../channels.ts';
import type { Agency, Procedure } from '../kb/index.ts';
import { formatTime, type WorkingCalendar } from '../tracker/index.ts';
import { html, type SafeHtml } from '../html.ts';
import type { InboxDeps, PageContext } from './inbox-context.ts';
import type { CaseView } from './load-case.ts';
import { renderPage } from './render-page.ts';
import { renderConversation } from './render-conversation.ts';
import { renderMacroPicker, type FilledMacro } from './macros/render-macro-picker.ts';
import { renderShortcutHelp } from './keyboard/render-shortcut-help.ts';
import { renderPersonHistory, type EarlierCase } from './history/person-history.ts';
import { renderCaseTags } from './tags/render-tags.ts';

const HOUR = 3_600_000;
const ZALO_WINDOW_MS = 7 * 24 * HOUR;
const ZALO_FREE_MS = 48 * HOUR;

export type CasePageOptions = {
  colleagues: Array<{ id: string; name: string }>;
  agencies: Agency[];
  /** The working calendar with the admins' edits, for the working hours left. */
  calendar: WorkingCalendar;
  draft: string;
  /** The canned replies this staff member may insert here, filled for this case. */
  macros: FilledMacro[];
  /** The person's earlier cases on the same channel. */
  history: { cases: EarlierCase[]; total: number };
  /** The procedure card (its id) the draft was written from: the reply says so, and the case is then about it. */
  card?: string | null;
  /** The case's tags, and the tags in use in its agency (offered while typing). */
  tags: string[];
  knownTags: string[];
  notice: string | null;
  /**
   * Offered once staff answered a handed-off case about a procedure: the bot learns the person's
   * question (personal data removed, `text`) as an example of it; `taught`, what was already.
   */
  teach?: { procedure: Procedure; text: string; taught: string[] } | null;
  /** Shown as an alert: a reply refused because the page was stale. */
  warning?: string | null;
};

/** The case page: conversation, history, deadline countdown, channel window, and every action. */
export function renderCasePage(
  deps: InboxDeps,
  context: PageContext,
  view: CaseView,
  options: CasePageOptions,
): string {
  const { t, language, csrf } = context;
  const { request, contact } = view;
  const base = `/inbox/cases/${request.id}`;
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}">`;
  const procedures = deps.answerer.kb.procedures;
  const chat = isChatChannel(request.channel);
  const sending = chat ? (deps.files?.sending[request.channel] ?? null) : null;
  // A request from the website form or taken by staff: the phone or e-mail the person left is how to answer.
  const contactDetail = !chat && contact && !contact.address.startsWith('intake:') ? contact.address : null;
  const suggested = contactDetail?.includes('@')
    ? 'email'
    : request.channel === 'public_form'
      ? 'phone'
      : request.channel;

  const live = renderCaseLive(deps, context, view, options.calendar);

  const title = `${request.caseNumber}: ${request.subject.slice(0, 80)}`;
  const body = html`
<p class="case-nav"><a href="/inbox">← ${t('queues')}</a> <a href="/inbox/next?after=${request.id}" id="next-case" rel="next" aria-keyshortcuts="j">${t('keys.next_link')}</a></p>
<h1>${request.caseNumber}</h1>
<p id="presence" class="presence" aria-live="polite" data-case="${request.id}" data-version="${view.events.at(-1)?.id ?? ''}"></p>
${options.notice ? html`<p class="ok" role="status">${options.notice}</p>` : ''}
${options.warning ? html`<p class="warn" role="alert">${options.warning}</p>` : ''}
<div class="grid"><section aria-labelledby="conv">
<h2 id="conv">${t('conversation')}</h2>
<p><strong>${request.subject}</strong></p>
${live.conversation}
<p id="live-news" class="ok" role="status" hidden></p>
<form method="post" action="${base}/reply" class="card"${sending ? html` enctype="multipart/form-data"` : ''}>${hidden}<input type="hidden" name="turn" value="${request.turn}">${options.card ? html`<input type="hidden" name="card" value="${options.card}">` : ''}
<label for="reply">${t('reply_label')}</label><div class="picker"><textarea id="reply" name="text" ${sending ? '' : 'required'} maxlength="8000" aria-describedby="reply-hint" aria-keyshortcuts="r">${options.draft}</textarea></div>
${
  chat
    ? ''
    : html`<p class="meta">${t('delivery_note')}</p><label for="delivery">${t('delivery_label')}</label>
<select id="delivery" name="delivery">${['phone', 'email', 'letter', 'in_person'].map((means) => html`<option value="${means}" ${means === suggested ? 'selected' : ''}>${t(`channel_${means}`)}</option>`)}</select>`
}
${sending ? fileInput(context, request.channel, sending, deps.files?.maxBytes ?? sending.maxBytes) : ''}
<p><button>${t('send_reply')}</button> <button name="final" value="yes">${t('send_reply_final')}</button></p>
<p class="meta" id="reply-hint">${t('reply_turn_hint')} ${options.macros.length > 0 ? t('macros.slash_hint') : ''}</p></form>
${renderMacroPicker(context, base, options.macros)}
<form method="get" action="${base}" class="card"><label for="card">${t('insert_card')}</label>
<select id="card" name="card">${procedures.map((p) => html`<option value="${p.id}">${p.ref} · ${p.name[language]}</option>`)}</select> <button>${t('insert')}</button></form>
${options.teach ? teachForm(context, base, options.teach) : ''}
<form method="post" action="${base}/note" class="card">${hidden}<label for="note">${t('note_label')}</label><textarea id="note" name="text" required maxlength="8000" aria-keyshortcuts="n"></textarea><p><button>${t('add_note')}</button></p></form>
<h2>${t('history')}</h2>${live.history}
</section><aside aria-label="${t('case_details')}">
${live.details}
${renderCaseTags(context, base, options.tags, options.knownTags)}
${renderPersonHistory(context, options.history)}
${
  options.colleagues.some((colleague) => colleague.id === context.staff.id) && request.assigneeId !== context.staff.id
    ? html`<form method="post" action="${base}/assign" class="card" id="assign-me">${hidden}<input type="hidden" name="assignee" value="${context.staff.id}"><button aria-keyshortcuts="a">${t('keys.assign_me_button')}</button></form>`
    : ''
}
<form method="post" action="${base}/procedure" class="card">${hidden}<label for="procedure">${t('set_procedure')}</label>
<select id="procedure" name="procedure">${request.procedureRef === null ? html`<option value="">—</option>` : ''}${procedures.map((p) => html`<option value="${p.id}" ${p.ref === request.procedureRef ? 'selected' : ''}>${p.ref} · ${p.name[language]}</option>`)}</select> <button>${t('save')}</button></form>
<form method="post" action="${base}/assign" class="card">${hidden}<label for="assignee">${t('assign')}</label>
<select id="assignee" name="assignee"><option value="">${t('unassigned')}</option>${options.colleagues.map((c) => html`<option value="${c.id}" ${c.id === request.assigneeId ? 'selected' : ''}>${c.name}</option>`)}</select> <button>${t('save')}</button></form>
<form method="post" action="${base}/transfer" class="card">${hidden}<label for="agency">${t('transfer')}</label>
<select id="agency" name="agency">${options.agencies.map((a) => html`<option value="${a.id}" ${a.id === request.agencyId ? 'selected' : ''}>${a.name[language]}</option>`)}</select> <button>${t('transfer_button')}</button>
<p class="meta">${t('transfer_hint')}</p></form>
<form method="post" action="${base}/requester" class="card">${hidden}<label for="rtype">${t('requester_type')}</label>
<select id="rtype" name="requesterType"><option value="citizen" ${request.requesterType === 'citizen' ? 'selected' : ''}>${t('type_citizen')}</option><option value="business" ${request.requesterType === 'business' ? 'selected' : ''}>${t('type_business')}</option></select>
<label for="tax">${t('tax_code')}</label><input id="tax" name="taxCode" value="${request.taxCode ?? ''}" maxlength="14" pattern="[0-9-]*"> <button>${t('save')}</button></form>
<div class="card">${
    request.status === 'closed'
      ? html`<form method="post" action="${base}/reopen">${hidden}<button>${t('reopen')}</button></form>`
      : html`<form method="post" action="${base}/close">${hidden}<button id="close-case" aria-keyshortcuts="c">${t('close')}</button></form>`
  }
<p><a href="${base}/publish">${t('publish')}</a></p></div>
</aside></div>
${renderShortcutHelp(context, 'case')}`;
  return renderPage(context, title, body, { scripts: ['keys.js'] });
}

/** "Dạy bot": the person's question, personal data removed and editable, becomes an example of the procedure. */
function teachForm(
  context: PageContext,
  base: string,
  teach: { procedure: Procedure; text: string; taught: string[] },
): SafeHtml {
  const { t, csrf, language } = context;
  const { procedure } = teach;
  const name = `${procedure.ref} · ${procedure.name[language]}`;
  return html`<form method="post" action="${base}/teach" class="card"><input type="hidden" name="_csrf" value="${csrf}">
<label for="teach">${t('teach_label', { procedure: name })}</label>
<textarea id="teach" name="text" required minlength="5" maxlength="2000">${teach.text}</textarea>
<p class="meta">${t('teach_hint')}</p>
${teach.taught.length > 0 ? html`<p class="ok">${t('taught_already', { number: teach.taught.length })}</p><ul>${teach.taught.map((text) => html`<li>${text}</li>`)}</ul>` : ''}
<p><button>${t('teach_button', { ref: procedure.ref })}</button></p></form>`;
}

/**
 * The parts of the case page that change while it is open: the conversation (with what may keep a
 * reply from reaching the person), the history and the details. The page and its live fragment
 * both render them here, so an update shows exactly what a reload would.
 */
export function renderCaseLive(
  deps: InboxDeps,
  context: PageContext,
  view: CaseView,
  calendar: WorkingCalendar,
): { conversation: SafeHtml; history: SafeHtml; details: SafeHtml } {
  const { t, language } = context;
  const { request, contact } = view;
  const now = deps.now();
  const agencyName = (id: string) => deps.tracker.agencyName(id, language);
  const contactDetail =
    !isChatChannel(request.channel) && contact && !contact.address.startsWith('intake:') ? contact.address : null;
  const messages = renderConversation(deps, context, view);
  const history = view.events.map((event) => {
    const actor =
      event.actor === 'staff' ? (view.staffNames.get(event.staffId ?? '') ?? t('staff')) : t(`author_${event.actor}`);
    return html`<li><span class="meta">${formatTime(event.at, language)}</span> ${t(`event_${event.type}`)} — ${actor}${eventDetail(event.data)}</li>`;
  });
  return {
    conversation: html`<div id="live-conversation">${messages.length > 0 ? messages : html`<p class="meta">${t('no_messages')}</p>`}
${deliveryWarnings(context, view, now)}</div>`,
    history: html`<ol class="card" id="live-history">${history}</ol>`,
    details: html`<div class="card" id="live-details"><dl>
<dt>${t('status')}</dt><dd>${t(`bots:chat.status_${request.status}`)}${request.late ? html` · <span class="late">${t('late')}</span>` : ''}</dd>
<dt>${t('deadline')}</dt><dd>${deadlineText(calendar, context, request.dueAt, request.firstAnswerAt, now)}</dd>
<dt>${t('opened')}</dt><dd>${formatTime(request.openedAt, language)}</dd>
<dt>${t('agency')}</dt><dd>${agencyName(request.agencyId)}</dd>
<dt>${t('requester')}</dt><dd>${request.requesterName ?? contact?.displayName ?? '—'} · ${t(`type_${request.requesterType}`)}${request.taxCode ? ` · MST ${request.taxCode}` : ''}</dd>
<dt>${t('channel')}</dt><dd>${t(`channel_${request.channel}`)}</dd>
${contactDetail ? html`<dt>${t('contact')}</dt><dd>${contactDetail}</dd>` : ''}
<dt>${t('procedure')}</dt><dd>${request.procedureRef ?? '—'}</dd>
<dt>${t('assignee')}</dt><dd>${request.assigneeId ? (view.staffNames.get(request.assigneeId) ?? '?') : t('unassigned')}</dd>
<dt>${t('satisfaction')}</dt><dd>${request.satisfaction ?? '—'}</dd></dl></div>`,
  };
}

function deadlineText(
  calendar: WorkingCalendar,
  context: PageContext,
  due: Date | null,
  answered: Date | null,
  now: Date,
): SafeHtml | string {
  const { t, language } = context;
  if (!due) return '—';
  if (answered)
    return html`${formatTime(due, language)} · ${t('answered_at', { time: formatTime(answered, language) })}`;
  const left = due.getTime() - now.getTime();
  const working = calendar.workingMsBetween(now, due) / HOUR;
  const css = left < 0 ? 'late' : left < 24 * HOUR ? 'soon' : '';
  const text =
    left < 0
      ? t('overdue_by', { hours: Math.round(-left / HOUR) })
      : t('time_left', { hours: Math.round(left / HOUR), working: Math.max(0, Math.round(working)) });
  return html`${formatTime(due, language)} <span class="${css}" data-due="${due.toISOString()}">(${text})</span>`;
}

/** The reply's file: what this channel can carry, said next to it. */
function fileInput(context: PageContext, channel: string, sending: FileSending, appMaxBytes: number): SafeHtml {
  const { t } = context;
  const maxMb = Math.round((Math.min(sending.maxBytes, appMaxBytes) / 1024 / 1024) * 10) / 10;
  const note = t(channel === 'zalo' ? 'reply_file_note_zalo' : 'reply_file_note', { maxMb });
  return html`<label for="reply-file">${t('reply_file_label')}</label> <input type="file" id="reply-file" name="file" accept="${sending.types.join(',')}" aria-describedby="reply-file-note"><p class="meta" id="reply-file-note">${note}</p>`;
}

/** Before a reply is written: can it still reach the person? Zalo's 7-day window, a blocked bot, failed sends. */
function deliveryWarnings(context: PageContext, view: CaseView, now: Date): SafeHtml {
  const { t, language } = context;
  const contact = view.contact;
  const notes: SafeHtml[] = [];
  if (contact?.unreachableReason) notes.push(html`<p>${t('unreachable', { reason: contact.unreachableReason })}</p>`);
  if (contact?.channel === 'zalo' && contact.lastInboundAt) {
    const closes = new Date(contact.lastInboundAt.getTime() + ZALO_WINDOW_MS);
    const free = new Date(contact.lastInboundAt.getTime() + ZALO_FREE_MS);
    if (now >= closes) notes.push(html`<p>${t('zalo_closed', { time: formatTime(closes, language) })}</p>`);
    else
      notes.push(
        html`<p class="meta">${t(now < free ? 'zalo_free' : 'zalo_paid', { free: formatTime(free, language), closes: formatTime(closes, language), hours: Math.round((closes.getTime() - now.getTime()) / HOUR) })}</p>`,
      );
  }
  if (['phone', 'email', 'letter', 'in_person', 'public_form'].includes(view.request.channel))
    notes.push(html`<p class="meta">${t('manual_delivery')}</p>`);
  for (const failure of view.failed)
    notes.push(html`<p>${t('send_failed', { kind: failure.kind, reason: failure.lastError ?? '' })}</p>`);
  const blocking =
    Boolean(contact?.unreachableReason) ||
    view.failed.length > 0 ||
    (contact?.channel === 'zalo' &&
      contact.lastInboundAt !== null &&
      now.getTime() >= contact.lastInboundAt.getTime() + ZALO_WINDOW_MS);
  return notes.length === 0
    ? html``
    : html`<div class="${blocking ? 'warn' : 'card'}" role="${blocking ? 'alert' : 'note'}">${notes}</div>`;
}

function eventDetail(data: unknown): string {
  if (typeof data !== 'object' || data === null) return '';
  const parts = Object.entries(data)
    .filter(
      ([key, value]) =>
        ['reason', 'agencyId', 'from', 'to', 'score', 'helpful', 'delivery', 'assignee'].includes(key) &&
        value !== null &&
        value !== undefined,
    )
    .map(([key, value]) => `${key}: ${String(value)}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}
