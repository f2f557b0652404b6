import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { parseRawJson } from './parse-raw-json.ts';

export type SignatureSecrets = { appId: string; oaSecretKey: string };

/**
 * Checks `X-ZEvent-Signature: mac=<hex>` where hex = sha256(app_id + rawBody + timestamp + OA secret key):
 * a plain SHA-256 (not an HMAC) over the exact bytes received, with `timestamp` taken from the body and
 * the OA secret key (not the app secret). The configured app id is used, so an event signed for another
 * app does not pass. Missing, malformed, wrong or tampered → false; the comparison is constant-time.
 */
export function verifySignature(
  rawBody: Buffer | string,
  header: string | undefined,
  { appId, oaSecretKey }: SignatureSecrets,
): boolean {
  if (!header || !appId || !oaSecretKey) return false;
  // The `mac=` prefix is documented; a bare hex digest is accepted too because the digest alone is what proves the sender.
  const received = /^\s*(?:mac=)?([0-9a-f]{64})\s*$/i.exec(header)?.[1];
  if (received === undefined) return false;
  const timestamp = readTimestamp(rawBody);
  if (timestamp === undefined) return false;
  const expected = createHash('sha256').update(appId).update(rawBody).update(timestamp).update(oaSecretKey).digest();
  return timingSafeEqual(expected, Buffer.from(received, 'hex'));
}

const withTimestamp = z.object({ timestamp: z.union([z.string().min(1), z.int().nonnegative()]) });

function readTimestamp(rawBody: Buffer | string): string | undefined {
  let body: unknown;
  try {
    body = parseRawJson(typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = withTimestamp.safeParse(body);
  return parsed.success ? String(parsed.data.timestamp) : undefined;
}
