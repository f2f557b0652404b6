// The one escaping module of every page the app serves (public pages, staff inbox, web chat) and
// of the SVG charts. Escaping is the default: every value interpolated into html`…` is escaped
// unless it is SafeHtml (html`…` output itself, or markup the code generated and marked with
// `raw`), so text a person typed can never become markup by someone forgetting to escape it.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Markup that is safe to output as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

/** Tagged template: html`<p>${text}</p>` escapes `text`; false, null and undefined render nothing. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, position) => {
    out += stringify(value) + (strings[position + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Text as HTML text or a quoted attribute value (also valid XML, for SVG and the sitemap). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Only for markup the server generated itself (the QR code library's SVG), never for content. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Content URLs are checked by the content schema, but only http(s) or a path may ever become a link. */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) || (url.startsWith('/') && !url.startsWith('//')) ? url : '#';
}

/** JSON inside a <script> block: "<" and the JS line separators escaped so no string can close the block. */
export function jsonForScript(value: unknown): SafeHtml {
  return new SafeHtml(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}

function stringify(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number' || value === true) return escapeHtml(String(value));
  return value.map(stringify).join('');
}
