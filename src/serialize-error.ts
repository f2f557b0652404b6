/**
 * What the log keeps of an error: its type, message, stack and a few diagnostic fields, never
 * the data it was about. drizzle puts every query parameter in its message ("Failed query: …
 * params: <names, phone numbers, message texts>"), PostgreSQL's `detail` repeats key values,
 * body-parser errors carry the raw body and Telegraf's the request payload, so fields are kept
 * by an allow-list and query parameters are cut from the message and the stack.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === 'object' && error !== null ? '[non-error object]' : error;
  const out: Record<string, unknown> = {
    type: error.constructor.name,
    message: withoutParameters(error.message),
    stack: withoutParameters(error.stack ?? ''),
  };
  for (const key of KEPT) {
    const value: unknown = Reflect.get(error, key);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  if (error.cause !== undefined && depth < 5) out.cause = serializeError(error.cause, depth + 1);
  return out;
}

// Fields that say what went wrong and where, never with which values.
const KEPT = [
  'code',
  'errno',
  'syscall',
  'status',
  'statusCode',
  'severity',
  'routine',
  'constraint_name',
  'constraint',
  'table_name',
  'table',
  'column_name',
  'column',
  'schema_name',
  'error_code',
  'description',
  'type',
];

// drizzle: "Failed query: <sql>\nparams: a,b,c"; anything after "params:" is data. PostgreSQL
// quotes the offending value in "invalid input syntax for type uuid: "…"".
function withoutParameters(text: string): string {
  return text
    .replace(/\nparams:[\s\S]*?(?=\n\s+at |$)/, '\nparams: [not logged]')
    .replace(/(for type [\w ]+): "[^\n]*"/g, '$1: [value not logged]');
}
