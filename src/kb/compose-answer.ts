import type { TFunction } from 'i18next';
import type { Aspect } from './analyze-query.ts';
import type { Agency, LegalDocument, Procedure } from './content-schema.ts';

export type AnswerContext = {
  t: TFunction;
  agencies: Map<string, Agency>;
  documents: Map<string, LegalDocument>;
  procedureUrl: (procedure: Procedure) => string;
  language: 'vi' | 'en';
};

/** The answer text for a procedure: the part asked for first, then a short card and the link. */
export function composeProcedureAnswer(procedure: Procedure, aspects: Aspect[], context: AnswerContext): string {
  const { t } = context;
  const agency = context.agencies.get(procedure.agency);
  const agencyName = agency ? agency.name[context.language] : procedure.agency;
  const lead: string[] = [];
  if (procedure.level === 'ministry') lead.push(t('answer.ministry', { agency: agencyName }));
  const asked = aspects.length > 0 ? aspects.slice(0, 2) : [];
  for (const aspect of asked) lead.push(...aspectBlock(procedure, aspect, agencyName, context));
  if (asked.length === 0) lead.push(procedure.summary[context.language]);
  if (!procedure.agency_verified && (asked.includes('where') || asked.length === 0)) {
    lead.push(t('answer.agency_unverified', { note: procedure.agency_note ?? '' }).trim());
  }

  const card = [
    t('answer.card_title', { name: procedure.name[context.language], ref: procedure.ref }),
    `• ${t('answer.card_agency', { agency: agencyName })}`,
    asked.includes('time_limit')
      ? null
      : `• ${t('answer.card_time', { text: timeLimitOf(procedure, context, shorten) })}`,
    asked.includes('fees') ? null : `• ${t('answer.card_fees', { text: shorten(procedure.fees.text) })}`,
    procedure.submit.online ? `• ${t('answer.card_online', { url: procedure.submit.online })}` : null,
    procedure.legal_basis.length > 0 && !asked.includes('legal_basis')
      ? `• ${t('answer.card_basis', { list: procedure.legal_basis.map((id) => context.documents.get(id)?.number ?? id).join('; ') })}`
      : null,
    t('answer.card_more', { url: context.procedureUrl(procedure) }),
  ].filter((line): line is string => line !== null);
  return [...lead, '', ...card].join('\n');
}

function aspectBlock(procedure: Procedure, aspect: Aspect, agencyName: string, context: AnswerContext): string[] {
  const { t } = context;
  const caveat = (verified: boolean) => (verified ? [] : [t('answer.unverified', { agency: agencyName })]);
  switch (aspect) {
    case 'documents':
      return [t('answer.documents'), ...bullets(procedure.documents.items), ...caveat(procedure.documents.verified)];
    case 'conditions':
      return [t('answer.conditions'), ...bullets(procedure.conditions.items), ...caveat(procedure.conditions.verified)];
    case 'steps':
      return [
        t('answer.steps'),
        ...procedure.steps.items.map((step, i) => `${i + 1}. ${step}`),
        ...caveat(procedure.steps.verified),
      ];
    case 'time_limit':
      return [
        t('answer.time_limit', { text: timeLimitOf(procedure, context) }),
        ...caveat(procedure.time_limit.verified),
      ];
    case 'fees':
      return [t('answer.fees', { text: procedure.fees.text }), ...caveat(procedure.fees.verified)];
    case 'where':
      return [
        t('answer.where', { agency: agencyName }),
        procedure.submit.in_person ? t('answer.where_in_person', { place: procedure.submit.in_person }) : null,
        procedure.submit.online ? t('answer.where_online', { url: procedure.submit.online }) : null,
        procedure.submit.post ? t('answer.where_post') : null,
        procedure.submit.text ?? null,
      ].filter((line): line is string => line !== null);
    case 'legal_basis':
      return [
        t('answer.legal_basis'),
        ...bullets(
          procedure.legal_basis.map((id) => {
            const doc = context.documents.get(id);
            return doc ? `${doc.type} ${doc.number}: ${doc.title}` : id;
          }),
        ),
      ];
  }
}

/** The answer text for a legal document: what it is, its status and where to read it. */
export function composeDocumentAnswer(doc: LegalDocument, context: AnswerContext): string {
  const { t } = context;
  const numbers = (ids: string[]) => ids.map((id) => context.documents.get(id)?.number ?? id).join(', ');
  const status =
    doc.status === 'amended'
      ? t('answer.status_amended', { by: numbers(doc.amended_by) })
      : doc.status === 'replaced'
        ? t('answer.status_replaced', { by: numbers(doc.replaced_by ? [doc.replaced_by] : []) })
        : t(`answer.status_${doc.status}`);
  const unknown = t('answer.unknown_date');
  return [
    t('answer.document_title', {
      type: doc.type,
      number: doc.number,
      title: context.language === 'en' ? doc.title_en : doc.title,
    }),
    doc.summary,
    t('answer.document_status', { status }),
    t('answer.document_dates', { issued: vnDate(doc.issued) ?? unknown, effective: vnDate(doc.effective) ?? unknown }),
    t('answer.document_link', { url: doc.url }),
  ].join('\n');
}

/**
 * The time limit as the content words it. In English the number of days leads, in English, with
 * the Vietnamese wording after it: the content is written in Vietnamese, and its figure should not
 * be lost on a person who asked in English.
 */
function timeLimitOf(
  procedure: Procedure,
  context: AnswerContext,
  trim: (text: string) => string = (text) => text,
): string {
  const { value, unit, text } = procedure.time_limit;
  if (context.language === 'vi' || value === null || unit === 'none') return trim(text);
  return context.t('answer.time_in_vietnamese', {
    days: context.t(`answer.days_${unit}`, { count: value }),
    text: trim(text),
  });
}

function bullets(items: string[]): string[] {
  return items.map((item) => `• ${item}`);
}

function shorten(text: string, max = 160): string {
  // The first sentence or clause, without the semicolon that ended it.
  const firstSentence = (text.split(/(?<=[.;])\s/)[0] ?? text).replace(/;$/, '.');
  return firstSentence.length <= max ? firstSentence : `${firstSentence.slice(0, max - 1)}…`;
}

export function vnDate(iso: string | null): string | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
