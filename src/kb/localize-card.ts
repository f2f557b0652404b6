import type { Language } from '../i18n/index.ts';
import type { Procedure } from './content-schema.ts';

/** The texts of a procedure's card in one language: what an answer quotes. */
export type LocalizedCard = {
  name: string;
  summary: string;
  timeLimit: string;
  fees: string;
  conditions: string[];
  documents: string[];
  steps: string[];
  inPerson: string | null;
  submitText: string | null;
  result: string;
  agencyNote: string | null;
  /** Whether the texts are a translation of the Vietnamese card (which stays authoritative). */
  translated: boolean;
};

/**
 * The card in the language asked: in English from the procedure's `en:` block, a translation of
 * the Vietnamese; a field the block lacks stays Vietnamese rather than being left out (a fact in
 * the wrong language beats a missing one). kb:check keeps the lists the same length and order.
 */
export function localizeCard(procedure: Procedure, language: Language): LocalizedCard {
  const vi: LocalizedCard = {
    name: procedure.name.vi,
    summary: procedure.summary.vi,
    timeLimit: procedure.time_limit.text,
    fees: procedure.fees.text,
    conditions: procedure.conditions.items,
    documents: procedure.documents.items,
    steps: procedure.steps.items,
    inPerson: procedure.submit.in_person,
    submitText: procedure.submit.text ?? null,
    result: procedure.result,
    agencyNote: procedure.agency_note ?? null,
    translated: false,
  };
  const en = procedure.en;
  if (language === 'vi' || !en) return language === 'vi' ? vi : { ...vi, name: procedure.name.en };
  return {
    name: procedure.name.en,
    summary: procedure.summary.en,
    timeLimit: en.time_limit,
    fees: en.fees,
    conditions: en.conditions,
    documents: en.documents,
    steps: en.steps,
    inPerson: vi.inPerson === null ? null : (en.in_person ?? vi.inPerson),
    submitText: vi.submitText === null ? null : (en.submit ?? vi.submitText),
    result: en.result,
    agencyNote: vi.agencyNote === null ? null : (en.agency_note ?? vi.agencyNote),
    translated: true,
  };
}
