import { and, desc, eq } from 'drizzle-orm';
import type { Button, OutboundMessage } from '../channels.ts';
import type { Db } from '../db/client.ts';
import type { Language } from '../i18n/index.ts';
import { translator } from '../i18n/index.ts';
import type { Answerer } from '../kb/index.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import type { RequestRow } from '../tracker/index.ts';
import { requests, type TrackerContext } from '../tracker/index.ts';
import { contacts, messages } from './conversation-tables.ts';

export type ContactRow = typeof contacts.$inferSelect;

/** Everything handling one message needs; the database handle is the transaction it runs in. */
export type ChatContext = {
  db: Db;
  answerer: Answerer;
  tracker: TrackerContext;
  contact: ContactRow;
  language: Language;
  /** Now: when the bot acts. */
  at: Date;
  /** When the person sent the message being handled: a request's clock starts here. */
  messageAt: Date;
};

/** Sends a message to the person (through the outbox) and keeps it in the conversation. */
export async function say(
  context: ChatContext,
  kind: string,
  message: OutboundMessage,
  request: RequestRow | null = null,
): Promise<void> {
  const { db, contact, at } = context;
  await enqueueMessage(db, {
    channel: contact.channel,
    address: contact.address,
    contactId: contact.id,
    requestId: request?.id ?? null,
    kind,
    message,
  });
  await db.insert(messages).values({
    contactId: contact.id,
    requestId: request?.id ?? null,
    direction: 'out',
    author: 'bot',
    channel: contact.channel,
    kind: 'text',
    text: message.text,
    data: { kind, buttons: message.buttons ?? [] },
    sentAt: at,
  });
}

export function feedbackButtons(language: Language): Button[] {
  const t = translator(language);
  return [
    { label: t('chat.button_helpful'), action: { type: 'feedback', helpful: true } },
    { label: t('chat.button_not_helpful'), action: { type: 'feedback', helpful: false } },
  ];
}

export function ratingButtons(): Button[] {
  return ([1, 2, 3, 4, 5] as const).map((score) => ({ label: `${score}`, action: { type: 'rate', score } }));
}

/** The person's latest request, optionally only in one status. */
export async function latestRequest(db: Db, contactId: string, status?: string): Promise<RequestRow | null> {
  const [row] = await db
    .select()
    .from(requests)
    .where(
      status ? and(eq(requests.contactId, contactId), eq(requests.status, status)) : eq(requests.contactId, contactId),
    )
    .orderBy(desc(requests.id))
    .limit(1);
  return row ?? null;
}
