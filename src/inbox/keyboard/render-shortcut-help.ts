import { html, type SafeHtml } from '../../html.ts';
import type { PageContext } from '../inbox-context.ts';

/** The shortcuts of each page, in the order the help lists them (keys.js binds the same keys). */
const SHORTCUTS = {
  case: [
    ['r', 'reply'],
    ['n', 'note'],
    ['/', 'macro'],
    ['a', 'assign_me'],
    ['c', 'close'],
    ['j', 'next'],
    ['Esc', 'leave'],
    ['?', 'help'],
  ],
  queue: [
    ['j', 'first'],
    ['/', 'search'],
    ['?', 'help'],
  ],
} as const;

/**
 * The list `?` opens (a dialog the page's script shows), and a link to it for those who do not
 * know the key. The keys never act while a field has the focus, so typing is never taken for one.
 */
export function renderShortcutHelp(context: PageContext, page: keyof typeof SHORTCUTS): SafeHtml {
  const { t } = context;
  return html`<p class="meta shortcuts-link" hidden><button type="button" class="secondary" data-shortcuts>${t('keys.show')}</button></p>
<dialog id="shortcuts" aria-labelledby="shortcuts-title"><h2 id="shortcuts-title">${t('keys.title')}</h2>
<dl class="keys">${SHORTCUTS[page].map(([key, what]) => html`<dt><kbd>${key}</kbd></dt><dd>${t(`keys.${what}`)}</dd>`)}</dl>
<p class="meta">${t('keys.not_in_fields')}</p>
<form method="dialog"><button>${t('keys.close_help')}</button></form></dialog>`;
}
