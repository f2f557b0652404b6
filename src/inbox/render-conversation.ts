import type { AttachmentInfo } from '../attachments/index.ts';
import { actionSchema } from '../channel-schemas.ts';
import type { Action } from '../channels.ts';
import { formatTime } from '../tracker/index.ts';
import { html, type SafeHtml } from '../html.ts';
import type { InboxDeps, PageContext } from './inbox-context.ts';
import { attachmentIdOf, type CaseView } from './load-case.ts';

/**
 * The conversation on a case page, in order: what came before the hand-off (the bot's answers, the
 * choices it offered and the one the person took) and everything after. Messages about the
 * person's other questions are shown dimmed, so staff see the whole exchange without mixing cases.
 */
export function renderConversation(deps: InboxDeps, context: PageContext, view: CaseView): SafeHtml[] {
  const { t, language } = context;
  return view.messages.map((message) => {
    const who =
      message.author === 'staff'
        ? (view.staffNames.get(message.staffId ?? '') ?? t('staff'))
        : t(`author_${message.author}`);
    const other = message.requestId !== view.request.id;
    const css = `${message.direction === 'internal' ? 'internal' : message.author}${other ? ' other' : ''}`;
    const data = record(message.data);
    const marks = [
      formatTime(message.sentAt, language),
      message.direction === 'internal' ? t('internal_note') : null,
      other ? t('other_question') : null,
      data.delivery === 'manual' ? t('to_pass_on') : null,
      typeof data.delivery === 'string' && data.delivery !== 'manual'
        ? t(`sent_by_${data.delivery}`, { defaultValue: data.delivery })
        : null,
    ].filter((mark): mark is string => mark !== null);
    const body =
      message.kind === 'attachment'
        ? `📎 ${typeof data.kind === 'string' ? data.kind : ''} ${message.text}`
        : message.kind === 'action'
          ? `→ ${actionLabel(deps, context, data.action)}`
          : message.text;
    const file =
      message.kind === 'attachment'
        ? [...view.attachments.values()].find((candidate) => candidate.messageId === message.id)
        : view.attachments.get(attachmentIdOf(message.data) ?? -1);
    const offered = Array.isArray(data.buttons)
      ? data.buttons.map((button) => labelOf(button)).filter((label) => label !== '')
      : [];
    return html`<div class="msg ${css}"><div class="meta">${who} · ${marks.join(' · ')}</div>${body}${
      file ? renderFile(context, view.request.id, file) : ''
    }${
      offered.length > 0
        ? html`<div class="offered" aria-label="${t('choices_offered')}">${offered.map((label) => html`<span>${label}</span>`)}</div>`
        : ''
    }</div>`;
  });
}

/**
 * A file on the case: an image as a thumbnail opening the full picture in a tab, another file as a
 * download link, and what became of a file not stored (being fetched, could not be fetched, refused).
 */
function renderFile(context: PageContext, caseId: number, file: AttachmentInfo): SafeHtml {
  const { t } = context;
  const name = file.name ?? `${file.kind}-${file.id}`;
  if (file.status !== 'stored') {
    const state =
      file.status === 'refused'
        ? t(file.lastError === 'too_large' ? 'attachment_refused_too_large' : 'attachment_refused_type')
        : t(file.status === 'failed' ? 'attachment_failed' : 'attachment_pending');
    return html`<span class="file missing" data-file-status="${file.status}">${name}: ${state}</span>`;
  }
  const url = `/inbox/cases/${caseId}/attachments/${file.id}`;
  const size = file.size === null ? '' : ` (${Math.max(1, Math.round(file.size / 1024))} KB)`;
  if (file.mimeType?.startsWith('image/'))
    return html`<a class="file" href="${url}" target="_blank" rel="noopener" title="${t('attachment_open', { name })}"><img src="${url}" alt="${name}" loading="lazy"></a>`;
  return html`<a class="file" href="${url}" download="${name}">📄 ${t('attachment_download', { name })}${size}</a>`;
}

/** What a tapped button meant, in staff's words ("chose: Cấp giấy phép lao động…", "rated 5"). */
function actionLabel(deps: InboxDeps, context: PageContext, value: unknown): string {
  const parsed = actionSchema.safeParse(value);
  if (!parsed.success) return '?';
  const action: Action = parsed.data;
  const { t, language } = context;
  switch (action.type) {
    case 'choose': {
      const procedure = deps.answerer.kb.procedures.find((candidate) => candidate.id === action.id);
      return t('action_choose', {
        label: procedure ? `${procedure.ref} · ${procedure.name[language]}` : action.id,
      });
    }
    case 'rate':
      return t('action_rate', { score: action.score });
    case 'feedback':
      return t(action.helpful ? 'action_helpful' : 'action_not_helpful');
    case 'confirm':
      return t(action.yes ? 'action_yes' : 'action_no');
    default:
      return t(`action_${action.type}`, { defaultValue: action.type });
  }
}

function labelOf(button: unknown): string {
  return typeof button === 'object' && button !== null && 'label' in button && typeof button.label === 'string'
    ? button.label
    : '';
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value)) : {};
}
