import { pino, type Logger } from 'pino';
import { serializeError } from './serialize-error.ts';

export type { Logger };

// Secrets never reach the log: anything under these keys is replaced before it is written.
const redact = [
  '*.token',
  '*.password',
  '*.secret',
  '*.access_token',
  '*.refresh_token',
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
];

/** Errors are logged through serializeError: what failed and where, never the query's values. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, redact, base: undefined, serializers: { err: serializeError, error: serializeError } },
    destination,
  );
}
