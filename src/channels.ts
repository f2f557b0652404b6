// The channel-neutral contract between the core and the chat channels (bots/). Channels translate
// their updates into InboundMessage and deliver OutboundMessage; the core never imports a channel.

/** Channels people chat on. Requests taken by staff (phone, email, letter, counter) use IntakeChannel. */
export type ChatChannel = 'telegram' | 'zalo' | 'web';
export type IntakeChannel = 'phone' | 'email' | 'letter' | 'in_person' | 'public_form';
export type Channel = ChatChannel | IntakeChannel;

export const CHAT_CHANNELS: readonly ChatChannel[] = ['telegram', 'zalo', 'web'];

/** Whether a channel has a chat the bot writes to (the website form and staff intake have none). */
export function isChatChannel(channel: string): channel is ChatChannel {
  return CHAT_CHANNELS.some((candidate) => candidate === channel);
}

/** Something a person can tap instead of typing: the core understands these without parsing text. */
export type Action =
  | { type: 'start'; payload?: string } // first contact or a deep link (`/start P16`)
  | { type: 'help' }
  | { type: 'language'; language?: 'vi' | 'en' } // no language: offer the choice
  | { type: 'person' } // talk to a person
  | { type: 'my_cases' }
  | { type: 'choose'; id: string } // a choice offered by "clarify"
  | { type: 'confirm'; yes: boolean } // "Bạn hỏi về thủ tục X?" Có / Không
  | { type: 'requester'; business: boolean } // the person says they ask for a business (or not)
  | { type: 'feedback'; helpful: boolean } // 👍 / 👎 on the last bot answer
  | { type: 'rate'; score: 1 | 2 | 3 | 4 | 5 }; // satisfaction

export type AttachmentKind = 'photo' | 'file' | 'voice' | 'video' | 'sticker' | 'location' | 'other';

export type InboundContent =
  | { type: 'text'; text: string }
  | { type: 'action'; action: Action }
  /** `reference`: what the channel fetches the file by (Telegram's file_id, Zalo's URL); `name`: the file's own name. */
  | { type: 'attachment'; kind: AttachmentKind; caption?: string; reference?: string; name?: string };

export type InboundMessage = {
  channel: ChatChannel;
  /** Unique per channel; a redelivered update carries the same id and changes nothing. */
  channelMessageId: string;
  /** The person's id on that channel, as a string (Zalo ids exceed 2^53). */
  address: string;
  displayName?: string;
  /** The channel's guess of the person's language (Telegram's language_code). */
  languageHint?: string;
  sentAt: Date;
  content: InboundContent;
};

export type Button = { label: string; action: Action };

/** A file sent with a message (a staff reply): what is stored in the outbox; the bytes stay in the attachments table. */
export type OutboundAttachment = { id: number; kind: 'photo' | 'file'; mimeType: string; name: string };

/** The file as a channel sends it: its bytes, and its public address where a channel fetches pictures by address. */
export type OutboundFile = OutboundAttachment & { bytes: Uint8Array; publicUrl?: string };

/** One message to one person. `text` may exceed a channel's limit: the channel splits it. */
export type OutboundMessage = { text: string; buttons?: Button[]; attachment?: OutboundAttachment };

/**
 * Which files a channel can send a person: types (MIME) and the largest size; `byAddress` when the
 * channel fetches a picture from a public address instead of taking its bytes (Zalo's media message).
 */
export type FileSending = { types: readonly string[]; maxBytes: number; byAddress?: boolean };

export type DeliveryResult =
  | { ok: true; channelMessageId?: string }
  /** Temporary: try again after `retryAfterMs` (rate limit, 5xx, network). */
  | { ok: false; permanent: false; reason: string; retryAfterMs?: number }
  /** Permanent: the person blocked the bot or the channel's window closed; the contact is marked unreachable. */
  | { ok: false; permanent: true; reason: string };

/** A channel's answer to "fetch this attachment": the bytes, or why not (and whether trying again may help). */
export type FetchResult =
  | { ok: true; bytes: Uint8Array; name?: string }
  /** Larger than the limit asked for (or than the channel lets a bot download): refused, not retried. */
  | { ok: false; tooLarge: true }
  | { ok: false; tooLarge?: false; permanent: boolean; reason: string };

/** What the outbox worker needs of a channel. */
export type ChannelSender = {
  channel: ChatChannel;
  /** Messages per second this channel may send in total and to one person. */
  limits: { perSecond: number; perAddressPerSecond: number };
  /** `file`: the message's attachment, read by the outbox worker (absent when the message has none). */
  send(address: string, message: OutboundMessage, file?: OutboundFile): Promise<DeliveryResult>;
  /** The files staff can send back on this channel; absent: none. */
  sendsFiles?: FileSending;
  /** After a message is recorded as sent: the web chat tells the person's open page to fetch it. */
  afterSent?(address: string): Promise<void>;
  /**
   * Fetches a file a person sent by the reference the channel gave in the message (never more
   * than `maxBytes`). Absent on a channel whose files arrive with the message (the web chat).
   */
  fetchAttachment?(reference: string, maxBytes: number): Promise<FetchResult>;
};

/** An update the app cannot use, kept aside with the reason instead of being retried forever. */
export type RejectedUpdate = { channel: ChatChannel; reason: string; payload: unknown; address?: string };

/** A file that comes with its message (the web chat's upload), kept with it in one transaction. */
export type InboundFile = { bytes: Uint8Array; name: string };

/** What the conversations offer: store an inbound message once, then process it. */
export type ChannelCore = {
  /**
   * Persists the message (idempotent on channel + channelMessageId); `duplicate` when it was already
   * stored. A `file` is stored with it (`attachmentId`), or neither is.
   */
  receive(message: InboundMessage, file?: InboundFile): Promise<{ duplicate: boolean; attachmentId?: number }>;
};

/** What a channel is given (src/guard-inbound.ts): the core behind the checks every message passes. */
export type ChannelGate = {
  /** As ChannelCore's, after cleaning; `rejected` (the reason) when the message was unusable and set aside. */
  receive(
    message: InboundMessage,
    file?: InboundFile,
  ): Promise<{ duplicate: boolean; rejected?: string; attachmentId?: number }>;
  /** Keeps an update the channel could not even turn into a message; the channel then acknowledges it. */
  setAside(update: RejectedUpdate): Promise<void>;
};
