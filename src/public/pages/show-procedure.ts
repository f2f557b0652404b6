import type { RequestHandler } from 'express';
import { officialFirst, type Procedure } from '../../kb/index.ts';
import { createPageContext, routeParam, type PageContext } from '../create-page-context.ts';
import { html, safeHref, type SafeHtml } from '../../html.ts';
import type { PublicSite } from '../public-types.ts';
import { sendNotFound, sendPage, unverifiedNote } from '../render-layout.ts';
import { renderNotes } from '../render-notes.ts';
import { renderQrPng, renderQrSvg } from '../render-qr.ts';
import { renderChatLinks } from './render-chat-links.ts';
import { timeLimitLabel } from './render-procedure-item.ts';

/** GET /thu-tuc/:id — every field of one procedure, its QR code and the chat links. A ref (P16) redirects to the id. */
export function showProcedure(site: PublicSite): RequestHandler {
  const { catalogue, deps } = site;
  return async (req, res) => {
    const page = createPageContext(req, res, deps.baseUrl);
    const procedure = catalogue.procedure(routeParam(req, 'id'));
    if (!procedure) return sendNotFound(res, page);
    if (procedure.id !== routeParam(req, 'id')) return res.redirect(301, `/thu-tuc/${procedure.id}`);
    const { t, language } = page;
    const url = procedureUrl(deps.baseUrl, procedure);
    const qr = await renderQrSvg(url, t('procedure.qrLabel', { name: procedure.name[language] }));
    sendPage(res, page, {
      title: `${procedure.name[language]} (${procedure.ref})`,
      description: procedure.summary[language],
      body: html`<p class="muted"><a href="/thu-tuc">${t('procedures.title')}</a> › ${procedure.ref}</p>
<h1>${procedure.name[language]}</h1>
<p class="muted" lang="${language === 'vi' ? 'en' : 'vi'}">${procedure.name[language === 'vi' ? 'en' : 'vi']}</p>
<p class="lead">${procedure.summary[language]}</p>
${language === 'en' ? html`<p class="muted">${t('procedure.inVietnamese')}</p>` : ''}
${unverifiedNote(page, unverifiedParts(page, procedure))}
${renderChatLinks(page, procedure, deps.chatLinks)}
${renderFacts(page, site, procedure)}
${renderList(page, 'conditions', procedure.conditions.items, 'ul')}
${renderList(page, 'documents', procedure.documents.items, 'ul')}
${renderList(page, 'steps', procedure.steps.items, 'ol')}
${renderSubmit(page, procedure)}
${renderLegalBasis(page, site, procedure)}
${procedure.not_for.length > 0 ? html`<h2>${t('procedure.notFor')}</h2><ul class="list">${procedure.not_for.map((item) => html`<li>${item}</li>`)}</ul>` : ''}
${procedure.body.trim() !== '' ? html`<h2>${t('procedure.notes')}</h2>${renderNotes(procedure.body)}` : ''}
<h2>${t('procedure.sources')}</h2>
<ul class="list">${officialFirst(procedure.sources).map(({ url, kind }) => html`<li><span class="source-${kind}">${t(`procedure.source_${kind}`)}</span> · <a href="${safeHref(url)}" rel="noopener nofollow">${url}</a></li>`)}</ul>
<section class="qr" aria-labelledby="qr-title">
${qr}
<div><h2 id="qr-title">${t('procedure.qr')}</h2><p>${t('procedure.qrIntro')}</p>
<p><a href="/thu-tuc/${procedure.id}/qr.png" download="${procedure.ref}-qr.png">${t('procedure.qrDownload')}</a> · <a href="/thu-tuc/qr/${procedure.agency}">${t('procedures.qrSheet')}</a></p></div>
</section>`,
    });
  };
}

/** GET /thu-tuc/:id/qr.png — the QR code of the procedure's page, for print or a screen. */
export function sendProcedureQr(site: PublicSite): RequestHandler {
  return async (req, res, next) => {
    const procedure = site.catalogue.procedure(routeParam(req, 'id'));
    if (!procedure) return next();
    const png = await renderQrPng(procedureUrl(site.deps.baseUrl, procedure));
    res.type('png').set('Cache-Control', 'public, max-age=86400').send(png);
  };
}

export function procedureUrl(baseUrl: string, procedure: Procedure): string {
  return `${baseUrl}/thu-tuc/${procedure.id}`;
}

function renderFacts(page: PageContext, site: PublicSite, procedure: Procedure): SafeHtml {
  const { t, language } = page;
  const agency = site.catalogue.agency(procedure.agency);
  const contact = agency
    ? [agency.hotline, agency.email, agency.address].filter((value): value is string => Boolean(value))
    : [];
  return html`<h2>${t('procedure.facts')}</h2><dl class="facts">
<dt>${t('procedure.ref')}</dt><dd>${procedure.ref}${procedure.national_code ? html` · ${t('procedure.code')} ${procedure.national_code}` : ''}</dd>
<dt>${t('procedure.agency')}</dt><dd>${site.catalogue.agencyName(procedure.agency, language)}
${!procedure.agency_verified && procedure.agency_note ? html`<p class="muted">${procedure.agency_note}</p>` : ''}
${agency ? html`<p class="muted">${t('procedure.hours')}: ${agency.hours}${contact.length > 0 ? html` · ${contact.join(' · ')}` : ''}</p>` : ''}</dd>
<dt>${t('procedure.level')}</dt><dd>${t(`level.${procedure.level}`)}</dd>
<dt>${t('procedures.field')}</dt><dd>${procedure.field}</dd>
<dt>${t('procedure.audience')}</dt><dd>${procedure.audience.map((who) => t(`audience.${who}`)).join(', ')}</dd>
<dt>${t('procedure.timeLimit')}</dt><dd><strong>${timeLimitLabel(page, procedure)}</strong><br>${procedure.time_limit.text}</dd>
<dt>${t('procedure.fees')}</dt><dd>${procedure.fees.text}</dd>
<dt>${t('procedure.result')}</dt><dd>${procedure.result}</dd>
</dl>`;
}

/** The names of the parts the content marks not verified, in the order the page shows them. */
function unverifiedParts(page: PageContext, procedure: Procedure): string[] {
  const parts: Array<[boolean, string]> = [
    [procedure.agency_verified, 'procedure.agency'],
    [procedure.time_limit.verified, 'procedure.timeLimit'],
    [procedure.fees.verified, 'procedure.fees'],
    [procedure.conditions.verified, 'procedure.conditions'],
    [procedure.documents.verified, 'procedure.documents'],
    [procedure.steps.verified, 'procedure.steps'],
  ];
  return parts.filter(([verified]) => !verified).map(([, key]) => page.t(key).toLocaleLowerCase(page.language));
}

function renderList(
  page: PageContext,
  key: 'conditions' | 'documents' | 'steps',
  items: string[],
  tag: 'ul' | 'ol',
): SafeHtml {
  return html`<h2>${page.t(`procedure.${key}`)}</h2><${tag} class="list">${items.map((item) => html`<li>${item}</li>`)}</${tag}>`;
}

function renderSubmit(page: PageContext, procedure: Procedure): SafeHtml {
  const { t } = page;
  const { online, in_person: inPerson, post, text } = procedure.submit;
  return html`<h2>${t('procedure.submit')}</h2><ul class="list">
${online ? html`<li>${t('procedure.online')}: <a href="${safeHref(online)}" rel="noopener">${online}</a></li>` : html`<li>${t('procedure.noOnline')}</li>`}
${inPerson ? html`<li>${t('procedure.inPerson')}: ${inPerson}</li>` : ''}
<li>${post ? t('procedure.post') : t('procedure.noPost')}</li>
${text ? html`<li>${text}</li>` : ''}
</ul>`;
}

function renderLegalBasis(page: PageContext, site: PublicSite, procedure: Procedure): SafeHtml {
  const { t, language } = page;
  if (procedure.legal_basis.length === 0) return html``;
  return html`<h2>${t('procedure.legalBasis')}</h2><ul class="list">${procedure.legal_basis.map((id) => {
    const doc = site.catalogue.document(id);
    if (!doc) return html`<li>${id}</li>`;
    return html`<li><a href="/van-ban/${doc.id}">${doc.type} ${doc.number}</a>: ${language === 'en' ? doc.title_en : doc.title} <span class="badge ${doc.status}">${t(`status.${doc.status}`)}</span></li>`;
  })}</ul>`;
}
