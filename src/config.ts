import { z } from 'zod';

// Every setting comes from the environment, validated once at start-up. A wrong value stops
// the process with one line per variable: its name, what is wrong and what is expected.
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    PUBLIC_URL: z.url().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')
        .optional(),
    ),
    DATA_DIR: z.string().default('./data'),
    CONTENT_DIR: z.string().default('./content'),
    /** Closed cases older than this many days are anonymised (Decree 13/2023); 0 keeps them. */
    RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(730),
    /** The largest photo or file kept, in MB. At most 20: the Telegram Bot API downloads nothing larger. */
    ATTACHMENT_MAX_MB: z.coerce.number().min(0.1).max(20).default(10),
    /** Where requests no procedure routes go: the one-stop centre that receives everything (R2). */
    DEFAULT_AGENCY: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'an agency id from content/agencies.yaml')
      .default('trung-tam-phuc-vu-hcc'),

    // Telegram: off unless a token is set.
    TELEGRAM_BOT_TOKEN: optionalString.pipe(
      z
        .string()
        .regex(/^\d+:[\w-]{20,}$/, 'a bot token from @BotFather (123456:ABC…)')
        .optional(),
    ),
    TELEGRAM_MODE: z.enum(['polling', 'webhook']).default('polling'),
    TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, '16–256 characters A-Z a-z 0-9 _ -')
        .optional(),
    ),
    TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),

    // Zalo Official Account: off unless all three are set.
    ZALO_APP_ID: optionalString,
    ZALO_APP_SECRET: optionalString,
    ZALO_OA_SECRET_KEY: optionalString,
    ZALO_OA_ID: optionalString,
    ZALO_API_BASE: z.url().default('https://openapi.zalo.me'),
    ZALO_OAUTH_BASE: z.url().default('https://oauth.zaloapp.com'),
  })
  .superRefine((config, context) => {
    if (config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_MODE === 'webhook' && !config.TELEGRAM_WEBHOOK_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'required when TELEGRAM_MODE=webhook',
      });
    }
    if (config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_MODE === 'webhook' && !config.PUBLIC_URL) {
      context.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: 'required when TELEGRAM_MODE=webhook (the https address Telegram posts to)',
      });
    }
    const zalo = [config.ZALO_APP_ID, config.ZALO_APP_SECRET, config.ZALO_OA_SECRET_KEY].filter(Boolean).length;
    if (zalo > 0 && zalo < 3) {
      for (const name of ['ZALO_APP_ID', 'ZALO_APP_SECRET', 'ZALO_OA_SECRET_KEY'] as const) {
        if (!config[name])
          context.addIssue({
            code: 'custom',
            path: [name],
            message: 'set all of ZALO_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY, or none',
          });
      }
    }
  });

export type Config = z.infer<typeof configSchema>;

const SECRET_NAME = /TOKEN|SECRET|KEY|PASSWORD|DATABASE_URL/;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  ${line}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.');
    // Secrets are never echoed, not even when they are wrong.
    const shown = SECRET_NAME.test(name) && env[name] ? '(value hidden)' : JSON.stringify(env[name] ?? null);
    return `${name}: ${issue.message} (got ${shown})`;
  });
  throw new ConfigError(problems);
}

/** The address people reach the app at, without a trailing slash: PUBLIC_URL, or localhost while it is unset. */
export function baseUrlOf(config: Config): string {
  return config.PUBLIC_URL?.replace(/\/+$/, '') ?? `http://localhost:${config.PORT}`;
}

/** For the command-line tools: the same settings as the app, or its one-line-per-variable message and exit code 2. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
