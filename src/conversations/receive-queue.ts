import type { InboundMessage } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { receiveMessage, receiveMessages, type Received } from './receive-message.ts';

export type ReceiveQueue = { receive(message: InboundMessage): Promise<Received> };

type Waiting = { message: InboundMessage; resolve(received: Received): void; reject(error: unknown): void };

/**
 * Group commit for the webhooks. A message is stored at once when no statement is storing;
 * messages that arrive while `statements` are under way wait for one of them to finish and then
 * go in together, up to `largest` in one statement (receiveMessages). Ordinary traffic waits for
 * nothing; a burst (Telegram opens up to 40 connections) costs one statement per group instead of
 * one per message, which is most of what storing a message cost the database and the app.
 *
 * Each caller still learns its own outcome (stored or a duplicate) and is acknowledged only once
 * its message is stored. A statement that fails is retried one message at a time, so a message
 * that cannot be stored fails alone rather than taking its group with it.
 */
export function createReceiveQueue(db: Db, options: { statements?: number; largest?: number } = {}): ReceiveQueue {
  const statements = Math.max(1, options.statements ?? 2);
  const largest = Math.max(1, options.largest ?? 200);
  const waiting: Waiting[] = [];
  let running = 0;

  const store = async (group: Waiting[]): Promise<void> => {
    try {
      const results = await receiveMessages(
        db,
        group.map((item) => item.message),
      );
      group.forEach((item, index) => {
        const result = results[index];
        if (result) item.resolve(result);
        else item.reject(new Error('receiveMessages: no result for the message'));
      });
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(error);
        return;
      }
      for (const item of group) {
        try {
          item.resolve(await receiveMessage(db, item.message));
        } catch (alone) {
          item.reject(alone);
        }
      }
    }
  };

  const pump = (): void => {
    while (running < statements && waiting.length > 0) {
      const group = waiting.splice(0, largest);
      running++;
      void store(group).finally(() => {
        running--;
        pump();
      });
    }
  };

  return {
    receive(message) {
      return new Promise<Received>((resolve, reject) => {
        waiting.push({ message, resolve, reject });
        pump();
      });
    },
  };
}
