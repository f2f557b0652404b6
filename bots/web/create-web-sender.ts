import { ALLOWED_TYPES } from '../../src/attachments/index.ts';
import type { ChannelSender } from '../../src/channels.ts';

/**
 * The web chat's sender. The page fetches its messages from the outbox, so "delivering" one is
 * marking it sent: `send` succeeds at once and the row becomes visible to the page; `afterSent`
 * (a signal to the person's open chat stream) makes the page fetch it at once. The limits only
 * pace the outbox worker; there is no remote API to protect, so they are generous.
 */
export function createWebSender(options: { afterSent?: (address: string) => Promise<void> } = {}): ChannelSender {
  return {
    channel: 'web',
    limits: { perSecond: 200, perAddressPerSecond: 50 },
    // The page shows any file the app keeps (it reads it from /chat/api/files/:id).
    sendsFiles: { types: ALLOWED_TYPES, maxBytes: 20 * 1024 * 1024 },
    async send() {
      return { ok: true };
    },
    ...(options.afterSent ? { afterSent: options.afterSent } : {}),
  };
}
