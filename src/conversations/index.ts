// A person's messages: receiving them, the dialogue with the bot, and the one voice that speaks to
// the person. The inbox and the channels act on requests through the tracker's commands; the voice
// listens to the tracker's events.
export { contacts, messages, dialogues } from './conversation-tables.ts';
export { createChatCore, POSTGRES_WORKERS, type ChatCore, type ChatCoreOptions } from './create-chat-core.ts';
export { receiveMessage, receiveMessages, type Received } from './receive-message.ts';
export { createReceiveQueue, type ReceiveQueue } from './receive-queue.ts';
export { processPendingMessages, type ProcessDeps } from './process-pending-messages.ts';
export { markUnreachable } from './mark-unreachable.ts';
export { failedDeliveries } from './failed-deliveries.ts';
export { parseCommand } from './parse-command.ts';
export { registerRequest, type RequestRegistration } from './register-request.ts';
export { createVoiceListener, speak } from './voice.ts';
export { detectRequester } from './detect-requester.ts';
