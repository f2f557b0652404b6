// Live updates: the tracker's events and web chat deliveries as PostgreSQL NOTIFY signals, heard by
// every instance (one LISTEN each) and passed to its open pages as server-sent events.
export { createLiveListener } from './create-live-listener.ts';
export { createLiveHub, type LiveHub, type CaseListener } from './create-live-hub.ts';
export { openEventStream, type EventStream } from './event-stream.ts';
export {
  sendCaseSignal,
  sendWebChatSignal,
  parseCaseSignal,
  CASE_CHANNEL,
  WEB_CHAT_CHANNEL,
  type CaseSignal,
} from './live-signals.ts';
