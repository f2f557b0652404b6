import postgres from 'postgres';
import type { RecordingBotApi } from './start-recording-bot-api.ts';

export type Outcome = {
  scenario: string;
  sent: number;
  acknowledged: number;
  stored: number;
  answered: number;
  lost: number;
  duplicated: number;
  notes: string[];
};

/**
 * What came out for what went in: `stored` inbound messages of the expected ids in the database,
 * `answered` chats that received a reply, `lost` chats expected to be answered that were not
 * (waiting up to `waitMs` for the outbox to finish), `duplicated` replies a chat received twice
 * (same text) plus inbound messages stored twice.
 */
export async function countOutcome(input: {
  scenario: string;
  databaseUrl: string;
  api: RecordingBotApi;
  /** update_id → chat of every update sent. */
  updates: Array<{ update_id: number; chatId: number }>;
  acknowledged: Set<number>;
  /** Chats that cannot be answered on purpose (blocked the bot). */
  unreachable?: Set<string>;
  waitMs: number;
  notes?: string[];
}): Promise<Outcome> {
  const expected = new Set(input.updates.map((update) => String(update.chatId)));
  for (const chat of input.unreachable ?? []) expected.delete(chat);
  const answeredChats = () =>
    new Set(input.api.sent.map((message) => message.chatId).filter((chat) => expected.has(chat)));
  const deadline = Date.now() + input.waitMs;
  while (answeredChats().size < expected.size && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 250));
  // A moment more: a duplicate would come just after.
  await new Promise((resolve) => setTimeout(resolve, 1500));

  const sql = postgres(input.databaseUrl, { max: 1, onnotice: () => {} });
  const ids = input.updates.map((update) => `m:${update.chatId}:${update.update_id}`);
  const [row] = await sql<Array<{ stored: number; copies: number }>>`
    select count(distinct channel_message_id)::int as stored, count(*)::int as copies
    from messages where channel = 'telegram' and direction = 'in' and channel_message_id = any(${ids})`;
  await sql.end({ timeout: 5 });
  const replies = new Map<string, number>();
  for (const message of input.api.sent) {
    const key = `${message.chatId}\u0000${message.text}`;
    replies.set(key, (replies.get(key) ?? 0) + 1);
  }
  const doubledReplies = [...replies.values()].filter((count) => count > 1).length;
  const answered = answeredChats().size;
  return {
    scenario: input.scenario,
    sent: input.updates.length,
    acknowledged: input.acknowledged.size,
    stored: row?.stored ?? 0,
    answered,
    lost: expected.size - answered + (input.updates.length - (row?.stored ?? 0)),
    duplicated: doubledReplies + ((row?.copies ?? 0) - (row?.stored ?? 0)),
    notes: input.notes ?? [],
  };
}
