// What the public pages read from the tracker and the reports, in the shapes they take.
import type { RequestRegistration } from './conversations/index.ts';
import type { Db } from './db/client.ts';
import type { AgencyFigures, QuestionInput } from './public/create-public-pages.ts';
import { computeFigures, parsePeriod, readMonthlyReport } from './reports/index.ts';

/** A month's public figures per agency: the stored report when it exists (from the 1st), else computed now. */
export async function publicFigures(db: Db, month: string): Promise<AgencyFigures[]> {
  let period;
  try {
    period = parsePeriod(month);
  } catch {
    return [];
  }
  const rows = (await readMonthlyReport(db, month))?.figures ?? (await computeFigures(db, period));
  return rows.flatMap((row) =>
    row.agencyId === null
      ? []
      : [
          {
            agencyId: row.agencyId,
            requests: row.requests,
            answeredWithin48hShare: row.answeredWithin48hShare,
            medianDays: row.medianWorkingDays,
            satisfactionShare: row.satisfactionShare,
          },
        ],
  );
}

/** The website's question form as a request on the tracker, routed to the chosen agency or the default one. */
export function publicQuestion(
  input: QuestionInput,
  defaultAgency: string,
  agencies: ReadonlyMap<string, unknown>,
): RequestRegistration {
  return {
    channel: 'public_form',
    receivedAt: new Date(),
    name: input.name || null,
    contact: input.contact || null,
    requesterType: input.isBusiness ? 'business' : 'citizen',
    taxCode: input.taxCode || null,
    agencyId: input.agencyId && agencies.has(input.agencyId) ? input.agencyId : defaultAgency,
    procedureRef: null,
    question: input.question,
    language: input.language,
    actor: { kind: 'person' },
  };
}
