import { asc, eq, isNull } from 'drizzle-orm';
import express, { type Router } from 'express';
import { z } from 'zod';
import { alerts } from '../settings/settings-tables.ts';
import {
  DEFAULT_SLA_POLICY,
  deleteSlaPolicy,
  listSlaPolicies,
  policyInCalendarTime,
  saveSlaPolicy,
} from '../tracker/index.ts';
import { checkPassword, MIN_PASSWORD_LENGTH } from './check-password.ts';
import { createStaff } from './create-staff.ts';
import { describePolicyTime } from './describe-policy-time.ts';
import { html } from '../html.ts';
import { staff } from './inbox-tables.ts';
import { pageContext, requireRole, type InboxDeps } from './inbox-context.ts';
import { renderPage } from './render-page.ts';

const staffSchema = z.object({
  email: z.email().max(200),
  name: z.string().trim().min(1).max(200),
  role: z.enum(['agent', 'supervisor', 'admin']),
  agency: z.string(),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
});
const policySchema = z.object({
  agency: z.string(),
  answerHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  progressHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  warningPercent: z.coerce.number().int().min(10).max(99),
  clock: z.enum(['calendar', 'working']),
});

/** Admin only: staff accounts, SLA policies per agency, open alerts (e.g. "reconnect Zalo"). */
export function adminRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  router.use('/admin', requireRole('admin'));
  const agencies = deps.answerer.kb.agencies;

  router.get('/admin', async (req, res) => {
    const context = pageContext(req, res);
    const { t, language, csrf } = context;
    const members = await deps.db.select().from(staff).orderBy(asc(staff.email));
    const policies = await listSlaPolicies(deps.db);
    const open = await deps.db.select().from(alerts).where(isNull(alerts.resolvedAt));
    const hidden = html`<input type="hidden" name="_csrf" value="${csrf}">`;
    const agencyOptions = (selected: string | null) =>
      agencies.map(
        (a) => html`<option value="${a.id}" ${a.id === selected ? 'selected' : ''}>${a.name[language]}</option>`,
      );
    const body = html`<h1>${t('admin')}</h1>
${open.length > 0 ? html`<div class="warn" role="alert">${open.map((alert) => html`<p>${alert.message}</p>`)}</div>` : ''}
<p><a href="/inbox/admin/zalo">Zalo OA</a> · <a href="/inbox/admin/holidays">${t('calendar.title')}</a> · <a href="/inbox/admin/audit">${t('audit')}</a></p>
<h2>${t('staff_accounts')}</h2>
<div class="table-wrap"><table><thead><tr><th>${t('email')}</th><th>${t('name')}</th><th>${t('role')}</th><th>${t('agency')}</th><th></th></tr></thead><tbody>
${members.map(
  (
    m,
  ) => html`<tr><td>${m.email}</td><td>${m.name}</td><td>${t(`role_${m.role}`)}</td><td>${m.agencyId ? deps.tracker.agencyName(m.agencyId, language) : '—'}</td>
<td><form method="post" action="/inbox/admin/staff/${m.id}/active" class="inline">${hidden}<input type="hidden" name="active" value="${m.active ? '0' : '1'}"><button>${m.active ? t('deactivate') : t('activate')}</button></form></td></tr>`,
)}
</tbody></table></div>
<form method="post" action="/inbox/admin/staff" class="card">${hidden}<h3>${t('add_staff')}</h3>
<label for="email">${t('email')}</label><input id="email" name="email" type="email" required>
<label for="name">${t('name')}</label><input id="name" name="name" required>
<label for="role">${t('role')}</label><select id="role" name="role"><option value="agent">${t('role_agent')}</option><option value="supervisor">${t('role_supervisor')}</option><option value="admin">${t('role_admin')}</option></select>
<label for="agency">${t('agency')}</label><select id="agency" name="agency">${agencyOptions(null)}</select>
<label for="password">${t('password')}</label><input id="password" name="password" type="password" minlength="${MIN_PASSWORD_LENGTH}" required autocomplete="new-password">
<p><button>${t('save')}</button></p></form>
<h2>${t('sla_policies')}</h2>
<p class="meta">${t('sla_default', { answer: DEFAULT_SLA_POLICY.answerHours, progress: DEFAULT_SLA_POLICY.progressHours })}</p>
<div class="table-wrap"><table><thead><tr><th>${t('agency')}</th><th>${t('answer_hours')}</th><th>${t('progress_hours')}</th><th>${t('warning_percent')}</th><th>${t('clock')}</th><th>${t('calendar.in_calendar_time')}</th><th></th></tr></thead><tbody>
${policies.map(
  (
    p,
  ) => html`<tr><td>${p.agencyId === '*' ? t('all_agencies') : deps.tracker.agencyName(p.agencyId, language)}</td><td>${p.answerHours}</td><td>${p.progressHours}</td><td>${Math.round(p.warningRatio * 100)}%</td><td>${t(`clock_${p.clock}`)}</td><td>${describePolicyTime(p, t)}</td>
<td><form method="post" action="/inbox/admin/sla/delete" class="inline">${hidden}<input type="hidden" name="agency" value="${p.agencyId}"><button>${t('delete')}</button></form></td></tr>`,
)}
</tbody></table></div>
<form method="post" action="/inbox/admin/sla" class="card">${hidden}<h3>${t('edit_policy')}</h3>
<p class="meta">${t('calendar.policy_help')}</p>
<label for="pagency">${t('agency')}</label><select id="pagency" name="agency"><option value="*">${t('all_agencies')}</option>${agencyOptions(null)}</select>
<label for="answerHours">${t('answer_hours')}</label><input id="answerHours" name="answerHours" type="number" min="1" value="48" required>
<label for="progressHours">${t('progress_hours')}</label><input id="progressHours" name="progressHours" type="number" min="1" value="24" required>
<label for="warningPercent">${t('warning_percent')}</label><input id="warningPercent" name="warningPercent" type="number" min="10" max="99" value="75" required>
<label for="clock">${t('clock')}</label><select id="clock" name="clock"><option value="calendar">${t('clock_calendar')}</option><option value="working">${t('clock_working')}</option></select>
<p><button>${t('save')}</button></p></form>`;
    res.send(renderPage(context, t('admin'), body));
  });

  router.post('/admin/staff', async (req, res) => {
    const context = pageContext(req, res);
    const parsed = staffSchema.safeParse(req.body);
    const agencyOk =
      parsed.success && (parsed.data.role === 'admin' || agencies.some((a) => a.id === parsed.data.agency));
    if (!parsed.success || !agencyOk) {
      res
        .status(400)
        .send(
          renderPage(
            context,
            context.t('admin'),
            html`<p class="warn" role="alert">${context.t('invalid_fields', { fields: parsed.success ? 'agency' : parsed.error.issues.map((i) => i.path.join('.')).join(', ') })}</p>`,
          ),
        );
      return;
    }
    const input = parsed.data;
    const weak = checkPassword(input.password, [input.email, input.name]);
    if (weak) {
      res
        .status(400)
        .send(
          renderPage(
            context,
            context.t('admin'),
            html`<p class="warn" role="alert">${context.t('weak_password', { reason: weak })}</p>`,
          ),
        );
      return;
    }
    const created = await createStaff(deps.db, {
      email: input.email,
      name: input.name,
      role: input.role,
      agencyId: input.role === 'admin' ? null : input.agency,
      password: input.password,
    });
    if (!created) {
      res
        .status(409)
        .send(
          renderPage(context, context.t('admin'), html`<p class="warn" role="alert">${context.t('email_taken')}</p>`),
        );
      return;
    }
    res.redirect(303, '/inbox/admin');
  });

  router.post('/admin/staff/:id/active', async (req, res) => {
    const context = pageContext(req, res);
    if (!z.uuid().safeParse(req.params.id).success) {
      res.status(404).send(renderPage(context, context.t('not_found'), html`<h1>${context.t('not_found')}</h1>`));
      return;
    }
    if (req.params.id === context.staff.id) {
      res
        .status(400)
        .send(renderPage(context, context.t('admin'), html`<p class="warn">${context.t('not_yourself')}</p>`));
      return;
    }
    await deps.db
      .update(staff)
      .set({ active: req.body?.active === '1' })
      .where(eq(staff.id, req.params.id));
    res.redirect(303, '/inbox/admin');
  });

  router.post('/admin/sla', async (req, res) => {
    const context = pageContext(req, res);
    const parsed = policySchema.safeParse(req.body);
    if (
      !parsed.success ||
      parsed.data.progressHours >= parsed.data.answerHours ||
      (parsed.data.agency !== '*' && !agencies.some((a) => a.id === parsed.data.agency))
    ) {
      res
        .status(400)
        .send(
          renderPage(
            context,
            context.t('admin'),
            html`<p class="warn" role="alert">${context.t('invalid_policy')}</p>`,
          ),
        );
      return;
    }
    const { agency, answerHours, progressHours, warningPercent, clock } = parsed.data;
    const policy = { agencyId: agency, answerHours, progressHours, warningRatio: warningPercent / 100, clock };
    const time = policyInCalendarTime(policy);
    if (time.progressTooLate) {
      const key = clock === 'working' ? 'calendar.progress_too_late' : 'calendar.progress_too_late_calendar';
      const message = context.t(key, { progressHours, max: time.maxProgressHours });
      res.status(400).send(renderPage(context, context.t('admin'), html`<p class="warn" role="alert">${message}</p>`));
      return;
    }
    await saveSlaPolicy(deps.db, policy, context.staff.id, deps.now());
    deps.logger.info({ staffId: context.staff.id, agency, answerHours, progressHours, clock }, 'SLA policy saved');
    res.redirect(303, '/inbox/admin');
  });

  router.post('/admin/sla/delete', async (req, res) => {
    await deleteSlaPolicy(deps.db, String(req.body?.agency ?? ''));
    res.redirect(303, '/inbox/admin');
  });
  return router;
}
