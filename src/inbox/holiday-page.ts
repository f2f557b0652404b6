import { html } from '../html.ts';
import { formatTime, type CalendarYear } from '../tracker/index.ts';
import type { PageContext } from './inbox-context.ts';
import { renderPage } from './render-page.ts';

export type HolidayPageInput = {
  year: number;
  years: CalendarYear[];
  /** The current local year: this year and next are always offered. */
  thisYear: number;
  problems?: string[];
  notice?: string | null;
  /** What the admin pasted, kept when the import was refused. */
  draft?: string;
};

/** The admin page of one year's holidays and make-up days: the list, one-day edits, the import and the confirmation. */
export function renderHolidayPage(context: PageContext, input: HolidayPageInput): string {
  const { t, language, csrf } = context;
  const { year } = input;
  const entry = input.years.find((candidate) => candidate.year === year);
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="year" value="${year}">`;
  const lang = language === 'en' ? '&lang=en' : '';
  const years = [...new Set([...input.years.map((known) => known.year), input.thisYear, input.thisYear + 1])].sort();
  const status = !entry
    ? t('calendar.status_missing', { year })
    : entry.confirmedAt
      ? t('calendar.status_confirmed', { year, date: formatTime(entry.confirmedAt, language) })
      : entry.provisional
        ? t('calendar.status_provisional', { year })
        : t('calendar.status_shipped', { year });
  const dayFormat = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const rows = (entry?.days ?? []).map(
    (
      day,
    ) => html`<tr><td>${dayFormat.format(new Date(`${day.date}T00:00:00Z`))}</td><td>${t(`calendar.kind_${day.kind}`)}</td><td>${day.name}</td><td>${t(`calendar.origin_${day.origin}`)}</td>
<td><form method="post" action="/inbox/admin/holidays/remove" class="inline">${hidden}<input type="hidden" name="date" value="${day.date}"><button aria-label="${t('calendar.remove')} ${day.date}">${t('calendar.remove')}</button></form></td></tr>`,
  );
  const confirmable = entry && !entry.confirmedAt && entry.provisional;
  const body = html`<h1>${t('calendar.title')} ${year}</h1>
<nav class="tabs" aria-label="${t('calendar.title')}">${years.map((known) => html`<a href="/inbox/admin/holidays?year=${known}${lang}" ${known === year ? html`aria-current="page"` : ''}>${known}</a>`)}</nav>
${input.notice ? html`<p class="ok" role="status">${input.notice}</p>` : ''}
${input.problems?.length ? html`<div class="warn" role="alert"><p>${t('calendar.problems')}</p><ul>${input.problems.map((problem) => html`<li>${problem}</li>`)}</ul></div>` : ''}
<p class="${entry && !entry.provisional ? 'meta' : 'warn'}">${status}</p>
${entry?.sources.length ? html`<p class="meta">${t('calendar.sources')}: ${entry.sources.join(' · ')}</p>` : ''}
${
  rows.length > 0
    ? html`<div class="table-wrap"><table><thead><tr><th>${t('calendar.date')}</th><th>${t('calendar.kind')}</th><th>${t('calendar.name')}</th><th>${t('calendar.origin')}</th><th></th></tr></thead><tbody>${rows}</tbody></table></div>`
    : html`<p>${t('calendar.empty', { year })}</p>`
}
${
  confirmable
    ? html`<form method="post" action="/inbox/admin/holidays/confirm" class="card">${hidden}<h2>${t('calendar.confirm_title')}</h2>
<label for="source">${t('calendar.confirm_source')}</label><input id="source" name="source" maxlength="500" size="60">
<p><button>${t('calendar.confirm', { year })}</button></p></form>`
    : ''
}
<form method="post" action="/inbox/admin/holidays/add" class="card">${hidden}<h2>${t('calendar.add_title')}</h2>
<label for="date">${t('calendar.date')}</label><input id="date" name="date" type="date" min="${year}-01-01" max="${year}-12-31" required>
<label for="kind">${t('calendar.kind')}</label><select id="kind" name="kind"><option value="holiday">${t('calendar.kind_holiday')}</option><option value="working">${t('calendar.kind_working')}</option></select>
<label for="name">${t('calendar.name')}</label><input id="name" name="name" maxlength="200" size="60" required>
<p><button>${t('calendar.add')}</button></p></form>
<form method="post" action="/inbox/admin/holidays/import" class="card">${hidden}<h2>${t('calendar.import_title')}</h2>
<p class="meta">${t('calendar.import_help', { year })}</p>
<label for="upload">${t('calendar.import_file')}</label><input id="upload" type="file" accept=".yaml,.yml,.csv,.txt" data-fills="file">
<label for="file">${t('calendar.import_text')}</label><textarea id="file" name="file" required>${input.draft ?? ''}</textarea>
<p><button>${t('calendar.import')}</button></p></form>
<script src="/inbox/admin/holidays/read-file.js"></script>`;
  return renderPage(context, `${t('calendar.title')} ${year}`, body);
}
