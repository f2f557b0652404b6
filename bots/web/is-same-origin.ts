import type { Request } from 'express';

/**
 * Whether a post comes from the app's own pages. Browsers send Origin on every cross-site POST,
 * so a missing one means a same-origin request from an older browser or a non-browser client
 * (which has no victim's cookie to abuse); `Sec-Fetch-Site` still catches a cross-site one.
 * "Own origin" is the configured base URL's, or the one the request was addressed to (the Host
 * header, which a page on another site cannot set) for a server reached by another name.
 */
export function isSameOrigin(req: Request, appOrigin: string): boolean {
  const origin = req.get('origin');
  if (origin === undefined) return req.get('sec-fetch-site') !== 'cross-site';
  if (origin === appOrigin) return true;
  const host = req.get('host');
  return host !== undefined && origin === `${req.protocol}://${host}`;
}
