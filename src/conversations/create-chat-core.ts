import type { ChannelCore, InboundMessage } from '../channels.ts';
import { processPendingMessages, type ProcessDeps } from './process-pending-messages.ts';
import { receiveMessage } from './receive-message.ts';

export type ChatCore = ChannelCore & {
  /** Processes whatever is stored and not yet processed (also what a crash left behind). */
  drain(): Promise<number>;
};

/**
 * What channels call. `receive` stores the message and returns at once (channels acknowledge
 * their webhook then); processing follows in the background, one run at a time per instance.
 */
export function createChatCore(deps: ProcessDeps): ChatCore {
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
        total += await processPendingMessages(deps);
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
