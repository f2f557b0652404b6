import type { Response } from 'express';
import type { PageContext } from './create-page-context.ts';
import { withParam } from './create-page-context.ts';
import { html, type SafeHtml } from '../html.ts';
import { iconLinks } from '../site-icon.ts';

export type PageOptions = {
  title: string;
  description: string;
  body: SafeHtml;
  /** Pages that must not be indexed (the receipt after posting a question). */
  noIndex?: boolean;
  /** The A4 QR sheet drops the site header when printed; the class lets the CSS know. */
  bodyClass?: string;
};

const MENU: Array<[string, string]> = [
  ['/thu-tuc', 'nav.procedures'],
  ['/van-ban', 'nav.documents'],
  ['/hoi-dap', 'nav.answers'],
  ['/thong-ke', 'nav.figures'],
  ['/doanh-nghiep', 'nav.business'],
];

/** The one layout of the public pages: skip link, header with menu and language switch, main, footer. */
export function renderLayout(page: PageContext, options: PageOptions): string {
  const { t, language } = page;
  const other = language === 'vi' ? 'en' : 'vi';
  const canonical = `${page.baseUrl}${page.path}`;
  const menu = MENU.map(
    ([href, key]) =>
      html`<li><a href="${href}"${page.path === href || page.path.startsWith(`${href}/`) ? html` aria-current="page"` : ''}>${t(key)}</a></li>`,
  );
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · ${t('site.name')}</title>
<meta name="description" content="${options.description}">
${
  options.noIndex
    ? html`<meta name="robots" content="noindex">`
    : html`<link rel="canonical" href="${canonical}">
<link rel="alternate" hreflang="vi" href="${canonical}?lang=vi">
<link rel="alternate" hreflang="en" href="${canonical}?lang=en">`
}
<link rel="stylesheet" href="/static/public.css">
${iconLinks()}
</head>
<body${options.bodyClass ? html` class="${options.bodyClass}"` : ''}>
<a class="skip" href="#main">${t('nav.skip')}</a>
<header class="site">
<div class="wrap">
<a class="brand" href="/thu-tuc">${t('site.name')}</a>
<a class="switch" href="${withParam(page.url, 'lang', other)}" hreflang="${other}" lang="${other}">${t('nav.switch')}</a>
<nav aria-label="${t('nav.label')}"><ul>${menu}</ul></nav>
</div>
</header>
<main id="main" tabindex="-1" class="wrap">
${options.body}
</main>
<footer class="site"><div class="wrap"><p>${t('site.footer')}</p></div></footer>
</body>
</html>
`.value;
}

/** Sends a rendered page with the headers every public page carries. */
export function sendPage(res: Response, page: PageContext, options: PageOptions, status = 200): void {
  res.status(status).type('html').send(renderLayout(page, options));
}

export function sendNotFound(res: Response, page: PageContext): void {
  sendPage(
    res,
    page,
    {
      title: page.t('notFound.title'),
      description: page.t('notFound.text'),
      noIndex: true,
      body: html`<h1>${page.t('notFound.title')}</h1><p>${page.t('notFound.text')}</p><p><a href="/thu-tuc">${page.t('notFound.back')}</a></p>`,
    },
    404,
  );
}

/**
 * The one "not verified" line of a page: which parts the content marks unverified, and to ask the
 * agency. Once per page, however many parts — five banners read as alarm, not as advice.
 */
export function unverifiedNote(page: PageContext, parts: string[]): SafeHtml | '' {
  return parts.length === 0
    ? ''
    : html`<p class="flag" role="note">⚠ ${page.t('common.unverified', { parts: parts.join('; ') })}</p>`;
}
