import { readFileSync } from 'node:fs';
import express, { type Router } from 'express';
import { html, type SafeHtml } from './html.ts';

/**
 * The site's icon: a speech bubble with a tick, in the header's blue and the focus ring's gold.
 * Every page links the SVG; /favicon.ico (asked for by browsers and crawlers whatever the page
 * says) holds the same drawing rendered at 16, 32 and 48 px as PNG entries.
 */
export const SITE_ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b3d6b"/>' +
  '<path d="M7.5 7h17A2.5 2.5 0 0 1 27 9.5v10a2.5 2.5 0 0 1-2.5 2.5H15l-6 5v-5H7.5A2.5 2.5 0 0 1 5 19.5v-10A2.5 2.5 0 0 1 7.5 7z" fill="#fff"/>' +
  '<path d="M10.5 14.5l3.5 3.5 7.5-7.5" fill="none" stroke="#e8a300" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>';

/** The <link rel="icon"> tags every page's <head> carries; `basePath` when the app is not at the root. */
export function iconLinks(basePath = ''): SafeHtml {
  return html`<link rel="icon" href="${basePath}/favicon.ico" sizes="16x16 32x32 48x48">
<link rel="icon" href="${basePath}/favicon.svg" type="image/svg+xml">`;
}

const FAVICON_ICO = readFileSync(new URL('./site-icon.ico', import.meta.url));
const ONE_WEEK = 'public, max-age=604800';

/** GET /favicon.svg and /favicon.ico, for every part of the app (public pages, inbox, web chat). */
export function serveSiteIcon(): Router {
  const router = express.Router();
  router.get('/favicon.svg', (_req, res) => {
    res.type('image/svg+xml').set('Cache-Control', ONE_WEEK).send(SITE_ICON_SVG);
  });
  router.get('/favicon.ico', (_req, res) => {
    res.type('image/x-icon').set('Cache-Control', ONE_WEEK).send(FAVICON_ICO);
  });
  return router;
}
