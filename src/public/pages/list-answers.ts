import type { Request, RequestHandler, Response } from 'express';
import { createPageContext, type PageContext } from '../create-page-context.ts';
import { html, type SafeHtml } from '../../html.ts';
import { formToken } from '../../protect-forms.ts';
import { PAGE_PARAM, paginate, renderPager } from '../../paginate.ts';
import type { PublicSite, PublishedAnswer } from '../public-types.ts';
import { sendPage } from '../render-layout.ts';
import { EMPTY_FORM, renderQuestionForm, type FormState } from './render-question-form.ts';

/** GET /hoi-dap: published answers (R4), searchable, and the question form (R3). */
export function listAnswers(site: PublicSite): RequestHandler {
  return async (req, res) => {
    await sendAnswersPage(req, res, site, EMPTY_FORM);
  };
}

/** Renders the answers page; the form handler uses it to show the form again with its errors. */
export async function sendAnswersPage(
  req: Request,
  res: Response,
  site: PublicSite,
  form: FormState,
  status = 200,
): Promise<void> {
  const page = createPageContext(req, res, site.deps.baseUrl);
  const { t } = page;
  const q = page.param('q').slice(0, 200);
  const all = [...(await site.deps.publishedAnswers())].sort(
    (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime(),
  );
  const found = site.searchAnswers(all, q);
  const { items: shown, page: position } = paginate(found, page.param(PAGE_PARAM));
  // The page carries a per-visitor token: shared caches must not keep it.
  res.set('Cache-Control', 'private, no-store');
  sendPage(
    res,
    page,
    {
      title: t('answers.title'),
      description: t('answers.description'),
      body: html`<h1>${t('answers.title')}</h1>
<p class="lead">${t('answers.intro')}</p>
<p><a href="#ask-title">${t('answers.toForm')}</a></p>
<form class="filters" method="get" action="/hoi-dap" role="search">
<div class="wide"><label for="q">${t('answers.search')}</label><input id="q" name="q" type="search" value="${q}" autocomplete="off"></div>
<div><button type="submit">${t('search.submit')}</button></div>
</form>
<p role="status">${t('search.count', { count: found.length })}</p>
${shown.length === 0 ? html`<p>${t('answers.none')}</p>` : html`<ul class="plain">${shown.map((answer) => renderAnswer(page, site, answer))}</ul>`}
${renderPager(page.url, position, t)}
${renderQuestionForm(page, site.catalogue, formToken(res), form)}`,
    },
    status,
  );
}

export function renderAnswer(page: PageContext, site: PublicSite, answer: PublishedAnswer): SafeHtml {
  const { language } = page;
  const procedure = answer.procedureRef ? site.catalogue.procedure(answer.procedureRef) : undefined;
  return html`<li class="card answer">
<h2>${answer.question}</h2>
<div class="answer-text">${answer.answer}</div>
<p class="muted">${site.catalogue.agencyName(answer.agencyId, language)} · ${page.date(answer.publishedAt)}${
    procedure ? html` · <a href="/thu-tuc/${procedure.id}">${procedure.ref}: ${procedure.name[language]}</a>` : ''
  }</p>
</li>`;
}
