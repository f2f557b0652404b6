// PostgreSQL refuses U+0000 in text and jsonb, and a lone UTF-16 surrogate cannot be encoded as
// UTF-8 at all: either one in a name or a message made the database throw, and the channel
// resend the update forever. Every channel and form cleans what it received with this, once,
// at the edge, before anything is stored or searched.
const NUL = new RegExp(String.fromCharCode(0), 'g');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without NUL characters, each unpaired surrogate replaced by U+FFFD (�). */
export function cleanText(text: string): string {
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** cleanText on every string (keys too) of a parsed JSON body or form; other values are kept. */
export function cleanStrings<T>(value: T): T;
export function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map((item) => cleanStrings(item));
  if (typeof value !== 'object' || value === null || !isPlainObject(value)) {
    return value;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [cleanText(key), cleanStrings(item)]));
}

// JSON bodies are plain objects; forms parsed by querystring have no prototype at all.
function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
