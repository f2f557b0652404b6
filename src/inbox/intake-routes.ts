import express, { type Router } from 'express';
import { z } from 'zod';
import { registerRequest } from '../conversations/index.ts';
import { formatTime } from '../tracker/index.ts';
import { html } from '../html.ts';
import { canSeeAgency, pageContext, type InboxDeps } from './inbox-context.ts';
import { renderPage } from './render-page.ts';
import { fromVietnamDateTimeLocal, vietnamDateTimeLocal } from '../vietnam-time.ts';

const INTAKE_CHANNELS = ['phone', 'email', 'letter', 'in_person'] as const;

const intakeSchema = z.object({
  channel: z.enum(INTAKE_CHANNELS),
  // Staff type Vietnam's wall-clock time; an impossible one (30/02, 25:00) is refused, not rolled over.
  receivedAt: z.string().transform(fromVietnamDateTimeLocal).pipe(z.date()),
  name: z.string().trim().max(200),
  contact: z.string().trim().max(200),
  requesterType: z.enum(['citizen', 'business']),
  taxCode: z
    .string()
    .trim()
    .regex(/^(\d{10}(-\d{3})?)?$/),
  agency: z.string(),
  procedure: z.string().max(10),
  question: z.string().trim().min(3).max(8000),
});

/**
 * Requests received by phone, email, letter or at the counter (R2) enter the same tracker: the
 * clock starts when the request was received, not when it was typed in.
 */
export function intakeRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  router.get('/intake', (req, res) => {
    const context = pageContext(req, res);
    const { t, language, csrf, staff } = context;
    const agencies = deps.answerer.kb.agencies.filter((agency) => canSeeAgency(staff, agency.id));
    const local = vietnamDateTimeLocal(deps.now());
    const body = html`<h1>${t('intake')}</h1>
<form method="post" action="/inbox/intake" class="card"><input type="hidden" name="_csrf" value="${csrf}">
<label for="channel">${t('channel')}</label><select id="channel" name="channel">${INTAKE_CHANNELS.map((name) => html`<option value="${name}">${t(`channel_${name}`)}</option>`)}</select>
<label for="receivedAt">${t('received_at')}</label><input id="receivedAt" name="receivedAt" type="datetime-local" value="${local}" required>
<label for="name">${t('requester_name')}</label><input id="name" name="name" maxlength="200">
<label for="contact">${t('contact_info')}</label><input id="contact" name="contact" maxlength="200">
<label for="requesterType">${t('requester_type')}</label><select id="requesterType" name="requesterType"><option value="citizen">${t('type_citizen')}</option><option value="business">${t('type_business')}</option></select>
<label for="taxCode">${t('tax_code')}</label><input id="taxCode" name="taxCode" maxlength="14">
<label for="agency">${t('agency')}</label><select id="agency" name="agency">${agencies.map((agency) => html`<option value="${agency.id}" ${agency.id === staff.agencyId ? 'selected' : ''}>${agency.name[language]}</option>`)}</select>
<label for="procedure">${t('procedure')}</label><select id="procedure" name="procedure"><option value="">—</option>${deps.answerer.kb.procedures.map((p) => html`<option value="${p.ref}">${p.ref} · ${p.name[language]}</option>`)}</select>
<label for="question">${t('question')}</label><textarea id="question" name="question" required maxlength="8000"></textarea>
<p><button>${t('intake_button')}</button></p></form>`;
    res.send(renderPage(context, t('intake'), body));
  });

  router.post('/intake', async (req, res) => {
    const context = pageContext(req, res);
    const { t, language } = context;
    const parsed = intakeSchema.safeParse(req.body);
    const agencyOk =
      parsed.success &&
      deps.answerer.kb.agencies.some((agency) => agency.id === parsed.data.agency) &&
      canSeeAgency(context.staff, parsed.data.agency);
    if (!parsed.success || !agencyOk) {
      const problems = parsed.success ? ['agency'] : parsed.error.issues.map((issue) => issue.path.join('.'));
      res
        .status(400)
        .send(
          renderPage(
            context,
            t('intake'),
            html`<p class="warn" role="alert">${t('invalid_fields', { fields: problems.join(', ') })}</p><p><a href="/inbox/intake">←</a></p>`,
          ),
        );
      return;
    }
    const input = parsed.data;
    const request = await registerRequest(
      deps.db,
      deps.tracker,
      {
        channel: input.channel,
        receivedAt: input.receivedAt,
        name: input.name || null,
        contact: input.contact || null,
        requesterType: input.requesterType,
        taxCode: input.taxCode || null,
        agencyId: input.agency,
        procedureRef: input.procedure || null,
        question: input.question,
        language: 'vi',
        actor: { kind: 'staff', staffId: context.staff.id },
      },
      deps.now(),
    );
    const body = html`<h1>${t('intake_done', { caseNumber: request.caseNumber })}</h1>
<p class="ok" role="status">${t('bots:tracker.acknowledgement_manual', { caseNumber: request.caseNumber, agency: deps.tracker.agencyName(request.agencyId, language), deadline: request.dueAt ? formatTime(request.dueAt, language) : '' })}</p>
<p><a href="/inbox/cases/${request.id}">${t('open_case')}</a> · <a href="/inbox/intake">${t('intake_another')}</a></p>`;
    res.status(201).send(renderPage(context, t('intake'), body));
  });
  return router;
}
