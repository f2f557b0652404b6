import type { RequestHandler, Response } from 'express';
import { createPageContext, type PageContext } from '../create-page-context.ts';
import { html, type SafeHtml } from '../../html.ts';
import { previousMonth, shiftMonth } from '../../vietnam-time.ts';
import { renderBarChart } from '../../reports/render-bar-chart.ts';
import type { AgencyFigures, PublicSite } from '../public-types.ts';
import { sendPage } from '../render-layout.ts';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
// Targets named by the source plans: median wait 5 days (R10), satisfaction at least 85 % (R8).
const MEDIAN_DAYS_TARGET = 5;
const SATISFACTION_TARGET = 0.85;

/** GET /thong-ke: the public monthly figures per agency (R9, R10), as a table and bar charts. */
export function showFigures(site: PublicSite): RequestHandler {
  return async (req, res) => {
    const page = createPageContext(req, res, site.deps.baseUrl);
    const { t, language } = page;
    const latest = previousMonth(site.now());
    const first = await site.deps.firstMonth();
    const asked = page.param('thang');
    // A month that is not YYYY-MM, or one not finished yet, has no page: say so rather than show another month.
    if (asked !== '' && (!MONTH.test(asked) || asked > latest)) return sendBadMonth(res, page, first, latest);
    const month = asked === '' ? latest : asked;
    const order = new Map(site.catalogue.agencies.map((agency, position) => [agency.id, position]));
    const figures = [...(await site.deps.monthlyFigures(month))].sort(
      (a, b) => (order.get(a.agencyId) ?? order.size) - (order.get(b.agencyId) ?? order.size),
    );
    const name = (row: AgencyFigures) => site.catalogue.agencyName(row.agencyId, language);
    const numbers = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
    const days = (value: number | null) =>
      value === null ? '–' : t('figures.days', { count: value, value: numbers.format(value) });
    const monthLabel = formatMonth(page, month);
    const body = html`<h1>${t('figures.title')}</h1>
<p class="lead">${t('figures.intro')}</p>
<form class="filters" method="get" action="/thong-ke">
<div><label for="thang">${t('figures.month')}</label><input id="thang" name="thang" type="month" value="${month}"${first !== null && first <= latest ? html` min="${first}"` : ''} max="${latest}" pattern="\\d{4}-\\d{2}"></div>
<div><button type="submit">${t('figures.show')}</button></div>
</form>
${renderMonthLinks(page, month, first, latest)}
<h2>${t('figures.heading', { month: monthLabel })}</h2>
${
  figures.length === 0
    ? html`<p>${t('figures.none')}</p>`
    : html`
<div class="table-wrap"><table>
<caption class="muted">${t('figures.caption', { month: monthLabel })}</caption>
<thead><tr><th scope="col">${t('figures.agency')}</th><th scope="col" class="num">${t('figures.requests')}</th><th scope="col" class="num">${t('figures.within48h')}</th><th scope="col" class="num">${t('figures.median')}</th><th scope="col" class="num">${t('figures.satisfaction')}</th></tr></thead>
<tbody>${figures.map(
        (row) =>
          html`<tr><th scope="row">${name(row)}</th><td class="num">${row.requests}</td><td class="num">${page.percent(row.answeredWithin48hShare)}</td><td class="num">${days(row.medianDays)}</td><td class="num">${page.percent(row.satisfactionShare)}</td></tr>`,
      )}</tbody>
</table></div>
${renderCharts(page, figures, name, days)}`
}
<h2>${t('figures.aboutTitle')}</h2>
<ul class="list"><li>${t('figures.aboutWithin48h')}</li><li>${t('figures.aboutMedian', { target: MEDIAN_DAYS_TARGET })}</li><li>${t('figures.aboutSatisfaction', { target: SATISFACTION_TARGET * 100 })}</li></ul>`;
    sendPage(res, page, {
      title: `${t('figures.title')} ${monthLabel}`,
      description: t('figures.description', { month: monthLabel }),
      body,
    });
  };
}

function renderCharts(
  page: PageContext,
  figures: AgencyFigures[],
  name: (row: AgencyFigures) => string,
  days: (value: number | null) => string,
): SafeHtml {
  const { t } = page;
  const most = Math.max(1, ...figures.map((row) => row.requests));
  const slowest = Math.max(MEDIAN_DAYS_TARGET * 1.5, ...figures.map((row) => row.medianDays ?? 0));
  return html`<h2>${t('figures.charts')}</h2>
<h3>${t('figures.requests')}</h3>
${renderBarChart({ id: 'chart-requests', title: t('figures.requests'), max: most, bars: figures.map((row) => ({ label: name(row), value: row.requests, text: String(row.requests) })) })}
<h3>${t('figures.within48h')}</h3>
${renderBarChart({ id: 'chart-48h', title: t('figures.within48h'), max: 1, bars: figures.map((row) => ({ label: name(row), value: row.answeredWithin48hShare, text: page.percent(row.answeredWithin48hShare) })) })}
<h3>${t('figures.median')}</h3>
${renderBarChart({
  id: 'chart-median',
  title: t('figures.median'),
  max: slowest,
  target: { value: MEDIAN_DAYS_TARGET, label: t('figures.target', { value: days(MEDIAN_DAYS_TARGET) }) },
  bars: figures.map((row) => ({ label: name(row), value: row.medianDays, text: days(row.medianDays) })),
})}
<h3>${t('figures.satisfaction')}</h3>
${renderBarChart({
  id: 'chart-satisfaction',
  title: t('figures.satisfaction'),
  max: 1,
  target: { value: SATISFACTION_TARGET, label: t('figures.target', { value: page.percent(SATISFACTION_TARGET) }) },
  bars: figures.map((row) => ({
    label: name(row),
    value: row.satisfactionShare,
    text: page.percent(row.satisfactionShare),
  })),
})}`;
}

/** Previous and next month, within the months that have figures: none before the first, none after the last finished one. */
function renderMonthLinks(page: PageContext, month: string, first: string | null, latest: string): SafeHtml | '' {
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const links = [
    first !== null && previous >= first
      ? html`<a href="/thong-ke?thang=${previous}" rel="prev">← ${formatMonth(page, previous)}</a>`
      : '',
    next <= latest ? html`<a href="/thong-ke?thang=${next}" rel="next">${formatMonth(page, next)} →</a>` : '',
  ].filter((link) => link !== '');
  return links.length === 0 ? '' : html`<p class="pager">${links}</p>`;
}

/** 400 for ?thang= that is not a month with figures, with the months that are and a link back. */
function sendBadMonth(res: Response, page: PageContext, first: string | null, latest: string): void {
  const { t } = page;
  const range =
    first === null || first > latest
      ? t('figures.badMonthNone')
      : t('figures.badMonthRange', { first: formatMonth(page, first), last: formatMonth(page, latest) });
  sendPage(
    res,
    page,
    {
      title: t('figures.badMonthTitle'),
      description: t('figures.badMonth'),
      noIndex: true,
      body: html`<h1>${t('figures.badMonthTitle')}</h1><p>${t('figures.badMonth')} ${range}</p><p><a href="/thong-ke">${t('figures.badMonthBack')}</a></p>`,
    },
    400,
  );
}

function formatMonth(page: PageContext, month: string): string {
  const name = new Intl.DateTimeFormat(page.language === 'vi' ? 'vi-VN' : 'en-GB', {
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
  // "Tháng 10" reads as a sentence's word in Vietnamese headings: "Số liệu tháng 10 năm 2026".
  return page.t('figures.monthLabel', {
    name: page.language === 'vi' ? name.toLocaleLowerCase('vi') : name,
    year: month.slice(0, 4),
  });
}
