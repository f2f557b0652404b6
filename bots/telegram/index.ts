// The Telegram channel: what the composition root (src/main.ts) wires to the core.
export { createTelegramBot, type TelegramBotOptions } from './create-telegram-bot.ts';
export { createTelegramSender, type TelegramSenderOptions } from './create-telegram-sender.ts';
export { createTelegramWebhook, type TelegramWebhookOptions } from './create-telegram-webhook.ts';
export { startTelegramPolling, type TelegramPolling, type TelegramPollingOptions } from './start-polling.ts';
export { encodeCallbackData, CALLBACK_DATA_MAX_BYTES } from './encode-callback-data.ts';
export { decodeCallbackData } from './decode-callback-data.ts';
