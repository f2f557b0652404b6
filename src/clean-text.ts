// PostgreSQL refuses U+0000 in text and jsonb, and a lone UTF-16 surrogate cannot be encoded as
// UTF-8 at all: either one in a name or a message made the database throw, and the channel
// resend the update forever. Every channel and form cleans what it received with this, once,
// at the edge, before anything is stored or searched.
const NUL = new RegExp(String.fromCharCode(0), 'g');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Every webhook update passes through here: most strings hold neither, and one test finds that.
const MAY_NEED_CLEANING = new RegExp(`${String.fromCharCode(0)}|[\uD800-\uDFFF]`);

/** The text without NUL characters, each unpaired surrogate replaced by U+FFFD (�). */
export function cleanText(text: string): string {
  if (!MAY_NEED_CLEANING.test(text)) return text;
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
  const cleaned: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const name = cleanText(key);
    // A JSON body may carry "__proto__" as a key: kept as data, as Object.fromEntries would.
    if (name === '__proto__')
      Object.defineProperty(cleaned, name, {
        value: cleanStrings(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else cleaned[name] = cleanStrings(item);
  }
  return cleaned;
}

// JSON bodies are plain objects; forms parsed by querystring have no prototype at all.
function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
