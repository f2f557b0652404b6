import { pino, type Logger } from 'pino';

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

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact, base: undefined }, destination);
}
