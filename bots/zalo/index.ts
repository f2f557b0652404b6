// The Zalo Official Account (OA API v3) channel: what the composition root wires up.
export { createZaloWebhook, ZALO_WEBHOOK_PATH, type ZaloWebhookDeps } from './create-zalo-webhook.ts';
export {
  createZaloSender,
  renderText,
  ZALO_LIMITS,
  ZALO_TEXT_LIMIT,
  type ZaloSenderDeps,
} from './create-zalo-sender.ts';
export {
  createZaloClient,
  ZALO_API_BASE,
  ZALO_OAUTH_BASE,
  type AuthorizationRequest,
  type ZaloClient,
  type ZaloClientOptions,
  type ZaloProfile,
  type ZaloSent,
  type ZaloTokens,
} from './zalo-client.ts';
export { ZaloApiError, type ZaloErrorKind } from './zalo-api-error.ts';
export { createPkcePair, pkceChallenge, type PkcePair } from './create-pkce-pair.ts';
export {
  refreshIfDue,
  tokenPairFrom,
  DEFAULT_REFRESH_BEFORE_MS,
  type RefreshOutcome,
  type TokenPair,
  type ZaloTokenStore,
} from './refresh-tokens.ts';
export { verifySignature, type SignatureSecrets } from './verify-signature.ts';
export { parseEvent, type ZaloIgnored } from './parse-event.ts';
export { parseRawJson } from './parse-raw-json.ts';
export { mapZaloError, type DeliveryFailure } from './map-zalo-error.ts';
export { splitText } from './split-text.ts';
