import type { RequestHandler } from 'express';
import { createPageContext, routeParam } from '../create-page-context.ts';
import { html, safeHref } from '../../html.ts';
import { sourceKind } from '../../kb/index.ts';
import type { PublicSite } from '../public-types.ts';
import { sendNotFound, sendPage } from '../render-layout.ts';
import { renderNotes } from '../render-notes.ts';
import { documentTitle, renderDocumentStatus } from './render-document-status.ts';

/** GET /van-ban/:id — one legal document: the R6 fields, its relations, notes and the procedures based on it. */
export function showDocument(site: PublicSite): RequestHandler {
  const { catalogue, deps } = site;
  return (req, res) => {
    const page = createPageContext(req, res, deps.baseUrl);
    const doc = catalogue.document(routeParam(req, 'id'));
    if (!doc) return sendNotFound(res, page);
    const { t, language } = page;
    const using = catalogue.proceduresUsing(doc.id);
    sendPage(res, page, {
      title: `${doc.type} ${doc.number}`,
      description: `${doc.type} ${doc.number}: ${documentTitle(page, doc)}`,
      body: html`<p class="muted"><a href="/van-ban">${t('documents.title')}</a> › ${doc.number}</p>
<h1>${doc.type} ${doc.number}</h1>
<p class="lead">${documentTitle(page, doc)}</p>
<dl class="facts">
<dt>${t('documents.type')}</dt><dd>${doc.type}</dd>
<dt>${t('documents.issuer')}</dt><dd>${doc.issuer}</dd>
<dt>${t('documents.number')}</dt><dd>${doc.number}</dd>
<dt>${t('documents.issued')}</dt><dd>${page.date(doc.issued)}</dd>
<dt>${t('documents.effective')}</dt><dd>${page.date(doc.effective)}</dd>
<dt>${t('documents.status')}</dt><dd>${renderDocumentStatus(page, catalogue, doc)}</dd>
<dt>${t('documents.summary')}</dt><dd>${doc.summary}</dd>
<dt>${t('documents.fileLabel')}</dt><dd><span class="source-${sourceKind(doc.url)}">${t(`procedure.source_${sourceKind(doc.url)}`)}</span> · <a href="${safeHref(doc.url)}" rel="noopener nofollow">${doc.url}</a></dd>
</dl>
${doc.unverified.length > 0 ? html`<p class="flag" role="note">⚠ ${t('documents.unverified', { fields: doc.unverified.map((field) => t(`documents.fields.${field}`, { defaultValue: field })).join(', ') })}</p>` : ''}
${using.length > 0 ? html`<h2>${t('documents.usedBy')}</h2><ul class="list">${using.map((procedure) => html`<li><a href="/thu-tuc/${procedure.id}">${procedure.name[language]}</a> (${procedure.ref})</li>`)}</ul>` : ''}
${doc.body.trim() !== '' ? html`<h2>${t('procedure.notes')}</h2>${renderNotes(doc.body)}` : ''}`,
    });
  };
}
