import { createHash, randomBytes } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';

export const CHAT_COOKIE = 'hoidap_chat';
/**
 * Inside the embed's iframe on another site, a SameSite=Lax cookie is never sent, so the chat
 * would forget the person after every message. There (over https only) a second cookie is used:
 * SameSite=None with Partitioned (CHIPS), so it lives only under that embedding site.
 */
export const EMBED_CHAT_COOKIE = 'hoidap_chat_embed';
/** Sent by the page's script when it runs inside the embed's iframe. */
export const EMBED_HEADER = 'x-hoidap-embed';

const ADDRESS = /^[A-Za-z0-9_-]{22}$/;
const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * The person's web chat address: a random opaque id (128 bits) in an httpOnly cookie, issued on
 * first use and renewed for a year on every message, so someone who closes the tab comes back to
 * their conversation and cases. Nothing else identifies a web chat person.
 */
export function resolveChatAddress(req: Request, res: Response, secure: boolean): string {
  const address = readChatAddress(req, secure) ?? randomBytes(16).toString('base64url');
  res.cookie(cookieName(req, secure), address, cookieOptions(req, secure));
  return address;
}

/**
 * The address in the request's cookie, or undefined when the person has none (or a malformed one).
 * `embedded`: the page says it runs in the embed without the header (an EventSource sends none).
 */
export function readChatAddress(req: Request, secure: boolean, embedded = false): string | undefined {
  const name = embedded && secure ? EMBED_CHAT_COOKIE : cookieName(req, secure);
  const value: unknown = req.cookies?.[name];
  return typeof value === 'string' && ADDRESS.test(value) ? value : undefined;
}

/**
 * A key for the person's own messages kept by the page (the outbox holds only what is sent to
 * them). A hash, so the page's script never sees the cookie's value, which stays httpOnly.
 */
export function conversationKey(address: string): string {
  return createHash('sha256').update(`hoidap-web:${address}`).digest('base64url').slice(0, 16);
}

function embedded(req: Request, secure: boolean): boolean {
  return secure && req.get(EMBED_HEADER) === '1';
}

function cookieName(req: Request, secure: boolean): string {
  return embedded(req, secure) ? EMBED_CHAT_COOKIE : CHAT_COOKIE;
}

function cookieOptions(req: Request, secure: boolean): CookieOptions {
  const base = { httpOnly: true, path: '/', maxAge: ONE_YEAR_MS };
  if (embedded(req, secure)) return { ...base, secure: true, sameSite: 'none', partitioned: true };
  return { ...base, secure, sameSite: 'lax' };
}
