import type { ChannelCore, InboundMessage } from '../channels.ts';
import { processPendingMessages, type ProcessDeps, type WorkerShare } from './process-pending-messages.ts';
import { receiveMessage } from './receive-message.ts';

export type ChatCore = ChannelCore & {
  /** Processes whatever is stored and not yet processed (also what a crash left behind). */
  drain(): Promise<number>;
};

/**
 * Workers on PostgreSQL (the pool has 10 connections; the webhooks and the other tasks keep the rest).
 * bench:ingest on 2 cores: see the README's Measured table.
 */
export const POSTGRES_WORKERS = 4;

export type ChatCoreOptions = {
  /**
   * Batches answered at once, each worker taking its share of the people (so one person's messages
   * stay in order). On PostgreSQL several overlap one batch's round trips with another's search;
   * embedded PGlite runs one statement at a time, so 1 there.
   */
  workers?: number;
};

/**
 * What channels call. `receive` stores the message and returns at once (channels acknowledge
 * their webhook then); processing follows in the background, one run at a time per instance,
 * on `workers` workers.
 */
export function createChatCore(deps: ProcessDeps, options: ChatCoreOptions = {}): ChatCore {
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  const shares: (WorkerShare | undefined)[] =
    workers === 1 ? [undefined] : Array.from({ length: workers }, (_, worker) => ({ worker, of: workers }));
  let running: Promise<number> | null = null;
  let again = false;
  const drain = async (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        const done = await Promise.all(shares.map((share) => processPendingMessages(deps, undefined, share)));
        total += done.reduce((sum, count) => sum + count, 0);
      } while (again);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  };
  return {
    async receive(message: InboundMessage) {
      const stored = await receiveMessage(deps.db, message);
      if (!stored.duplicate) {
        drain().catch((error: unknown) => deps.logger.error({ err: error }, 'processing inbound messages failed'));
      }
      return { duplicate: stored.duplicate };
    },
    drain,
  };
}
