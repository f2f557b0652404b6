import { sql } from 'drizzle-orm';
import type { InboundMessage } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { contacts, messages } from './conversation-tables.ts';

/**
 * Stores an inbound message once: a redelivered update (same channel message id) changes nothing.
 * Processing happens afterwards from the stored row, so a crash between storing and replying
 * loses nothing: the unprocessed row is picked up again.
 */
export async function receiveMessage(db: Db, message: InboundMessage): Promise<{ duplicate: boolean; messageId: number | null }> {
  return db.transaction(async (tx) => {
    const language = message.languageHint?.toLowerCase().startsWith('en') ? 'en' : 'vi';
    const [contact] = await tx
      .insert(contacts)
      .values({ channel: message.channel, address: message.address, displayName: message.displayName ?? null, language, lastInboundAt: message.sentAt })
      .onConflictDoUpdate({
        target: [contacts.channel, contacts.address],
        set: {
          lastInboundAt: sql`greatest(${contacts.lastInboundAt}, excluded.last_inbound_at)`,
          displayName: sql`coalesce(excluded.display_name, ${contacts.displayName})`,
          // A person who writes again can be reached again (unblocked, new Zalo window).
          unreachableReason: null,
          unreachableAt: null,
        },
      })
      .returning({ id: contacts.id });
    if (!contact) throw new Error('contact upsert returned nothing');
    const [stored] = await tx
      .insert(messages)
      .values({
        contactId: contact.id,
        direction: 'in',
        author: 'person',
        channel: message.channel,
        channelMessageId: message.channelMessageId,
        kind: message.content.type,
        text: textOf(message),
        data: message.content,
        sentAt: message.sentAt,
      })
      .onConflictDoNothing({ target: [messages.channel, messages.channelMessageId] })
      .returning({ id: messages.id });
    return { duplicate: !stored, messageId: stored?.id ?? null };
  });
}

function textOf(message: InboundMessage): string {
  const content = message.content;
  if (content.type === 'text') return content.text.slice(0, 4000);
  if (content.type === 'attachment') return content.caption?.slice(0, 4000) ?? '';
  return '';
}
