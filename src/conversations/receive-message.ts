import { sql } from 'drizzle-orm';
import type { InboundMessage } from '../channels.ts';
import type { Db } from '../db/client.ts';

/**
 * Stores an inbound message once: a redelivered update (same channel message id) changes nothing.
 * Processing happens afterwards from the stored row, so a crash between storing and replying
 * loses nothing: the unprocessed row is picked up again.
 *
 * One statement (the contact upsert as a data-modifying CTE feeding the message insert): atomic
 * like a transaction, but one round trip instead of four — this is the webhook's hot path
 * (bench:ingest measured 0.29 → 0.42–0.56 of a bare INSERT endpoint).
 */
export async function receiveMessage(
  db: Db,
  message: InboundMessage,
): Promise<{ duplicate: boolean; messageId: number | null }> {
  const language = message.languageHint?.toLowerCase().startsWith('en') ? 'en' : 'vi';
  const sentAt = message.sentAt.toISOString();
  const result: unknown = await db.execute(sql`
    with contact as (
      insert into contacts (channel, address, display_name, language, last_inbound_at)
      values (${message.channel}, ${message.address}, ${message.displayName ?? null}, ${language}, ${sentAt}::timestamptz)
      on conflict (channel, address) do update set
        last_inbound_at = greatest(contacts.last_inbound_at, excluded.last_inbound_at),
        display_name = coalesce(excluded.display_name, contacts.display_name),
        -- A person who writes again can be reached again (unblocked, new Zalo window).
        unreachable_reason = null,
        unreachable_at = null
      returning id
    )
    insert into messages (contact_id, direction, author, channel, channel_message_id, kind, text, data, sent_at)
    select id, 'in', 'person', ${message.channel}, ${message.channelMessageId}, ${message.content.type}, ${textOf(message)}, ${JSON.stringify(message.content)}::jsonb, ${sentAt}::timestamptz
    from contact
    on conflict (channel, channel_message_id) do nothing
    returning id`);
  const id = firstId(result);
  return { duplicate: id === null, messageId: id };
}

function textOf(message: InboundMessage): string {
  const content = message.content;
  if (content.type === 'text') return content.text.slice(0, 4000);
  if (content.type === 'attachment') return content.caption?.slice(0, 4000) ?? '';
  return '';
}

/** postgres.js returns the rows as an array, PGlite as `{ rows }`. */
function firstId(result: unknown): number | null {
  const rows: unknown = Array.isArray(result)
    ? result
    : typeof result === 'object' && result !== null && 'rows' in result
      ? result.rows
      : [];
  const first: unknown = Array.isArray(rows) ? rows[0] : undefined;
  if (typeof first !== 'object' || first === null || !('id' in first)) return null;
  const id = Number(first.id);
  return Number.isSafeInteger(id) ? id : null;
}
