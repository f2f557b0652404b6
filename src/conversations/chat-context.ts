import type { OutboundMessage } from '../channels.ts';
import type { Db } from '../db/client.ts';
import type { Language } from '../i18n/index.ts';
import type { Answerer } from '../kb/index.ts';
import type { RequestRow, TrackerContext } from '../tracker/index.ts';
import { contacts } from './conversation-tables.ts';
import type { DialogueState, Offer } from './dialogue-state.ts';
import { speak } from './voice.ts';

export type ContactRow = typeof contacts.$inferSelect;

/** Everything handling one message needs; the database handle is the transaction it runs in. */
export type ChatContext = {
  db: Db;
  answerer: Answerer;
  tracker: TrackerContext;
  contact: ContactRow;
  /** The language of this exchange: detected from the message, else the person's. */
  language: Language;
  /** Where the conversation stands; changed in place and saved after the message. */
  dialogue: DialogueState;
  /** The stored inbound message being handled. */
  messageId: number;
  /** Now: when the bot acts. */
  at: Date;
  /** When the person sent the message being handled: a request's clock starts here. */
  messageAt: Date;
  /**
   * The person's case with staff (findOpenCase), read for the whole batch at once and kept current
   * from the tracker's events; read again only when an event made it uncertain.
   */
  openCase(): Promise<RequestRow | null>;
  /** The request the message being handled belongs to (linkMessage); written when the batch ends. */
  requestId: number | null;
};

/**
 * The bot says something in this conversation (through the one voice). Buttons offered are
 * remembered, so a typed number answers them on channels that show them as a numbered list.
 */
export async function say(
  context: ChatContext,
  kind: string,
  message: OutboundMessage,
  requestId: number | null = null,
  offer: Partial<Offer> = {},
): Promise<void> {
  const { contact } = context;
  await speak(
    context.db,
    { contactId: contact.id, channel: contact.channel, address: contact.address, requestId },
    { kind, message, at: context.at },
  );
  if (message.buttons && message.buttons.length > 0) {
    context.dialogue.offer = {
      actions: message.buttons.map((button) => button.action),
      requestId: offer.requestId ?? requestId,
      confirmId: offer.confirmId ?? null,
      question: offer.question ?? null,
      at: context.at,
    };
  }
}
