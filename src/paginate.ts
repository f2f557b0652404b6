import type { TFunction } from 'i18next';
import { html, type SafeHtml } from './html.ts';

// The one pagination of every long list: the public catalogue, documents and answers, the inbox
// queue, notifications and the audit log. Pages are numbered from 1 in ?trang= (Vietnamese for
// "page", like ?thang= for the month); every other query parameter — search, filters, language —
// stays in the links, so moving between pages never loses what was asked.

export const PAGE_SIZE = 30;
export const PAGE_PARAM = 'trang';

/** Where one page stands in its list. `last` is null when the list's length is not counted (a query page). */
export type PageInfo = { number: number; size: number; last: number | null; hasNext: boolean; total: number | null };

/** The asked page number: a positive integer, 1 when absent or not one. */
export function askedPage(value: unknown): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string' || !/^\d{1,6}$/.test(text.trim())) return 1;
  return Math.max(1, Number(text));
}

/** One page of a list held in memory; a number past the end shows the last page. */
export function paginate<T>(items: readonly T[], asked: unknown, size = PAGE_SIZE): { items: T[]; page: PageInfo } {
  const last = Math.max(1, Math.ceil(items.length / size));
  const number = Math.min(last, askedPage(asked));
  return {
    items: items.slice((number - 1) * size, number * size),
    page: { number, size, last, hasNext: number < last, total: items.length },
  };
}

/**
 * One page of a database query without counting the whole list: ask for `limit` rows (one more
 * than a page) from `offset`, then pass the rows to `finish`, which keeps a page's worth and tells
 * whether a next page exists.
 */
export function pageWindow(asked: unknown, size = PAGE_SIZE) {
  const number = askedPage(asked);
  return {
    offset: (number - 1) * size,
    limit: size + 1,
    finish<T>(rows: readonly T[]): { items: T[]; page: PageInfo } {
      return {
        items: rows.slice(0, size),
        page: { number, size, last: rows.length > size ? null : number, hasNext: rows.length > size, total: null },
      };
    },
  };
}

/**
 * Links to the previous and next pages and to pages around this one (first and last always),
 * keeping the rest of the query. Nothing when everything fits on one page. `t` is the page's
 * translator: both the public and the inbox namespaces carry the `pager.*` keys.
 */
export function renderPager(url: URL, page: PageInfo, t: TFunction): SafeHtml | '' {
  if (page.number === 1 && !page.hasNext) return '';
  const href = (number: number) => {
    const next = new URL(url);
    if (number === 1) next.searchParams.delete(PAGE_PARAM);
    else next.searchParams.set(PAGE_PARAM, String(number));
    return `${next.pathname}${next.search}`;
  };
  const numbers = pageNumbers(page);
  return html`<nav class="pager" aria-label="${t('pager.label')}">
${page.number > 1 ? html`<a href="${href(page.number - 1)}" rel="prev">← ${t('pager.previous')}</a>` : ''}
<span class="pages">${numbers.map((number, position) => {
    const gap =
      position > 0 && number - (numbers[position - 1] ?? number) > 1 ? html`<span aria-hidden="true">…</span> ` : '';
    return number === page.number
      ? html`${gap}<strong aria-current="page">${t('pager.page', { number })}</strong> `
      : html`${gap}<a href="${href(number)}">${number}</a> `;
  })}</span>
${page.hasNext ? html`<a href="${href(page.number + 1)}" rel="next">${t('pager.next')} →</a>` : ''}
</nav>`;
}

/** 1, the two pages either side of the current one, and the last when it is known. */
function pageNumbers(page: PageInfo): number[] {
  const last = page.last ?? page.number + (page.hasNext ? 1 : 0);
  const wanted = new Set([1, last]);
  for (let number = page.number - 2; number <= page.number + 2; number++) {
    if (number >= 1 && number <= last) wanted.add(number);
  }
  return [...wanted].sort((a, b) => a - b);
}
