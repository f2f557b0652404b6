import { and, count, desc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { html, type SafeHtml } from '../../html.ts';
import { formatTime, requests, type RequestRow } from '../../tracker/index.ts';
import { canSeeAgency, type PageContext } from '../inbox-context.ts';

/** The most recent earlier cases shown; the total says how many there are. */
const SHOWN = 20;

export type EarlierCase = {
  id: number;
  caseNumber: string;
  subject: string;
  status: string;
  satisfaction: number | null;
  late: boolean;
  agencyId: string;
  openedAt: Date;
};

/**
 * The person's other cases: the same contact, which is one person on one channel (a Telegram or
 * Zalo account, a web chat, a phone number or e-mail given at intake). Most recent first.
 */
export async function loadPersonHistory(
  db: Db,
  request: Pick<RequestRow, 'id' | 'contactId'>,
): Promise<{ cases: EarlierCase[]; total: number }> {
  const others = and(eq(requests.contactId, request.contactId), ne(requests.id, request.id));
  const [cases, [total]] = await Promise.all([
    db
      .select({
        id: requests.id,
        caseNumber: requests.caseNumber,
        subject: requests.subject,
        status: requests.status,
        satisfaction: requests.satisfaction,
        late: requests.late,
        agencyId: requests.agencyId,
        openedAt: requests.openedAt,
      })
      .from(requests)
      .where(others)
      .orderBy(desc(requests.id))
      .limit(SHOWN),
    db.select({ total: count() }).from(requests).where(others),
  ]);
  return { cases, total: total?.total ?? cases.length };
}

/**
 * Their earlier cases on the case page: number, date, status and rating. A case of an agency the
 * staff member may not see shows its number, date, status and rating only — no link, no subject.
 */
export function renderPersonHistory(context: PageContext, history: { cases: EarlierCase[]; total: number }): SafeHtml {
  const { t, language, staff } = context;
  const items = history.cases.map((earlier) => {
    const visible = canSeeAgency(staff, earlier.agencyId);
    const rating =
      earlier.satisfaction === null
        ? t('person_history.not_rated')
        : t('person_history.rated', { score: earlier.satisfaction });
    return html`<li>${visible ? html`<a href="/inbox/cases/${earlier.id}">${earlier.caseNumber}</a>` : earlier.caseNumber}
<span class="meta">${formatTime(earlier.openedAt, language)}</span> · ${t(`bots:chat.status_${earlier.status}`)}${earlier.late ? html` · <span class="late">${t('late')}</span>` : ''} · ${rating}
${visible ? html`<div class="meta">${earlier.subject.slice(0, 100)}</div>` : html`<div class="meta">${t('person_history.other_agency')}</div>`}</li>`;
  });
  return html`<section class="card" aria-labelledby="person-history"><h2 id="person-history">${t('person_history.title')} (${history.total})</h2>
${
  history.total === 0
    ? html`<p class="meta">${t('person_history.none')}</p>`
    : html`<ol class="plain history">${items}</ol>${history.total > history.cases.length ? html`<p class="meta">${t('person_history.more', { shown: history.cases.length, total: history.total })}</p>` : ''}`
}</section>`;
}
