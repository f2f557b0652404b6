// The web chat channel: what the composition root wires up (router in the server, sender in the outbox worker).
export { createWebChat, WEB_PAGE_SIZE, type WebChatDeps } from './create-web-chat.ts';
export { createWebSender } from './create-web-sender.ts';
export { CHAT_COOKIE, EMBED_CHAT_COOKIE, conversationKey } from './resolve-chat-address.ts';
export { chatStrings, webLanguageOf, type ChatStrings } from './chat-strings.ts';
