import type { RequestHandler } from 'express';
import type { LegalDocument } from '../../kb/index.ts';
import { createPageContext, type PageContext } from '../create-page-context.ts';
import { html, safeHref, type SafeHtml } from '../../html.ts';
import { PAGE_PARAM, paginate, renderPager } from '../../paginate.ts';
import type { PublicSite } from '../public-types.ts';
import { sendPage } from '../render-layout.ts';
import { searchCatalogue } from '../search-catalogue.ts';
import { documentTitle, renderDocumentStatus } from './render-document-status.ts';

const STATUSES = ['in_force', 'amended', 'replaced', 'expired', 'unknown'];

type Filters = { q: string; type: string; issuer: string; year: string; status: string };

/** GET /van-ban: the legal documents with the R6 fields, searchable and filtered by type, issuer, year and status. */
export function listDocuments(site: PublicSite): RequestHandler {
  const { catalogue, deps } = site;
  // Newest first; documents without a known issue date last.
  const ordered = [...catalogue.documents].sort((a, b) => (b.issued ?? '').localeCompare(a.issued ?? ''));
  return (req, res) => {
    const page = createPageContext(req, res, deps.baseUrl);
    const { t } = page;
    const filters: Filters = {
      q: page.param('q').slice(0, 200),
      type: page.param('type'),
      issuer: page.param('issuer'),
      year: page.param('year'),
      status: page.param('status'),
    };
    const found = searchCatalogue(
      deps.answerer.index,
      deps.answerer.lexicon,
      'document',
      ordered,
      filters.q,
      (doc) => `${doc.type} ${doc.number} ${doc.title} ${doc.title_en}`,
    );
    const shown = found.filter(
      (doc) =>
        (filters.type === '' || doc.type === filters.type) &&
        (filters.issuer === '' || doc.issuer === filters.issuer) &&
        (filters.year === '' || (doc.issued ?? '').startsWith(`${filters.year}-`)) &&
        (filters.status === '' || doc.status === filters.status),
    );
    const { items, page: position } = paginate(shown, page.param(PAGE_PARAM));
    sendPage(res, page, {
      title: t('documents.title'),
      description: t('documents.description', { count: catalogue.documents.length }),
      body: html`<h1>${t('documents.title')}</h1>
<p class="lead">${t('documents.intro')}</p>
${renderFilters(page, site, filters)}
<p role="status">${t('search.count', { count: shown.length })}</p>
${shown.length === 0 ? html`<p>${t('search.none')}</p>` : html`<ul class="plain">${items.map((doc) => renderDocument(page, site, doc))}</ul>`}
${renderPager(page.url, position, t)}`,
    });
  };
}

function renderDocument(page: PageContext, site: PublicSite, doc: LegalDocument): SafeHtml {
  const { t } = page;
  return html`<li class="card document">
<h2><a href="/van-ban/${doc.id}">${doc.type} ${doc.number}</a></h2>
<p>${documentTitle(page, doc)}</p>
<dl class="facts">
<dt>${t('documents.issuer')}</dt><dd>${doc.issuer}</dd>
<dt>${t('documents.dates')}</dt><dd>${t('documents.issued')} ${page.date(doc.issued)} · ${t('documents.effective')} ${page.date(doc.effective)}</dd>
<dt>${t('documents.status')}</dt><dd>${renderDocumentStatus(page, site.catalogue, doc)}</dd>
<dt>${t('documents.summary')}</dt><dd>${doc.summary}</dd>
</dl>
<p><a href="${safeHref(doc.url)}" rel="noopener nofollow">${t('documents.file')}</a></p>
</li>`;
}

function renderFilters(page: PageContext, site: PublicSite, filters: Filters): SafeHtml {
  const { t } = page;
  const documents = site.catalogue.documents;
  const types = [...new Set(documents.map((doc) => doc.type))];
  const issuers = [...new Set(documents.map((doc) => doc.issuer))].sort(new Intl.Collator('vi').compare);
  const years = [...new Set(documents.flatMap((doc) => (doc.issued ? [doc.issued.slice(0, 4)] : [])))].sort().reverse();
  const select = (name: keyof Filters, label: string, options: Array<[string, string]>) =>
    html`<div><label for="${name}">${label}</label><select id="${name}" name="${name}"><option value="">${t('common.all')}</option>${options.map(
      ([value, text]) => html`<option value="${value}"${value === filters[name] ? ' selected' : ''}>${text}</option>`,
    )}</select></div>`;
  return html`<form class="filters" method="get" action="/van-ban" role="search">
<div class="wide"><label for="q">${t('documents.search')}</label>
<input id="q" name="q" type="search" value="${filters.q}" placeholder="${t('documents.placeholder')}" autocomplete="off"></div>
${select(
  'type',
  t('documents.type'),
  types.map((type) => [type, type]),
)}
${select(
  'issuer',
  t('documents.issuer'),
  issuers.map((issuer) => [issuer, issuer]),
)}
${select(
  'year',
  t('documents.year'),
  years.map((year) => [year, year]),
)}
${select(
  'status',
  t('documents.status'),
  STATUSES.map((status) => [status, t(`status.${status}`)]),
)}
<div><button type="submit">${t('search.submit')}</button></div>
</form>`;
}
