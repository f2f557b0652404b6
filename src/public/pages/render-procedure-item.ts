import type { Procedure } from '../../kb/index.ts';
import type { PageContext } from '../create-page-context.ts';
import type { Catalogue } from '../create-catalogue.ts';
import { html, type SafeHtml } from '../../html.ts';

/** One procedure in a list: name linked to its page, code, agency and time limit. */
export function renderProcedureItem(
  page: PageContext,
  catalogue: Catalogue,
  procedure: Procedure,
  { showAgency = true, heading = 'h2' }: { showAgency?: boolean; heading?: 'h2' | 'h3' | 'h4' } = {},
): SafeHtml {
  const { t, language } = page;
  return html`<li class="card">
<${heading}><a href="/thu-tuc/${procedure.id}">${procedure.name[language]}</a></${heading}>
<p class="muted">${procedure.ref}${procedure.national_code ? html` · ${t('procedure.code')} ${procedure.national_code}` : ''}${showAgency ? html` · ${catalogue.agencyName(procedure.agency, language)}` : ''} · ${procedure.field}</p>
<p>${t('procedure.timeLimit')}: ${timeLimitLabel(page, procedure)}</p>
</li>`;
}

/** "10 ngày làm việc" / "10 working days", or what the content says when there is no set number. */
export function timeLimitLabel(page: PageContext, procedure: Procedure): string {
  const { value, unit } = procedure.time_limit;
  if (value === null || unit === 'none') return page.t('procedure.unit.none');
  return page.t(`procedure.unit.${unit}`, { count: value });
}
