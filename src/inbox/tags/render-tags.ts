import { html, type SafeHtml } from '../../html.ts';
import type { PageContext } from '../inbox-context.ts';

/** The tags of a case page: each with a button removing it, and a field adding one or more. */
export function renderCaseTags(context: PageContext, base: string, tags: string[], known: string[]): SafeHtml {
  const { t, csrf } = context;
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}">`;
  return html`<section class="card" aria-labelledby="tags-title"><h2 id="tags-title">${t('tags.title')}</h2>
${
  tags.length === 0
    ? html`<p class="meta">${t('tags.none')}</p>`
    : html`<ul class="plain tags">${tags.map(
        (tag) =>
          html`<li><form method="post" action="${base}/untag" class="inline">${hidden}<input type="hidden" name="tag" value="${tag}"><span class="tag">${tag}</span> <button class="secondary" aria-label="${t('tags.remove', { tag })}">×</button></form></li>`,
      )}</ul>`
}
<form method="post" action="${base}/tag">${hidden}<label for="new-tag">${t('tags.add')}</label>
<input id="new-tag" name="tag" list="known-tags" maxlength="400" autocomplete="off" required> <button>${t('tags.add_button')}</button>
<datalist id="known-tags">${known.filter((tag) => !tags.includes(tag)).map((tag) => html`<option value="${tag}">`)}</datalist>
<p class="meta">${t('tags.hint')}</p></form></section>`;
}

/** A case's tags in a queue row. */
export function renderTagList(tags: string[] | undefined): SafeHtml | string {
  return tags && tags.length > 0 ? html` ${tags.map((tag) => html`<span class="tag">${tag}</span> `)}` : '';
}
