import { sql } from 'drizzle-orm';
import type { InboundMessage } from '../channels.ts';
import type { Db } from '../db/client.ts';

export type Received = { duplicate: boolean; messageId: number | null };

/**
 * Stores an inbound message once: a redelivered update (same channel message id) changes nothing.
 * Processing happens afterwards from the stored row, so a crash between storing and replying
 * loses nothing: the unprocessed row is picked up again.
 */
export async function receiveMessage(db: Db, message: InboundMessage): Promise<Received> {
  const [received] = await receiveMessages(db, [message]);
  if (!received) throw new Error('receiveMessages: no result for the message');
  return received;
}

/**
 * Stores several inbound messages in one statement (the contact upserts as a data-modifying CTE
 * feeding the message inserts), atomic like a transaction; one result per message, in the order
 * given. The messages travel as one jsonb parameter, so the statement's text is the same for any
 * number of them and stays prepared.
 *
 * - A person with several messages is upserted once (from their latest message): ON CONFLICT DO
 *   UPDATE may not touch a row twice in one statement.
 * - Contacts are upserted in (channel, address) order, so two statements running at once lock
 *   them in the same order and cannot deadlock on them.
 * - Messages get their ids in the order given. A message given twice (a resent copy arriving with
 *   its original) is stored once: the first is stored, the later ones are duplicates.
 */
export async function receiveMessages(db: Db, given: readonly InboundMessage[]): Promise<Received[]> {
  if (given.length === 0) return [];
  const rows = given.map((message) => ({
    channel: message.channel,
    address: message.address,
    display_name: message.displayName ?? null,
    language: message.languageHint?.toLowerCase().startsWith('en') ? 'en' : 'vi',
    sent_at: message.sentAt.toISOString(),
    channel_message_id: message.channelMessageId,
    kind: message.content.type,
    text: textOf(message),
    data: message.content,
  }));
  const result: unknown = await db.execute(sql`
    with given as (
      select * from rows from (jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as (
        channel text, address text, display_name text, language text, sent_at timestamptz,
        channel_message_id text, kind text, text text, data jsonb
      )) with ordinality as given (channel, address, display_name, language, sent_at, channel_message_id, kind, text, data, position)
    ),
    person as (
      select distinct on (channel, address) channel, address, display_name, language, sent_at
      from given
      order by channel, address, sent_at desc, position desc
    ),
    contact as (
      insert into contacts (channel, address, display_name, language, last_inbound_at)
      select channel, address, display_name, language, sent_at from person
      order by channel, address
      on conflict (channel, address) do update set
        last_inbound_at = greatest(contacts.last_inbound_at, excluded.last_inbound_at),
        display_name = coalesce(excluded.display_name, contacts.display_name),
        -- A person who writes again can be reached again (unblocked, new Zalo window).
        unreachable_reason = null,
        unreachable_at = null
      returning id, channel, address
    )
    insert into messages (contact_id, direction, author, channel, channel_message_id, kind, text, data, sent_at)
    select contact.id, 'in', 'person', given.channel, given.channel_message_id, given.kind, given.text, given.data, given.sent_at
    from given join contact on contact.channel = given.channel and contact.address = given.address
    order by given.position
    on conflict (channel, channel_message_id) do nothing
    returning id, channel, channel_message_id`);
  const stored = new Map<string, number>();
  for (const row of rowsOf(result)) {
    const id = Number(row.id);
    if (Number.isSafeInteger(id)) stored.set(keyOf(String(row.channel), String(row.channel_message_id)), id);
  }
  // The first of several copies in one call takes the id; the others are duplicates.
  return given.map((message) => {
    const key = keyOf(message.channel, message.channelMessageId);
    const id = stored.get(key);
    stored.delete(key);
    return id === undefined ? { duplicate: true, messageId: null } : { duplicate: false, messageId: id };
  });
}

function keyOf(channel: string, channelMessageId: string): string {
  return `${channel}\u0000${channelMessageId}`;
}

function textOf(message: InboundMessage): string {
  const content = message.content;
  if (content.type === 'text') return content.text.slice(0, 4000);
  if (content.type === 'attachment') return content.caption?.slice(0, 4000) ?? '';
  return '';
}

/** postgres.js returns the rows as an array, PGlite as `{ rows }`. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  const rows: unknown = Array.isArray(result)
    ? result
    : typeof result === 'object' && result !== null && 'rows' in result
      ? result.rows
      : [];
  return Array.isArray(rows)
    ? rows.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null)
    : [];
}
