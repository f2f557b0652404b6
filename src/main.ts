// Composition root: the only file in src/ that will wire channels (bots/) to the core.
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { ContentError, openKnowledge } from './kb/index.ts';
import { recordContentVersion } from './kb/record-content-version.ts';
import { createLogger } from './logger.ts';
import { createServer } from './server.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const baseUrl = config.PUBLIC_URL?.replace(/\/$/, '') ?? `http://localhost:${config.PORT}`;

  const answerer = await openKnowledge(config.CONTENT_DIR, { baseUrl });
  logger.info({ content: answerer.kb.hash, procedures: answerer.kb.procedures.length, documents: answerer.kb.documents.length }, 'knowledge base loaded');

  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  logger.info({ kind: database.kind, location: database.location }, 'database ready');
  await recordContentVersion(database.db, answerer.kb);

  const app = createServer({ database, answerer, logger });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.PORT, config.HOST, () => resolve(listening));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const local = `http://localhost:${port}`;
  console.log(
    [
      '',
      `hoidap is running (${database.kind === 'pglite' ? `embedded database in ${database.location}` : 'PostgreSQL'})`,
      `  Ask the bot:  curl -s ${local}/api/ask -H 'content-type: application/json' -d '{"question":"xin giấy phép lao động cần gì"}'`,
      `  Health:       ${local}/healthz`,
      '  Telegram:     off (set TELEGRAM_BOT_TOKEN)',
      '  Zalo:         off (set ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY)',
      '',
    ].join('\n'),
  );

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      void database.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ContentError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
