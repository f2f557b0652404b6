import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { sameToken } from './same-token.ts';

/** The hidden field every form carries: <input type="hidden" name="_csrf" value="${formToken(res)}">. */
export const FORM_TOKEN_FIELD = '_csrf';

export type FormProtectionOptions = {
  /** Over https the cookie is Secure and takes the __Host- prefix, so a sibling subdomain cannot plant its own. */
  secure: boolean;
  /** The page shown when a post is refused (403): each site says it in its own words and layout. */
  onRejected(req: Request, res: Response): void;
};

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const LOCAL = 'formToken';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one CSRF middleware of every form (staff inbox, sign-in and sign-out, the public question
 * form): a double-submit token. The browser keeps a random token in an httpOnly SameSite=Lax
 * cookie and each form sends it back in a hidden field; a post is accepted only when both match,
 * compared in constant time. Another site can make the browser send the cookie but can neither
 * read it nor guess the field. Mount it after cookie-parser and the body parser, over every route
 * that renders or receives a form; pages read the token with formToken(res).
 */
export function protectForms({ secure, onRejected }: FormProtectionOptions): RequestHandler {
  const name = secure ? '__Host-hoidap_csrf' : 'hoidap_csrf';
  return (req, res, next) => {
    const cookies: unknown = req.cookies;
    const stored = typeof cookies === 'object' && cookies !== null ? Reflect.get(cookies, name) : undefined;
    const known = typeof stored === 'string' && TOKEN.test(stored) ? stored : null;
    if (!SAFE_METHODS.has(req.method)) {
      const body: unknown = req.body;
      const sent = typeof body === 'object' && body !== null ? Reflect.get(body, FORM_TOKEN_FIELD) : undefined;
      if (known === null || typeof sent !== 'string' || !sameToken(sent, known)) {
        onRejected(req, res);
        return;
      }
    }
    const token = known ?? randomBytes(32).toString('base64url');
    if (known === null) res.cookie(name, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
    res.locals[LOCAL] = token;
    next();
  };
}

/** The token for the hidden field of a form on this response; protectForms must be mounted on the route. */
export function formToken(res: Response): string {
  const token: unknown = res.locals[LOCAL];
  if (typeof token !== 'string') throw new Error('formToken: protectForms is not mounted on this route');
  return token;
}
