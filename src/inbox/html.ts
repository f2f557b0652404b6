// Server-rendered HTML where escaping is the default: every value interpolated into html`…` is
// escaped unless it is itself html`…` output. Text a person typed can never run in a staff browser.
const SAFE = Symbol('safe-html');

export type SafeHtml = { readonly [SAFE]: true; readonly value: string };

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { [SAFE]: true, value: out };
}

/** Trusted markup built by the code itself (an SVG chart), never text from a person. */
export function trusted(markup: string): SafeHtml {
  return { [SAFE]: true, value: markup };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && SAFE in value) return value.value;
  return escapeHtml(String(value));
}
