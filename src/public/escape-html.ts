// The one escape function of the public pages. Every value interpolated into `html` goes through
// it unless it is already SafeHtml (markup built by `html` itself, or trusted generated markup
// marked with `raw`), so forgetting to escape is not possible by construction.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Markup that is safe to output as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; false, null and undefined render nothing. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, position) => {
    out += stringify(value) + (strings[position + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Only for markup the server generated itself (the QR code library's SVG), never for content. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Content URLs are checked by the content schema, but only http(s) may ever become a link. */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) || url.startsWith('/') ? url : '#';
}

function stringify(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number' || value === true) return escapeHtml(String(value));
  return value.map(stringify).join('');
}
