import type { RequestHandler } from 'express';
import { escapeHtml } from '../../html.ts';
import type { PublicSite } from '../public-types.ts';

const SECTIONS = ['/thu-tuc', '/van-ban', '/hoi-dap', '/thong-ke', '/doanh-nghiep'];

/** GET /sitemap.xml: the sections, every procedure and every document, with their English alternates. */
export function sendSitemap(site: PublicSite): RequestHandler {
  const { baseUrl } = site.deps;
  const paths = [
    ...SECTIONS,
    ...site.catalogue.procedures.map((procedure) => `/thu-tuc/${procedure.id}`),
    ...site.catalogue.documents.map((doc) => `/van-ban/${doc.id}`),
  ];
  // XML needs the same five entities as HTML, so the one escape function serves here too.
  const entry = (path: string) => {
    const loc = escapeHtml(`${baseUrl}${path}`);
    const en = escapeHtml(`${baseUrl}${path}?lang=en`);
    return `<url><loc>${loc}</loc><xhtml:link rel="alternate" hreflang="vi" href="${loc}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/></url>`;
  };
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...paths.map(entry),
    '</urlset>',
    '',
  ].join('\n');
  return (_req, res) => {
    res.type('application/xml').set('Cache-Control', 'public, max-age=3600').send(xml);
  };
}

/** GET /robots.txt: everything public may be indexed except the form's receipt; points to the sitemap. */
export function sendRobots(site: PublicSite): RequestHandler {
  const text = ['User-agent: *', 'Disallow: /hoi-dap/da-gui', `Sitemap: ${site.deps.baseUrl}/sitemap.xml`, ''].join(
    '\n',
  );
  return (_req, res) => {
    res.type('text/plain').set('Cache-Control', 'public, max-age=3600').send(text);
  };
}
