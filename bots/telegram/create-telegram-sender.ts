import type { Logger } from 'pino';
import { Telegram, TelegramError } from 'telegraf';
import { downloadFile } from '../../src/attachments/download-file.ts';
import type { ChannelSender, DeliveryResult, FetchResult, OutboundFile, OutboundMessage } from '../../src/channels.ts';
import { buildInlineKeyboard } from './build-inline-keyboard.ts';
import { splitText } from './split-text.ts';

export type TelegramSenderOptions = {
  logger: Logger;
  /** Bot API server; a local fake in tests. Default https://api.telegram.org. */
  apiRoot?: string;
};

/**
 * Delivers OutboundMessage through the Bot API: plain text (no parse_mode, so the core's text
 * is never misread as markup) split at 4096 characters, buttons as an inline keyboard on the
 * last chunk. Failures come back as DeliveryResult, never as exceptions.
 *
 * A long text fails as a whole: when a later chunk fails, the retry sends the earlier chunks
 * again — a repeated paragraph is better than an answer missing its end.
 */
export function createTelegramSender(token: string, { logger, apiRoot }: TelegramSenderOptions): ChannelSender {
  const telegram = new Telegram(token, { apiRoot });
  const root = (apiRoot ?? 'https://api.telegram.org').replace(/\/$/, '');

  /**
   * A message with a file: JPEG and PNG as a photo, other pictures and PDF as a document (Telegram
   * recompresses photos and would turn a WebP into a sticker). The text is the caption when it fits
   * Telegram's 1024 characters; otherwise the text goes first and the file after it.
   */
  async function sendFile(address: string, message: OutboundMessage, file: OutboundFile): Promise<DeliveryResult> {
    const source = {
      source: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
      filename: file.name,
    };
    const fits = message.text.length <= CAPTION_LIMIT;
    try {
      if (!fits) for (const chunk of splitText(message.text)) await telegram.sendMessage(address, chunk);
      const extra = fits && message.text !== '' ? { caption: message.text } : {};
      const sent =
        file.mimeType === 'image/jpeg' || file.mimeType === 'image/png'
          ? await telegram.sendPhoto(address, source, extra)
          : await telegram.sendDocument(address, source, extra);
      return { ok: true, channelMessageId: `m:${address}:${sent.message_id}` };
    } catch (error) {
      const result = toDeliveryFailure(error, token);
      logger.warn({ address, reason: result.reason, permanent: result.permanent }, 'telegram file delivery failed');
      return result;
    }
  }

  return {
    channel: 'telegram',
    // Under Telegram's broadcast limits (about 30 messages a second in all, one a second to a chat)
    // with a margin: timers firing late on a busy machine bunch sends together, and at exactly
    // 30/1 that jitter earned 429s (bench:ingest drew 3 and 15 in two runs).
    limits: { perSecond: 25, perAddressPerSecond: 0.8 },
    // sendPhoto takes photos up to 10 MB, sendDocument files up to 50 MB; the app keeps at most 20.
    sendsFiles: {
      types: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'],
      maxBytes: TELEGRAM_PHOTO_LIMIT,
    },
    async send(address: string, message: OutboundMessage, file?: OutboundFile): Promise<DeliveryResult> {
      if (file) return sendFile(address, message, file);
      const chunks = splitText(message.text);
      if (chunks.length === 0)
        return { ok: false, permanent: true, reason: 'empty message: Telegram cannot send a message without text' };
      const keyboard = buildInlineKeyboard(message.buttons ?? []);
      if (keyboard.dropped.length > 0) {
        logger.warn(
          { address, dropped: keyboard.dropped.map((button) => button.action) },
          'telegram buttons dropped: callback_data over 64 bytes',
        );
      }
      try {
        let sentId: number | undefined;
        for (const [index, chunk] of chunks.entries()) {
          const last = index === chunks.length - 1;
          const extra = last && keyboard.rows.length > 0 ? { reply_markup: { inline_keyboard: keyboard.rows } } : {};
          sentId = (await telegram.sendMessage(address, chunk, extra)).message_id;
        }
        return { ok: true, channelMessageId: `m:${address}:${sentId}` };
      } catch (error) {
        const result = toDeliveryFailure(error, token);
        logger.warn({ address, reason: result.reason, permanent: result.permanent }, 'telegram delivery failed');
        return result;
      }
    },
    /**
     * getFile, then the file's download address. The Bot API lets a bot download at most 20 MB, so
     * a file declared larger (or getFile's "file is too big") is refused without trying.
     */
    async fetchAttachment(reference: string, maxBytes: number): Promise<FetchResult> {
      const limit = Math.min(maxBytes, TELEGRAM_DOWNLOAD_LIMIT);
      try {
        const file = await telegram.getFile(reference);
        if (file.file_size !== undefined && file.file_size > limit) return { ok: false, tooLarge: true };
        if (!file.file_path) return { ok: false, permanent: true, reason: 'getFile gave no file_path' };
        const fetched = await downloadFile(`${root}/file/bot${token}/${file.file_path}`, limit, token);
        return fetched.ok ? { ...fetched, name: file.file_path.split('/').pop() } : fetched;
      } catch (error) {
        if (error instanceof TelegramError && /file is too big/i.test(error.description))
          return { ok: false, tooLarge: true };
        const failure = toDeliveryFailure(error, token);
        // A wrong or expired file_id will not get better; other 400s are ours and not retried either.
        const permanent = error instanceof TelegramError && error.code === 400;
        return { ok: false, permanent, reason: failure.reason };
      }
    },
  };
}

/** Telegram's limit for a photo's caption. */
const CAPTION_LIMIT = 1024;
/** sendPhoto's limit (documents may be larger, but the app keeps no file over 20 MB). */
const TELEGRAM_PHOTO_LIMIT = 10 * 1024 * 1024;

/** The Bot API's download limit for bots (getFile). */
export const TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024;

/**
 * How a failed call should be retried. Permanent only when the person can't be reached: 403
 * (blocked the bot, deactivated, removed it from the group) and 400 "chat not found". Other
 * 400s are our own mistakes; marking the person unreachable for those would be wrong, so they
 * stay temporary and the outbox gives up after its attempts.
 */
function toDeliveryFailure(error: unknown, token: string): Extract<DeliveryResult, { ok: false }> {
  if (error instanceof TelegramError) {
    const reason = `${error.code} ${error.description}`;
    if (error.code === 429) {
      const retryAfter = error.parameters?.retry_after;
      return {
        ok: false,
        permanent: false,
        reason,
        ...(retryAfter !== undefined ? { retryAfterMs: retryAfter * 1000 } : {}),
      };
    }
    if (error.code === 403) return { ok: false, permanent: true, reason: error.description };
    if (error.code === 400 && /chat not found/i.test(error.description))
      return { ok: false, permanent: true, reason: error.description };
    return { ok: false, permanent: false, reason };
  }
  // Network failures (refused, reset, timeout): try again later. The token is part of the URL.
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, permanent: false, reason: `network: ${reason.split(token).join('[token]')}` };
}
