import type { RequestHandler } from 'express';
import { createPageContext, routeParam } from '../create-page-context.ts';
import { html } from '../../html.ts';
import type { PublicSite } from '../public-types.ts';
import { sendNotFound, sendPage } from '../render-layout.ts';
import { renderQrSvg } from '../render-qr.ts';
import { procedureUrl } from './show-procedure.ts';

/**
 * GET /thu-tuc/qr/:agencyId — an A4 sheet of QR codes, one per procedure of the agency, to print
 * and post at its one-stop counter (R5). The print CSS hides the site header and sets @page A4.
 */
export function printQrSheet(site: PublicSite): RequestHandler {
  const { catalogue, deps } = site;
  return async (req, res) => {
    const page = createPageContext(req, res, deps.baseUrl);
    const agency = catalogue.agency(routeParam(req, 'agencyId'));
    const procedures = catalogue.procedures.filter((procedure) => procedure.agency === agency?.id);
    if (!agency || procedures.length === 0) return sendNotFound(res, page);
    const { t, language } = page;
    const tiles = await Promise.all(
      procedures.map(async (procedure) => {
        const url = procedureUrl(deps.baseUrl, procedure);
        const qr = await renderQrSvg(url, t('procedure.qrLabel', { name: procedure.name[language] }));
        return html`<div class="tile">${qr}<p><strong>${procedure.ref}</strong> · ${procedure.name[language]}</p><p class="muted">${url.replace(/^https?:\/\//, '')}</p></div>`;
      }),
    );
    sendPage(res, page, {
      title: t('sheet.title', { agency: agency.name[language] }),
      description: t('sheet.description', { agency: agency.name[language] }),
      bodyClass: 'print-sheet',
      body: html`<h1>${t('sheet.heading', { agency: agency.name[language] })}</h1>
<p>${t('sheet.intro')}</p>
<p class="no-print muted">${t('sheet.printHint')} <a href="/thu-tuc?agency=${agency.id}">${t('sheet.back')}</a></p>
<div class="sheet">${tiles}</div>`,
    });
  };
}
