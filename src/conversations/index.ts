export { contacts, messages } from './conversation-tables.ts';
export { createChatCore, type ChatCore } from './create-chat-core.ts';
export { receiveMessage } from './receive-message.ts';
export { processPendingMessages, type ProcessDeps } from './process-pending-messages.ts';
export { replyAsStaff, addNote, type StaffReply } from './reply-as-staff.ts';
export { markUnreachable } from './mark-unreachable.ts';
export { parseCommand } from './parse-command.ts';
export { registerRequest, type RequestRegistration } from './register-request.ts';
