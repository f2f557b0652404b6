import { createHash } from 'node:crypto';
import { downloadFile } from '../../src/attachments/download-file.ts';
import type { ChannelSender, DeliveryResult, FetchResult, OutboundFile, OutboundMessage } from '../../src/channels.ts';
import { mapZaloError } from './map-zalo-error.ts';
import { splitText } from './split-text.ts';
import type { ZaloClient } from './zalo-client.ts';

export type ZaloSenderDeps = {
  client: Pick<ZaloClient, 'sendText' | 'sendImage'>;
  /** The current OA access token; tokens live in the database and are refreshed by the core. */
  getAccessToken(): Promise<string>;
  now?: () => Date;
  limits?: ChannelSender['limits'];
};

/** Zalo's limit for one text message. */
export const ZALO_TEXT_LIMIT = 2000;

/**
 * 4,000 requests a minute per OA is about 66 a second; 50 messages a second leaves room for a long
 * answer's extra parts and profile calls. One message a second per person keeps answers in order.
 */
export const ZALO_LIMITS: ChannelSender['limits'] = { perSecond: 50, perAddressPerSecond: 1 };

/**
 * The outbox's sender for Zalo OA customer-service messages. Buttons are rendered as numbered text
 * lines: the reference marks the CS button shape unconfirmed, so no button template is sent.
 * A long text goes out in parts of at most 2000 characters; when a later part fails temporarily, the
 * parts already delivered are remembered (in this process) so the outbox's retry sends only the rest.
 */
export function createZaloSender({
  client,
  getAccessToken,
  now = () => new Date(),
  limits = ZALO_LIMITS,
}: ZaloSenderDeps): ChannelSender {
  const delivered = createProgress(() => now().getTime());

  async function send(address: string, message: OutboundMessage, file?: OutboundFile): Promise<DeliveryResult> {
    // A picture is one more part, sent after the text by its public address (Zalo's media message);
    // marked by a NUL, which no text part holds (every channel's text is cleaned of it).
    const picture = file?.publicUrl ? `\u0000picture:${file.publicUrl}` : null;
    const parts = [...splitText(renderText(message), ZALO_TEXT_LIMIT), ...(picture ? [picture] : [])];
    if (parts.length === 0) return { ok: true };
    let accessToken: string;
    try {
      accessToken = await getAccessToken();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, permanent: false, reason: `no Zalo access token: ${reason}`, retryAfterMs: 60_000 };
    }
    const key = progressKey(address, parts);
    let firstMessageId: string | undefined;
    for (let index = delivered.get(key); index < parts.length; index++) {
      try {
        const part = parts[index] ?? '';
        const sent =
          picture && part === picture && file?.publicUrl
            ? await client.sendImage(accessToken, address, file.publicUrl)
            : await client.sendText(accessToken, address, part);
        firstMessageId ??= sent.messageId;
      } catch (error) {
        const failure = mapZaloError(error, now());
        if (failure.permanent || index === 0) {
          delivered.forget(key);
          return failure;
        }
        delivered.remember(key, index);
        return { ...failure, reason: `${failure.reason}; ${index} of ${parts.length} parts already sent` };
      }
    }
    delivered.forget(key);
    return firstMessageId === undefined ? { ok: true } : { ok: true, channelMessageId: firstMessageId };
  }

  /**
   * A file a person sent: Zalo's event carries its address (a CDN URL), which is downloaded as it
   * is. The id strings in it are never parsed as numbers.
   */
  function fetchAttachment(reference: string, maxBytes: number): Promise<FetchResult> {
    return downloadFile(reference, maxBytes);
  }

  return {
    channel: 'zalo',
    limits,
    send,
    fetchAttachment,
    // The reference documents only pictures by address (a media message); no file message, so no PDF.
    // Zalo fetches the picture from the app's public address (PUBLIC_URL must be reachable from it).
    sendsFiles: { types: ['image/jpeg', 'image/png'], maxBytes: 20 * 1024 * 1024, byAddress: true },
  };
}

/** The message as Zalo text: the buttons as numbered lines the person can answer by typing. */
export function renderText({ text, buttons }: OutboundMessage): string {
  if (!buttons || buttons.length === 0) return text;
  const lines = buttons.map((button, index) => `${index + 1}. ${button.label}`);
  return `${text.trimEnd()}\n\n${lines.join('\n')}`;
}

function progressKey(address: string, parts: string[]): string {
  const hash = createHash('sha256').update(address);
  for (const part of parts) hash.update('\u0000').update(part);
  return hash.digest('hex');
}

const PROGRESS_TTL_MS = 24 * 60 * 60 * 1000;
const PROGRESS_MAX = 1000;

/** Parts delivered per partly sent message, bounded in size and age so a stale entry cannot linger. */
function createProgress(clock: () => number) {
  const entries = new Map<string, { parts: number; at: number }>();
  return {
    get(key: string): number {
      const entry = entries.get(key);
      if (!entry || clock() - entry.at > PROGRESS_TTL_MS) return 0;
      return entry.parts;
    },
    remember(key: string, parts: number): void {
      entries.delete(key);
      entries.set(key, { parts, at: clock() });
      const oldest = entries.keys().next().value;
      if (entries.size > PROGRESS_MAX && oldest !== undefined) entries.delete(oldest);
    },
    forget(key: string): void {
      entries.delete(key);
    },
  };
}
