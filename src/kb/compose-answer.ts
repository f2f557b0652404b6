import type { TFunction } from 'i18next';
import type { Language } from '../i18n/index.ts';
import type { Aspect } from './analyze-query.ts';
import type { Agency, LegalDocument, Procedure } from './content-schema.ts';
import { describeSubmission } from './describe-submission.ts';
import { firstClause, fitBlocks, PHONE_SCREEN, shorten, type Block } from './fit-answer.ts';
import { localizeCard } from './localize-card.ts';

export type AnswerContext = {
  t: TFunction;
  agencies: Map<string, Agency>;
  documents: Map<string, LegalDocument>;
  procedureUrl: (procedure: Procedure) => string;
  language: Language;
};

/**
 * The answer for a procedure, in the person's language from the first line to the last, within a
 * phone screen: its name, then every aspect asked in the order asked (conditions only when asked;
 * nothing asked: what it is and the short card), one line on what is not verified, the notes
 * given (a part of the message not answered), in English one line saying it is a translation, and
 * the link to the full card.
 */
export function composeProcedureAnswer(
  procedure: Procedure,
  aspects: Aspect[],
  context: AnswerContext,
  notes: string[] = [],
): string {
  const { t, language } = context;
  const card = localizeCard(procedure, language);
  const agency = context.agencies.get(procedure.agency);
  const agencyName = agency ? agency.name[language] : procedure.agency;
  const head = [t('answer.card_title', { name: card.name, ref: procedure.ref })];
  if (procedure.level === 'ministry') head.push(t('answer.ministry', { agency: agencyName }));

  const asked = [...new Set(aspects)];
  const said = new Set<string>();
  const blocks: Block[] = asked.map((aspect) => aspectBlock(procedure, aspect, context, { card, agencyName, said }));
  if (asked.length === 0) blocks.push(...overview(procedure, context, card, agencyName));
  if (!procedure.agency_verified && (asked.length === 0 || asked.includes('where'))) {
    blocks.push({ lines: [t('answer.agency_unverified', { note: card.agencyNote ?? '' }).trim()] });
  }

  // Where there is room, what the answer rests on: cited even when not asked.
  if (asked.length > 0 && !asked.includes('legal_basis') && procedure.legal_basis.length > 0) {
    const basis = procedure.legal_basis.map((id) => context.documents.get(id)?.number ?? id).join('; ');
    blocks.push({ lines: [t('answer.card_basis', { list: basis })], keep: 0 });
  }
  const unverified = asked.filter((aspect) => !verified(procedure, aspect));
  const tail = [
    unverified.length > 0
      ? t('answer.unverified_parts', {
          parts: unverified.map((aspect) => t(`answer.part_${aspect}`)).join(', '),
          agency: agencyName,
        })
      : null,
    ...notes,
    card.translated ? t('answer.translation_note') : null,
    t('answer.card_more', { url: context.procedureUrl(procedure) }),
  ].filter((line): line is string => line !== null);
  const budget = PHONE_SCREEN - [...head, ...tail].join('\n').length - 1;
  return [...head, ...fitBlocks(blocks, budget), ...tail].join('\n');
}

type Localized = { card: ReturnType<typeof localizeCard>; agencyName: string; said: Set<string> };

const ITEM = 140;

function aspectBlock(procedure: Procedure, aspect: Aspect, context: AnswerContext, local: Localized): Block {
  const { t } = context;
  const { card, agencyName, said } = local;
  const more = (count: number) => t('answer.more_items', { count });
  const bullets = (items: string[]) => items.map((item) => `• ${shorten(item, ITEM)}`);
  switch (aspect) {
    case 'documents':
      return { lines: [t('answer.documents'), ...bullets(card.documents)], keep: 2, more };
    case 'conditions':
      return { lines: [t('answer.conditions'), ...bullets(card.conditions)], keep: 2, more };
    case 'steps':
      return {
        lines: [t('answer.steps'), ...card.steps.map((step, i) => `${i + 1}. ${shorten(step, ITEM)}`)],
        keep: 2,
        more,
      };
    case 'time_limit':
      return { lines: [t('answer.time_limit', { text: card.timeLimit })] };
    case 'amount':
      return { lines: [card.summary] };
    case 'fees':
      return { lines: [t('answer.fees', { text: card.fees })] };
    case 'where':
    case 'online':
    case 'post':
    case 'email':
      return { lines: describeSubmission(procedure, card, aspect, { t, agencyName, said }) };
    case 'legal_basis':
      return {
        lines: [
          t('answer.legal_basis'),
          ...bullets(
            procedure.legal_basis.map((id) => {
              const doc = context.documents.get(id);
              return doc ? `${documentLabel(doc, t)}: ${documentTitle(doc, context.language)}` : id;
            }),
          ),
        ],
        keep: 2,
        more,
      };
  }
}

/** Nothing in particular asked: what the procedure is, then the short card. */
function overview(
  procedure: Procedure,
  context: AnswerContext,
  card: ReturnType<typeof localizeCard>,
  agencyName: string,
): Block[] {
  const { t } = context;
  const basis = procedure.legal_basis.map((id) => context.documents.get(id)?.number ?? id).join('; ');
  return [
    { lines: [card.summary] },
    {
      lines: [
        `• ${t('answer.card_agency', { agency: agencyName })}`,
        `• ${t('answer.card_time', { text: firstClause(card.timeLimit) })}`,
        `• ${t('answer.card_fees', { text: firstClause(card.fees) })}`,
        ...(procedure.submit.online ? [`• ${t('answer.card_online', { url: procedure.submit.online })}`] : []),
        ...(basis ? [`• ${t('answer.card_basis', { list: basis })}`] : []),
      ],
    },
  ];
}

function verified(procedure: Procedure, aspect: Aspect): boolean {
  switch (aspect) {
    case 'documents':
    case 'conditions':
    case 'steps':
    case 'fees':
      return procedure[aspect].verified;
    case 'time_limit':
      return procedure.time_limit.verified;
    default:
      // An unverified agency has a note of its own (answer.agency_unverified).
      return true;
  }
}

/** The answer for a legal document: what it is, its status and where to read it, in the person's language. */
export function composeDocumentAnswer(doc: LegalDocument, context: AnswerContext): string {
  const { t, language } = context;
  const numbers = (ids: string[]) => ids.map((id) => context.documents.get(id)?.number ?? id).join(', ');
  const status =
    doc.status === 'amended'
      ? t('answer.status_amended', { by: numbers(doc.amended_by) })
      : doc.status === 'replaced'
        ? t('answer.status_replaced', { by: numbers(doc.replaced_by ? [doc.replaced_by] : []) })
        : t(`answer.status_${doc.status}`);
  const unknown = t('answer.unknown_date');
  const summary = language === 'en' ? doc.summary_en : doc.summary;
  const head = [t('answer.document_title', { label: documentLabel(doc, t), title: documentTitle(doc, language) })];
  const tail = [
    t('answer.document_status', { status }),
    t('answer.document_dates', { issued: vnDate(doc.issued) ?? unknown, effective: vnDate(doc.effective) ?? unknown }),
    ...(language === 'en' ? [t('answer.translation_note')] : []),
    t('answer.document_link', { url: doc.url }),
  ];
  const budget = PHONE_SCREEN - [...head, ...tail].join('\n').length - 1;
  return [...head, ...fitBlocks(summary ? [{ lines: [summary] }] : [], budget), ...tail].join('\n');
}

// The document types of content-schema.ts, as i18n keys: "Nghị định" is a decree in English.
const DOCUMENT_TYPES: Record<LegalDocument['type'], string> = {
  'Hiến pháp': 'constitution',
  'Bộ luật': 'code',
  Luật: 'law',
  'Nghị quyết': 'resolution',
  'Pháp lệnh': 'ordinance',
  'Nghị định': 'decree',
  'Quyết định': 'decision',
  'Thông tư': 'circular',
  'Thông tư liên tịch': 'joint_circular',
  'Văn bản': 'document',
};

/** "Nghị định 105/2017/NĐ-CP", or in English "Decree 105/2017/NĐ-CP". */
export function documentLabel(doc: LegalDocument, t: TFunction): string {
  return `${t(`answer.doctype_${DOCUMENT_TYPES[doc.type]}`)} ${doc.number}`;
}

function documentTitle(doc: LegalDocument, language: Language): string {
  return language === 'en' ? doc.title_en : doc.title;
}

export function vnDate(iso: string | null): string | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
