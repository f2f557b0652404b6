import { SECRET } from './start-app-process.ts';

export type TextUpdate = { update_id: number; chatId: number; text: string };

/** A private-chat text update as Telegram sends it. */
export function textUpdate(updateId: number, chatId: number, text: string): string {
  return JSON.stringify({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Faults' },
      from: { id: chatId, is_bot: false, first_name: 'Faults', language_code: 'vi' },
      text,
    },
  });
}

export type Delivery = { acknowledged: Set<number>; refusals: number };

/**
 * Posts updates to the webhook(s) the way Telegram does: several at once, and an update that was
 * not answered 200 (refused, connection reset, timeout) is sent again a second later, until it is
 * acknowledged or the deadline passes. `targets` gives the webhook base(s) of each update.
 */
export async function deliverUpdates(
  updates: TextUpdate[],
  targets: (update: TextUpdate) => string[],
  options: {
    concurrency: number;
    deadline: number;
    /** Pause of each sender between two updates (spreads the traffic over time). */
    gapMs?: number;
    onAcknowledged?: (count: number) => void;
  },
): Promise<Delivery> {
  const acknowledged = new Set<number>();
  let refusals = 0;
  const queue = [...updates];
  const post = async (base: string, update: TextUpdate): Promise<boolean> => {
    const response = await fetch(`${base}/webhooks/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: textUpdate(update.update_id, update.chatId, update.text),
      signal: AbortSignal.timeout(10_000),
    }).catch(() => null);
    return response?.status === 200;
  };
  const worker = async () => {
    for (let update = queue.shift(); update; update = queue.shift()) {
      if (options.gapMs) await new Promise((resolve) => setTimeout(resolve, options.gapMs));
      while (Date.now() < options.deadline) {
        const results = await Promise.all(targets(update).map((base) => post(base, update)));
        if (results.some(Boolean)) {
          acknowledged.add(update.update_id);
          options.onAcknowledged?.(acknowledged.size);
          break;
        }
        refusals++;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { acknowledged, refusals };
}
