import type { ChannelCore, InboundMessage } from '../channels.ts';
import { BATCH, processPendingMessages, type ProcessDeps, type WorkerShare } from './process-pending-messages.ts';
import { createReceiveQueue } from './receive-queue.ts';

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
 * Storing comes first. While this many webhook requests are waiting to store their message (a
 * burst: Telegram opens up to 40 connections and resends what is not acknowledged quickly),
 * answering gives way: after a batch, all the workers pause six times as long as it took, so the
 * webhooks get about six sevenths of the instance and the backlog is answered as the burst eases.
 * Below it (ordinary traffic, where two webhooks rarely overlap) answering never waits.
 * bench:ingest on 2 cores: BURST 4 and a pause of 3× gave 0.71–0.79 of a bare INSERT; 2 and 6×
 * gave 0.81.
 */
const BURST = 2;
const GIVE_WAY_RATIO = 6;
const LONGEST_PAUSE_MS = 2_000;

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
  let storing = 0;
  // When the workers may claim their next batch: shared, so in a burst they pause together.
  let resumeAt = 0;
  const inbound = createReceiveQueue(deps.db);
  /** One worker's run: a batch at a time, giving way to the webhooks in a burst. */
  const work = async (share: WorkerShare | undefined): Promise<number> => {
    let done = 0;
    for (;;) {
      const wait = resumeAt - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const started = performance.now();
      const count = await processPendingMessages(deps, BATCH, share);
      if (count === 0) return done;
      done += count;
      if (storing >= BURST) {
        const now = performance.now();
        resumeAt = Math.max(resumeAt, now + Math.min((now - started) * GIVE_WAY_RATIO, LONGEST_PAUSE_MS));
      }
    }
  };
  const drain = async (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        const done = await Promise.all(shares.map(work));
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
      storing++;
      const stored = await inbound.receive(message).finally(() => {
        storing--;
      });
      if (!stored.duplicate) {
        drain().catch((error: unknown) => deps.logger.error({ err: error }, 'processing inbound messages failed'));
      }
      return { duplicate: stored.duplicate };
    },
    drain,
  };
}
