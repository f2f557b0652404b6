import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { html, type SafeHtml } from '../../html.ts';
import type { Agency } from '../../kb/index.ts';
import { staff as staffTable } from '../inbox-tables.ts';
import type { InboxDeps, PageContext } from '../inbox-context.ts';
import type { StaffMember } from '../staff-sessions.ts';

export type BulkChoices = {
  colleagues: Array<{ id: string; name: string; agencyId: string | null }>;
  agencies: Agency[];
};

/** Whom the chosen cases may be assigned to: the staff of one's agency (admins: of every agency). */
export async function bulkChoices(deps: Pick<InboxDeps, 'db' | 'answerer'>, me: StaffMember): Promise<BulkChoices> {
  const colleagues = await deps.db
    .select({ id: staffTable.id, name: staffTable.name, agencyId: staffTable.agencyId })
    .from(staffTable)
    .where(
      and(
        eq(staffTable.active, true),
        me.role === 'admin' ? isNotNull(staffTable.agencyId) : eq(staffTable.agencyId, me.agencyId ?? ''),
      ),
    )
    .orderBy(asc(staffTable.agencyId), asc(staffTable.name));
  return { colleagues, agencies: deps.answerer.kb.agencies };
}

/**
 * The actions on the cases ticked in the queue (their boxes belong to this form by its id): assign,
 * transfer or close them all. Each case goes through the tracker's command of its own.
 */
export function renderBulkForm(context: PageContext, choices: BulkChoices): SafeHtml {
  const { t, csrf, language, staff } = context;
  const admin = staff.role === 'admin';
  return html`<form method="post" action="/inbox/bulk" id="bulk" class="card bulk"><input type="hidden" name="_csrf" value="${csrf}">
<fieldset><legend>${t('bulk.legend')}</legend>
<label class="check" hidden><input type="checkbox" data-select-all> ${t('bulk.select_all')}</label>
<span class="bulk-action"><label for="bulk-assignee">${t('assign')}</label><select id="bulk-assignee" name="assignee"><option value="">${t('unassigned')}</option>${choices.colleagues.map(
    (member) =>
      html`<option value="${member.id}" ${member.id === staff.id ? 'selected' : ''}>${member.name}${admin && member.agencyId ? ` · ${choices.agencies.find((a) => a.id === member.agencyId)?.name[language] ?? member.agencyId}` : ''}</option>`,
  )}</select> <button name="action" value="assign">${t('bulk.assign')}</button></span>
<span class="bulk-action"><label for="bulk-agency">${t('transfer')}</label><select id="bulk-agency" name="agency">${choices.agencies.map((agency) => html`<option value="${agency.id}">${agency.name[language]}</option>`)}</select> <button name="action" value="transfer">${t('bulk.transfer')}</button></span>
<span class="bulk-action"><button name="action" value="close">${t('bulk.close')}</button></span>
</fieldset></form>`;
}

/** What the last bulk action did: "3 cases assigned, 1 left as it was". */
export function bulkResult(context: PageContext, query: Record<string, unknown>): SafeHtml | string {
  const action = ['assign', 'transfer', 'close'].find((name) => name === query.bulk);
  if (!action) return '';
  const done = Number(query.done) || 0;
  const skipped = Number(query.skipped) || 0;
  const { t } = context;
  return html`<p class="ok" role="status">${t(`bulk.done_${action}`, { count: done })}${skipped > 0 ? ` ${t('bulk.skipped', { count: skipped })}` : ''}</p>`;
}
