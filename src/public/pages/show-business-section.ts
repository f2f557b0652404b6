import type { RequestHandler } from 'express';
import { createPageContext } from '../create-page-context.ts';
import { isForBusiness } from '../create-catalogue.ts';
import { html } from '../../html.ts';
import type { PublicSite } from '../public-types.ts';
import { sendPage } from '../render-layout.ts';
import { renderAnswer } from './list-answers.ts';
import { renderProcedureItem } from './render-procedure-item.ts';

const LATEST_ANSWERS = 10;

/**
 * GET /doanh-nghiep: the section for businesses (R7). Procedures whose audience includes
 * businesses, grouped by field; and the published answers about those procedures (an answer
 * carries no audience of its own, so the procedure it is about decides).
 */
export function showBusinessSection(site: PublicSite): RequestHandler {
  const { catalogue } = site;
  const fields = [...new Set(catalogue.forBusiness.map((procedure) => procedure.field))].sort(
    new Intl.Collator('vi').compare,
  );
  return async (req, res) => {
    const page = createPageContext(req, res, site.deps.baseUrl);
    const { t } = page;
    const answers = (await site.deps.publishedAnswers())
      .filter((answer) => {
        const procedure = answer.procedureRef ? catalogue.procedure(answer.procedureRef) : undefined;
        return procedure !== undefined && isForBusiness(procedure);
      })
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
      .slice(0, LATEST_ANSWERS);
    sendPage(res, page, {
      title: t('business.title'),
      description: t('business.description', { count: catalogue.forBusiness.length }),
      body: html`<h1>${t('business.title')}</h1>
<p class="lead">${t('business.intro')}</p>
<p>${t('business.ask')} <a href="/hoi-dap#ask-title">${t('business.askLink')}</a></p>
<nav aria-label="${t('business.fields')}"><ul class="list">${fields.map((field, position) => html`<li><a href="#field-${position}">${field}</a></li>`)}</ul></nav>
<h2>${t('business.answers')}</h2>
${answers.length === 0 ? html`<p>${t('answers.none')}</p>` : html`<ul class="plain">${answers.map((answer) => renderAnswer(page, site, answer))}</ul>`}
<h2>${t('business.procedures', { count: catalogue.forBusiness.length })}</h2>
${fields.map(
  (field, position) => html`<section aria-labelledby="field-${position}"><h3 id="field-${position}">${field}</h3>
<ul class="plain">${catalogue.forBusiness.filter((procedure) => procedure.field === field).map((procedure) => renderProcedureItem(page, catalogue, procedure, { heading: 'h4' }))}</ul></section>`,
)}`,
    });
  };
}
