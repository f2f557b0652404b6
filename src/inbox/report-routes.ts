import express, { type Router } from 'express';
import { computeFigures, type Figures } from '../reports/compute-figures.ts';
import { figuresToCsv } from '../reports/figures-to-csv.ts';
import { renderBarChart } from '../reports/render-bar-chart.ts';
import { parsePeriod, type Period } from '../reports/parse-period.ts';
import { previousMonth } from '../vietnam-time.ts';
import { html } from '../html.ts';
import { pageContext, requireRole, type InboxDeps, type PageContext } from './inbox-context.ts';
import { renderPage } from './render-page.ts';

/** Figures per agency and period (R9, R10, R12): supervisors see their agency, admins every agency and the total. */
export function reportRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  // On each route, not router.use('/reports'): that prefix does not match /reports.csv.
  const supervisors = requireRole('supervisor', 'admin');

  const load = async (
    context: PageContext,
    text: unknown,
  ): Promise<{ period: Period; rows: Figures[]; businesses: Figures[] } | null> => {
    let period: Period;
    try {
      period = parsePeriod(typeof text === 'string' && text !== '' ? text : previousMonth(deps.now()));
    } catch {
      return null;
    }
    const mine = (rows: Figures[]) =>
      context.staff.role === 'admin' ? rows : rows.filter((row) => row.agencyId === context.staff.agencyId);
    const [all, businesses] = await Promise.all([
      computeFigures(deps.db, period),
      computeFigures(deps.db, period, { requesterType: 'business' }),
    ]);
    return { period, rows: mine(all), businesses: mine(businesses) };
  };

  router.get('/reports.csv', supervisors, async (req, res) => {
    const context = pageContext(req, res);
    const loaded = await load(context, req.query.period);
    if (!loaded) {
      res.status(400).send('period: expected 2026-10, 2026-Q3, 2026-H1 or 2026');
      return;
    }
    res.type('text/csv; charset=utf-8').attachment(`hoidap-${loaded.period.label}.csv`);
    res.send(`\uFEFF${figuresToCsv(loaded.rows, (id) => deps.tracker.agencyName(id, context.language))}`);
  });

  router.get('/reports', supervisors, async (req, res) => {
    const context = pageContext(req, res);
    const { t, language } = context;
    const loaded = await load(context, req.query.period);
    if (!loaded) {
      res
        .status(400)
        .send(renderPage(context, t('reports'), html`<p class="warn" role="alert">${t('invalid_period')}</p>`));
      return;
    }
    const { period, rows, businesses } = loaded;
    const name = (row: Figures) =>
      row.agencyId === null ? t('total') : deps.tracker.agencyName(row.agencyId, language);
    const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10} %`);
    const number = (value: number | null, digits = 1) => (value === null ? '—' : value.toFixed(digits));
    const agencies = rows.filter((row) => row.agencyId !== null);
    const chart = (id: string, title: string, pick: (row: Figures) => number | null, target?: number) => {
      const bars = agencies.map((row) => ({ label: name(row), value: pick(row), text: percent(pick(row)) }));
      const goal = target === undefined ? undefined : { value: target / 100, label: t('target', { value: target }) };
      return html`<figure class="card"><figcaption><strong>${title}</strong>${goal ? ` · ${goal.label}` : ''}</figcaption>${renderBarChart({ id, title, bars, max: 1, target: goal })}</figure>`;
    };
    const columns: Array<[string, (row: Figures) => string | number]> = [
      ['requests', (r) => r.requests],
      ['businesses', (r) => r.businesses],
      ['citizens', (r) => r.citizens],
      ['answered_share', (r) => percent(r.answeredShare)],
      ['within_48h', (r) => percent(r.answeredWithin48hShare)],
      ['median_hours', (r) => number(r.medianHours)],
      ['p90_hours', (r) => number(r.p90Hours)],
      ['median_days', (r) => number(r.medianWorkingDays, 2)],
      ['p90_days', (r) => number(r.p90WorkingDays, 2)],
      ['by_bot', (r) => r.answeredByBot],
      ['by_staff', (r) => r.answeredByStaff],
      ['handoffs', (r) => r.handoffs],
      ['handoffs_known', (r) => r.handoffsWithKnownProcedure],
      ['progress_replies', (r) => r.progressReplies],
      ['late', (r) => r.late],
      ['apologies', (r) => r.apologies],
      ['sipas', (r) => percent(r.satisfactionShare)],
    ];
    const body = html`<h1>${t('reports')}: ${period.label}</h1>
<form method="get" action="/inbox/reports" class="card"><label for="period">${t('period')}</label>
<input id="period" name="period" value="${period.label}" pattern="\\d{4}(-\\d{2}|-Q[1-4]|-H[12])?" title="2026-10 · 2026-Q3 · 2026-H1 · 2026"> <button>${t('show')}</button>
<a href="/inbox/reports.csv?period=${encodeURIComponent(period.label)}">${t('download_csv')}</a></form>
<div class="table-wrap"><table><thead><tr><th>${t('agency')}</th>${columns.map(([key]) => html`<th>${t(`fig_${key}`)}</th>`)}</tr></thead>
<tbody>${rows.map((row) => html`<tr><th scope="row">${name(row)}</th>${columns.map(([, value]) => html`<td>${value(row)}</td>`)}</tr>`)}</tbody></table></div>
<p class="meta">${t('fig_handoffs_known_hint')}</p>
<h2>${t('pci_title')}</h2><p class="meta">${t('pci_hint')}</p>
<div class="table-wrap"><table><thead><tr><th>${t('agency')}</th><th>${t('fig_requests')}</th><th>${t('fig_answered_share')}</th><th>${t('fig_within_48h')}</th><th>${t('fig_median_days')}</th><th>${t('fig_sipas')}</th></tr></thead>
<tbody>${businesses.map((row) => html`<tr><th scope="row">${name(row)}</th><td>${row.requests}</td><td>${percent(row.answeredShare)}</td><td>${percent(row.answeredWithin48hShare)}</td><td>${number(row.medianWorkingDays, 2)}</td><td>${percent(row.satisfactionShare)}</td></tr>`)}${businesses.length === 0 ? html`<tr><td colspan="6">${t('no_data')}</td></tr>` : ''}</tbody></table></div>
${agencies.length > 0 ? html`${chart('chart-48h', t('fig_within_48h'), (r) => r.answeredWithin48hShare)}${chart('chart-sipas', t('fig_sipas'), (r) => r.satisfactionShare, 85)}` : html`<p>${t('no_data')}</p>`}`;
    res.send(renderPage(context, `${t('reports')} ${period.label}`, body));
  });
  return router;
}
