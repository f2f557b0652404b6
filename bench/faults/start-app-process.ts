import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './start-throwaway-postgres.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TOKEN = '7000000001:FAULTS-token-for-the-fake-bot-api';
export const SECRET = 'faults-webhook-secret-0123456789';

export type AppProcess = {
  name: string;
  base: string;
  pid: number;
  /** Sends the signal and waits for the process to end. */
  kill(signal: NodeJS.Signals): Promise<void>;
  exited: boolean;
};

/**
 * The real app (src/main.ts) as its own process — a kill -9 kills it, not the harness — with
 * Telegram in webhook mode against the fake Bot API. Resolves once /healthz answers 200.
 */
export async function startAppProcess(options: {
  name: string;
  databaseUrl: string;
  apiRoot: string;
  dataDir: string;
  logDir: string;
  port?: number;
  env?: Record<string, string>;
}): Promise<AppProcess> {
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const log = createWriteStream(path.join(options.logDir, `${options.name}.log`), { flags: 'a' });
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: options.apiRoot,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Both streams write to one log: neither may end it (the second would write after the end),
  // so it ends when the process has closed both.
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.once('close', () => log.end());
  const app: AppProcess = {
    name: options.name,
    base,
    pid: child.pid ?? 0,
    exited: false,
    kill: (signal) =>
      new Promise((resolve) => {
        if (app.exited) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
  child.once('exit', () => {
    app.exited = true;
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (app.exited)
      throw new Error(`${options.name} exited during start-up: see ${options.logDir}/${options.name}.log`);
    const up = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(1000) }).catch(() => null);
    if (up?.status === 200) return app;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await app.kill('SIGKILL');
  throw new Error(`${options.name} did not become healthy within 90 s`);
}
