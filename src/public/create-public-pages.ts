import express, { type RequestHandler, type Router } from 'express';
import cookieParser from 'cookie-parser';
import { rateLimit } from 'express-rate-limit';
import { protectForms } from '../protect-forms.ts';
import { createCatalogue } from './create-catalogue.ts';
import { createPageContext } from './create-page-context.ts';
import { html } from '../html.ts';
import { fileQuestion, showReceipt } from './pages/file-question.ts';
import { listAnswers } from './pages/list-answers.ts';
import { listDocuments } from './pages/list-documents.ts';
import { listProcedures } from './pages/list-procedures.ts';
import { printQrSheet } from './pages/print-qr-sheet.ts';
import { sendRobots, sendSitemap } from './pages/send-sitemap.ts';
import { showBusinessSection } from './pages/show-business-section.ts';
import { showDocument } from './pages/show-document.ts';
import { showFigures } from './pages/show-figures.ts';
import { sendProcedureQr, showProcedure } from './pages/show-procedure.ts';
import { PUBLIC_CSS } from './public-css.ts';
import type { PublicPagesDeps, PublicSite } from './public-types.ts';
import { sendPage } from './render-layout.ts';
import { createAnswerSearch } from './search-catalogue.ts';

export type { AgencyFigures, FiledQuestion, PublicPagesDeps, PublishedAnswer, QuestionInput } from './public-types.ts';

/**
 * The public pages (issue #5): procedures with QR codes, legal documents, published answers with
 * the question form, monthly figures, the business section, sitemap and robots.txt. Mount it at
 * the root of the app (`app.use(createPublicPages(deps))`): the pages link to each other by
 * absolute paths. Paths it does not serve fall through to the app.
 */
export function createPublicPages(deps: PublicPagesDeps): Router {
  const site: PublicSite = {
    deps: { ...deps, baseUrl: deps.baseUrl.replace(/\/+$/, '') },
    catalogue: createCatalogue(deps.answerer),
    secureCookies: deps.secureCookies ?? deps.baseUrl.startsWith('https:'),
    searchAnswers: createAnswerSearch(deps.answerer),
    now: deps.now ?? (() => new Date()),
  };
  const router = express.Router();
  const formLimit = rateLimit({
    windowMs: 10 * 60 * 1000,
    limit: deps.formLimitPer10Minutes ?? 20,
    store: deps.limitStore('question-form'),
    passOnStoreError: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      const page = createPageContext(req, res, site.deps.baseUrl);
      const { t } = page;
      sendPage(
        res,
        page,
        {
          title: t('form.tooManyTitle'),
          description: t('form.tooMany'),
          noIndex: true,
          body: html`<h1>${t('form.tooManyTitle')}</h1><p>${t('form.tooMany')}</p>`,
        },
        429,
      );
    },
  });

  // The one form of the public pages is on /hoi-dap: the CSRF middleware sits on both its routes.
  const forms = protectForms({
    secure: site.secureCookies,
    onRejected: (req, res) => {
      const page = createPageContext(req, res, site.deps.baseUrl);
      const { t } = page;
      const body = html`<h1>${t('form.expiredTitle')}</h1><p>${t('form.expired')}</p><p><a href="/hoi-dap#ask-title">${t('form.again')}</a></p>`;
      sendPage(res, page, { title: t('form.expiredTitle'), description: t('form.expired'), noIndex: true, body }, 403);
    },
  });

  router.use(cookieParser());
  router.get('/static/public.css', (_req, res) => {
    res.type('css').set('Cache-Control', 'public, max-age=86400').send(PUBLIC_CSS);
  });
  router.get('/thu-tuc', headers, listProcedures(site));
  router.get('/thu-tuc/qr/:agencyId', headers, printQrSheet(site));
  router.get('/thu-tuc/:id/qr.png', sendProcedureQr(site));
  router.get('/thu-tuc/:id', headers, showProcedure(site));
  router.get('/van-ban', headers, listDocuments(site));
  router.get('/van-ban/:id', headers, showDocument(site));
  router.get('/hoi-dap', headers, forms, listAnswers(site));
  router.post(
    '/hoi-dap',
    headers,
    formLimit,
    express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 20 }),
    forms,
    fileQuestion(site),
  );
  router.get('/hoi-dap/da-gui', headers, showReceipt(site));
  router.get('/thong-ke', headers, showFigures(site));
  router.get('/doanh-nghiep', headers, showBusinessSection(site));
  router.get('/sitemap.xml', sendSitemap(site));
  router.get('/robots.txt', sendRobots(site));
  return router;
}

/**
 * Headers for the HTML pages only (not the whole app: the inbox has its own). The pages use no
 * script and no inline style, so the policy can forbid both: a value that escaped escaping still
 * could not run.
 */
const headers: RequestHandler = (_req, res, next) => {
  res.set({
    'Content-Security-Policy':
      "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  });
  next();
};
