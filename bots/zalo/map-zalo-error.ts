import type { DeliveryResult } from '../../src/channels.ts';
import { msUntilVietnamHour } from '../../src/vietnam-time.ts';
import { ZaloApiError } from './zalo-api-error.ts';

export type DeliveryFailure = Exclude<DeliveryResult, { ok: true }>;

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Codes after which this person cannot be reached until they write again (or ever). */
const unreachable = new Map<number, string>([
  [-213, 'the person does not follow the OA'],
  [-227, 'the person is banned or inactive for more than 45 days'],
  [-230, 'the 7-day window closed: no interaction in the past 7 days'],
  [-232, 'the 7-day window closed: last interaction expired'],
]);

/**
 * What a failed send means for the outbox. Only the codes that say the person cannot be reached are
 * permanent (they mark the contact unreachable); everything else is temporary, so an unknown code never
 * writes a person off (the outbox's attempt limit ends hopeless retries). `retryAfterMs` is given only
 * for conditions that hold for the whole OA (rate limit, 5xx, network, token, night), because the
 * outbox pauses the channel on it; a problem with one message gets the outbox's own backoff.
 */
export function mapZaloError(error: unknown, now: Date): DeliveryFailure {
  if (!(error instanceof ZaloApiError)) {
    return {
      ok: false,
      permanent: false,
      reason: `unexpected error sending to Zalo: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (error.kind === 'network')
    return { ok: false, permanent: false, reason: error.message, retryAfterMs: 15 * SECOND };
  if (error.kind === 'http') {
    const status = error.httpStatus ?? 0;
    if (status >= 500) return { ok: false, permanent: false, reason: error.message, retryAfterMs: 15 * SECOND };
    if (status === 429) return { ok: false, permanent: false, reason: error.message, retryAfterMs: MINUTE };
    return { ok: false, permanent: false, reason: error.message };
  }
  if (error.kind === 'unexpected' || error.code === null) return { ok: false, permanent: false, reason: error.message };

  const code = error.code;
  const zalo = `Zalo ${code}: ${error.message}`;
  const permanentReason = unreachable.get(code);
  if (permanentReason !== undefined) return { ok: false, permanent: true, reason: `${permanentReason} (${zalo})` };
  // 4,000 requests a minute per OA: the quota refills within the minute.
  if (code === -32) return { ok: false, permanent: false, reason: `rate limited (${zalo})`, retryAfterMs: MINUTE };
  if (code === -216 || code === -220) {
    return {
      ok: false,
      permanent: false,
      reason: `the Zalo access token needs refresh (${zalo})`,
      retryAfterMs: MINUTE,
    };
  }
  if (code === -234)
    return {
      ok: false,
      permanent: false,
      reason: `not sent at night (${zalo})`,
      retryAfterMs: msUntilVietnamHour(now, 6),
    };
  // -201 invalid parameter, -233 unsupported type, or a code the reference does not list.
  return { ok: false, permanent: false, reason: zalo };
}
