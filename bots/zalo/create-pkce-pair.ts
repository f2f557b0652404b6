import { createHash, randomBytes } from 'node:crypto';

export type PkcePair = { verifier: string; challenge: string };

/**
 * A PKCE pair for Zalo's OAuth v4 consent: 32 random bytes as base64url (43 characters) and its
 * S256 challenge, base64url(sha256(verifier)) without padding, as zalo-java-sdk's PKCEUtil does.
 * Keep the verifier server-side (with the `state`) until the callback exchanges the code.
 */
export function createPkcePair(): PkcePair {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: pkceChallenge(verifier) };
}

export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}
