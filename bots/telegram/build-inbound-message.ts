import type { User } from 'telegraf/types';
import type { InboundContent, InboundMessage } from '../../src/channels.ts';

/** The parts of a Telegram message the core hears about; every message type has them. */
type SourceMessage = { message_id: number; date: number; chat: { id: number }; from?: User };

export type InboundSource =
  | { kind: 'message'; message: SourceMessage }
  /** An edit is a new message for the core: it gets its own id, stable for that edit. */
  | { kind: 'edited'; message: SourceMessage & { edit_date: number } }
  /** A tapped button: the query has no date of its own, so the time it reached us. */
  | { kind: 'callback'; query: { id: string; from: User; message?: { chat: { id: number } } }; receivedAt: Date };

/**
 * The channel-neutral message for a Telegram update. Ids are built from what Telegram resends
 * unchanged, so a redelivered update gets the same channelMessageId and the core drops it.
 */
export function buildInboundMessage(source: InboundSource, content: InboundContent): InboundMessage {
  const from = source.kind === 'callback' ? source.query.from : source.message.from;
  return {
    channel: 'telegram',
    channelMessageId: channelMessageIdOf(source),
    address: String(addressOf(source)),
    ...(from ? person(from) : {}),
    sentAt: sentAtOf(source),
    content,
  };
}

function channelMessageIdOf(source: InboundSource): string {
  switch (source.kind) {
    case 'message':
      return `m:${source.message.chat.id}:${source.message.message_id}`;
    case 'edited':
      return `e:${source.message.chat.id}:${source.message.message_id}:${source.message.edit_date}`;
    case 'callback':
      return `cb:${source.query.id}`;
  }
}

// Replies go to the chat, which is the person in a private chat and the group in a group. A
// button on an inline-mode message has no chat: the person's own id reaches them privately.
function addressOf(source: InboundSource): number {
  if (source.kind !== 'callback') return source.message.chat.id;
  return source.query.message?.chat.id ?? source.query.from.id;
}

function sentAtOf(source: InboundSource): Date {
  switch (source.kind) {
    case 'message':
      return new Date(source.message.date * 1000);
    case 'edited':
      return new Date(source.message.edit_date * 1000);
    case 'callback':
      return source.receivedAt;
  }
}

function person(from: User): Pick<InboundMessage, 'displayName' | 'languageHint'> {
  const displayName = [from.first_name, from.last_name].filter(Boolean).join(' ').trim();
  return {
    ...(displayName ? { displayName } : {}),
    ...(from.language_code ? { languageHint: from.language_code } : {}),
  };
}
