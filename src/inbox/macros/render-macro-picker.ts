import { html, type SafeHtml } from '../../html.ts';
import type { PageContext } from '../inbox-context.ts';

export type FilledMacro = { id: number; title: string; text: string; personal: boolean };

/**
 * The canned replies of a case page. Without a script it is a form: choose one and "Insert" puts
 * it, filled, in the reply box (the page is reloaded with it as the draft). The page's script
 * reads the same options to offer them when `/` is typed in the reply box.
 */
export function renderMacroPicker(context: PageContext, base: string, macros: FilledMacro[]): SafeHtml {
  const { t } = context;
  return html`<form method="get" action="${base}" class="card" id="macro-form"><label for="macro">${t('macros.insert')}</label>
${
  macros.length === 0
    ? html`<p class="meta">${t('macros.none_yet')}</p>`
    : html`<select id="macro" name="macro">${macros.map(
        (macro) =>
          html`<option value="${macro.id}" data-text="${macro.text}">${macro.personal ? `${t('macros.personal_mark')} · ` : ''}${macro.title}</option>`,
      )}</select> <button>${t('insert')}</button>
<p class="meta">${t('macros.slash_hint')}</p>`
}
<p class="meta"><a href="/inbox/macros">${t('macros.manage')}</a></p></form>`;
}
