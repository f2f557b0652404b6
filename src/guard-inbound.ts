import { inboundContentSchema } from './channel-schemas.ts';
import type { ChannelCore, ChannelGate, RejectedUpdate } from './channels.ts';
import { cleanStrings } from './clean-text.ts';

const EARLIEST = Date.UTC(2000, 0, 1);
const FUTURE_MS = 24 * 3_600_000;

export type GuardDeps = {
  core: ChannelCore;
  setAside(update: RejectedUpdate): Promise<void>;
  now: () => Date;
};

/**
 * The core as every channel sees it: each message is cleaned (cleanText on every string) and
 * checked before it is stored. One that cannot be used — a date no clock can hold, an empty
 * address or id, content of the wrong shape — is set aside with the reason and reported as
 * `rejected`, so the channel acknowledges it instead of answering 500 for it to be resent forever.
 */
export function guardInbound({ core, setAside, now }: GuardDeps): ChannelGate {
  return {
    setAside,
    async receive(raw, file) {
      const message = cleanStrings(raw);
      const reason = problemOf(message, now());
      if (reason === null) return file ? core.receive(message, file) : core.receive(message);
      await setAside({
        channel: message.channel,
        reason,
        address: message.address || undefined,
        payload: { ...message, sentAt: String(message.sentAt) },
      });
      return { duplicate: false, rejected: reason };
    },
  };
}

function problemOf(message: Parameters<ChannelCore['receive']>[0], now: Date): string | null {
  const sentAt = message.sentAt instanceof Date ? message.sentAt.getTime() : Number.NaN;
  if (!Number.isFinite(sentAt) || sentAt < EARLIEST || sentAt > now.getTime() + FUTURE_MS)
    return 'sentAt: expected a date between 2000 and tomorrow';
  if (typeof message.address !== 'string' || message.address === '' || message.address.length > 200)
    return 'address: expected 1–200 characters';
  if (
    typeof message.channelMessageId !== 'string' ||
    message.channelMessageId === '' ||
    message.channelMessageId.length > 300
  )
    return 'channelMessageId: expected 1–300 characters';
  const content = inboundContentSchema.safeParse(message.content);
  if (!content.success)
    return `content: ${content.error.issues.map((issue) => `${issue.path.join('.') || 'content'} ${issue.message}`).join('; ')}`;
  return null;
}
