import type { RequestHandler } from 'express';
import type { Procedure } from '../../kb/index.ts';
import { createPageContext, type PageContext } from '../create-page-context.ts';
import { html, type SafeHtml } from '../../html.ts';
import { PAGE_PARAM, paginate, renderPager } from '../../paginate.ts';
import type { PublicSite } from '../public-types.ts';
import { sendPage } from '../render-layout.ts';
import { searchCatalogue } from '../search-catalogue.ts';
import { renderProcedureItem } from './render-procedure-item.ts';

/** GET /thu-tuc: every procedure grouped by agency and field, or search results best first. */
export function listProcedures(site: PublicSite): RequestHandler {
  const { catalogue, deps } = site;
  return (req, res) => {
    const page = createPageContext(req, res, deps.baseUrl);
    const { t } = page;
    const q = page.param('q').slice(0, 200);
    const agency = page.param('agency');
    const field = page.param('field');
    const found = searchCatalogue(
      deps.answerer.index,
      deps.answerer.lexicon,
      'procedure',
      catalogue.procedures,
      q,
      labelOf,
    );
    const shown = found.filter(
      (procedure) => (agency === '' || procedure.agency === agency) && (field === '' || procedure.field === field),
    );
    // Without a search the list reads by agency and field; a page holds the next 30 in that order.
    const ordered = q === '' ? inGroupOrder(site, shown) : shown;
    const { items, page: position } = paginate(ordered, page.param(PAGE_PARAM));
    const results =
      shown.length === 0
        ? html`<p>${t('search.none')}</p>`
        : q === ''
          ? renderGroups(page, site, items, shown)
          : html`<ul class="plain">${items.map((procedure) => renderProcedureItem(page, catalogue, procedure))}</ul>`;
    sendPage(res, page, {
      title: t('procedures.title'),
      description: t('procedures.description', { count: catalogue.procedures.length }),
      body: html`<h1>${t('procedures.title')}</h1>
<p class="lead">${t('procedures.intro')}</p>
${renderFilters(page, site, q, agency, field)}
<p role="status">${q === '' && agency === '' && field === '' ? t('procedures.count', { count: shown.length }) : t('search.count', { count: shown.length })}</p>
${results}
${renderPager(page.url, position, t)}`,
    });
  };
}

function labelOf(procedure: Procedure): string {
  // The name first: search results rank by where the typed phrase stands in this label.
  return `${procedure.name.vi} ${procedure.name.en} ${procedure.ref} ${procedure.national_code ?? ''}`;
}

function renderFilters(page: PageContext, site: PublicSite, q: string, agency: string, field: string): SafeHtml {
  const { t, language } = page;
  const used = new Set(site.catalogue.procedures.map((procedure) => procedure.agency));
  const agencies = site.catalogue.agencies.filter((candidate) => used.has(candidate.id));
  return html`<form class="filters" method="get" action="/thu-tuc" role="search">
<div class="wide"><label for="q">${t('procedures.search')}</label>
<input id="q" name="q" type="search" value="${q}" placeholder="${t('procedures.placeholder')}" autocomplete="off"></div>
<div><label for="agency">${t('procedures.agency')}</label>
<select id="agency" name="agency"><option value="">${t('common.all')}</option>${agencies.map(
    (candidate) =>
      html`<option value="${candidate.id}"${candidate.id === agency ? ' selected' : ''}>${candidate.name[language]}</option>`,
  )}</select></div>
<div><label for="field">${t('procedures.field')}</label>
<select id="field" name="field"><option value="">${t('common.all')}</option>${site.catalogue.fields.map(
    (name) => html`<option value="${name}"${name === field ? ' selected' : ''}>${name}</option>`,
  )}</select></div>
<div><button type="submit">${t('search.submit')}</button></div>
</form>`;
}

/** Agencies in the catalogue's order, then fields alphabetically, then the catalogue's order. */
function inGroupOrder(site: PublicSite, procedures: Procedure[]): Procedure[] {
  const collator = new Intl.Collator('vi');
  const agencyOrder = new Map(site.catalogue.agencies.map((agency, position) => [agency.id, position]));
  const rank = (procedure: Procedure) => agencyOrder.get(procedure.agency) ?? agencyOrder.size;
  return [...procedures].sort((a, b) => rank(a) - rank(b) || collator.compare(a.field, b.field));
}

/** One page of procedures under their agency and field headings; the badge counts the agency's matches on every page. */
function renderGroups(page: PageContext, site: PublicSite, procedures: Procedure[], all: Procedure[]): SafeHtml {
  const { t, language } = page;
  const collator = new Intl.Collator('vi');
  return html`${site.catalogue.agencies.map((agency) => {
    const own = procedures.filter((procedure) => procedure.agency === agency.id);
    if (own.length === 0) return '';
    const fields = [...new Set(own.map((procedure) => procedure.field))].sort(collator.compare);
    const total = all.filter((procedure) => procedure.agency === agency.id).length;
    return html`<section aria-labelledby="agency-${agency.id}">
<h2 id="agency-${agency.id}">${agency.name[language]} <span class="badge">${total}</span></h2>
<p><a href="/thu-tuc/qr/${agency.id}">${t('procedures.qrSheet')}</a></p>
${fields.map(
  (field) => html`<h3>${field}</h3>
<ul class="plain">${own.filter((procedure) => procedure.field === field).map((procedure) => renderProcedureItem(page, site.catalogue, procedure, { showAgency: false, heading: 'h4' }))}</ul>`,
)}
</section>`;
  })}`;
}
