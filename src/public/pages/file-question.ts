import type { RequestHandler } from 'express';
import { z } from 'zod';
import { cleanStrings } from '../../clean-text.ts';
import { createPageContext } from '../create-page-context.ts';
import { html } from '../../html.ts';
import type { PublicSite } from '../public-types.ts';
import { sendPage } from '../render-layout.ts';
import { sendAnswersPage } from './list-answers.ts';
import { FORM_FIELDS, type FormField } from './render-question-form.ts';

// A phone number as people type it (0912 345 678, +84 912-345-678), or an e-mail address.
const PHONE = /^\+?[0-9][0-9 ().-]{7,19}$/;
const TAX_CODE = /^\d{10}(-\d{3})?$/;
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

const formSchema = z.object({
  name: text(1, 100),
  contact: text(5, 200).refine((value) => PHONE.test(value) || z.email().safeParse(value).success),
  question: text(10, 4000),
  is_business: z.literal('on').optional(),
  tax_code: z
    .string()
    .trim()
    .max(20)
    .refine((value) => value === '' || TAX_CODE.test(value))
    .optional(),
  agency: z.string().trim().max(64).optional(),
});

const receiptSchema = z.object({ caseNumber: z.string().min(1).max(64), deadline: z.iso.datetime() });
const RECEIPT_COOKIE = 'hoidap_receipt';

/**
 * POST /hoi-dap (its CSRF token already checked by protectForms): validates the form (400 with the
 * form shown again), files the question on the tracker, then redirects to the receipt
 * (POST-redirect-GET) so a reload never files the question twice.
 */
export function fileQuestion(site: PublicSite): RequestHandler {
  return async (req, res) => {
    const body: unknown = cleanStrings(req.body);
    const fields = typeof body === 'object' && body !== null ? Object.fromEntries(Object.entries(body)) : {};
    const values: Partial<Record<FormField, string>> = {};
    for (const field of FORM_FIELDS) {
      const value = fields[field];
      if (typeof value === 'string') values[field] = value.slice(0, 5000);
    }
    const parsed = formSchema.safeParse(values);
    const agencyId = values.agency?.trim() || undefined;
    const unknownAgency = agencyId !== undefined && !site.catalogue.agency(agencyId);
    if (!parsed.success || unknownAgency) {
      const errors = new Set<FormField>(unknownAgency ? ['agency'] : []);
      for (const issue of parsed.error?.issues ?? []) {
        const field = FORM_FIELDS.find((candidate) => candidate === issue.path[0]);
        if (field) errors.add(field);
      }
      return sendAnswersPage(req, res, site, { values, errors: [...errors] }, 400);
    }
    const { name, contact, question, is_business: business, tax_code: taxCode } = parsed.data;
    const page = createPageContext(req, res, site.deps.baseUrl);
    const filed = await site.deps
      .fileQuestion({
        name,
        contact,
        question,
        isBusiness: business === 'on',
        ...(business === 'on' && taxCode ? { taxCode } : {}),
        ...(agencyId ? { agencyId } : {}),
        language: page.language,
      })
      .catch((error: unknown) => {
        // The visitor keeps what they typed and may try again; staff learn of it from the log.
        site.deps.logger?.error({ err: error }, 'public form: filing the question failed');
        return null;
      });
    if (!filed) return sendAnswersPage(req, res, site, { values, errors: [], unavailable: true }, 503);
    const receipt = JSON.stringify({ caseNumber: filed.caseNumber, deadline: filed.deadline.toISOString() });
    res.cookie(RECEIPT_COOKIE, Buffer.from(receipt).toString('base64url'), {
      httpOnly: true,
      sameSite: 'lax',
      secure: site.secureCookies,
      path: '/hoi-dap',
      maxAge: 30 * 60 * 1000,
    });
    res.redirect(303, '/hoi-dap/da-gui');
  };
}

/** GET /hoi-dap/da-gui: the case number and deadline of the question just filed. */
export function showReceipt(site: PublicSite): RequestHandler {
  return (req, res) => {
    const page = createPageContext(req, res, site.deps.baseUrl);
    const { t } = page;
    const stored: unknown = req.cookies?.[RECEIPT_COOKIE];
    const receipt = parseReceipt(typeof stored === 'string' ? stored : undefined);
    if (!receipt) return res.redirect(303, '/hoi-dap');
    res.set('Cache-Control', 'private, no-store');
    sendPage(res, page, {
      title: t('receipt.title'),
      description: t('receipt.title'),
      noIndex: true,
      body: html`<h1>${t('receipt.title')}</h1>
<div class="receipt" role="status"><p>${t('receipt.caseNumber')} <strong class="case-number">${receipt.caseNumber}</strong></p>
<p>${t('receipt.deadline')} <strong>${page.dateTime(new Date(receipt.deadline))}</strong></p></div>
<p>${t('receipt.next')}</p>
<p><a href="/hoi-dap">${t('receipt.back')}</a></p>`,
    });
  };
}

function parseReceipt(cookie: string | undefined): z.infer<typeof receiptSchema> | null {
  if (!cookie) return null;
  try {
    const parsed = receiptSchema.safeParse(JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
