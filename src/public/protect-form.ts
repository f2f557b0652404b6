import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { readCookie } from './read-cookie.ts';

/**
 * Double-submit CSRF token for the question form: a random token in an httpOnly SameSite=Lax
 * cookie and the same token in a hidden field; a post is accepted only when both match. Another
 * site can make the browser send the cookie but can neither read it nor guess the field. Over
 * https the cookie takes the __Host- prefix, so a sibling subdomain cannot plant its own token.
 */
export function issueFormToken(req: Request, res: Response, secure: boolean): string {
  const existing = readCookie(req, cookieName(secure));
  if (existing && TOKEN.test(existing)) return existing;
  const token = randomBytes(32).toString('base64url');
  res.cookie(cookieName(secure), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: 12 * 3600 * 1000,
  });
  return token;
}

/** Whether the posted field matches the cookie, compared in constant time. */
export function checkFormToken(req: Request, posted: unknown, secure: boolean): boolean {
  const cookie = readCookie(req, cookieName(secure));
  if (!cookie || typeof posted !== 'string' || !TOKEN.test(cookie) || !TOKEN.test(posted)) return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(posted);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const FORM_TOKEN_FIELD = '_csrf';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function cookieName(secure: boolean): string {
  return secure ? '__Host-hoidap_csrf' : 'hoidap_csrf';
}
