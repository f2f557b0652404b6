import type { Language } from '../i18n/index.ts';
import type { Agency, Answerer, LegalDocument, Procedure } from '../kb/index.ts';

/** Lookups over the knowledge base, built once when the router is created. */
export type Catalogue = {
  procedures: Procedure[];
  documents: LegalDocument[];
  agencies: Agency[];
  procedure(idOrRef: string): Procedure | undefined;
  document(id: string): LegalDocument | undefined;
  agency(id: string): Agency | undefined;
  agencyName(id: string, language: Language): string;
  /** Fields in Vietnamese alphabetical order. */
  fields: string[];
  /** Procedures that rely on a document, for the document page. */
  proceduresUsing(documentId: string): Procedure[];
  /** The rule for the business section: see isForBusiness. */
  forBusiness: Procedure[];
};

export function createCatalogue(answerer: Answerer): Catalogue {
  const { procedures, documents, agencies } = answerer.kb;
  const byId = new Map(procedures.map((procedure) => [procedure.id, procedure]));
  const byRef = new Map(procedures.map((procedure) => [procedure.ref.toUpperCase(), procedure]));
  const documentsById = new Map(documents.map((doc) => [doc.id, doc]));
  const agenciesById = new Map(agencies.map((agency) => [agency.id, agency]));
  const collator = new Intl.Collator('vi');
  return {
    procedures,
    documents,
    agencies,
    procedure: (idOrRef) => byId.get(idOrRef) ?? byRef.get(idOrRef.toUpperCase()),
    document: (id) => documentsById.get(id),
    agency: (id) => agenciesById.get(id),
    agencyName: (id, language) => agenciesById.get(id)?.name[language] ?? id,
    fields: [...new Set(procedures.map((procedure) => procedure.field))].sort(collator.compare),
    proceduresUsing: (documentId) => procedures.filter((procedure) => procedure.legal_basis.includes(documentId)),
    forBusiness: procedures.filter(isForBusiness),
  };
}

/**
 * The business section's rule: the content names each procedure's requesters in `audience`
 * (business and/or citizen), so a procedure is for businesses when its audience includes
 * "business". Fields are not used: "Việc làm" holds both employer and job-seeker procedures.
 */
export function isForBusiness(procedure: Procedure): boolean {
  return procedure.audience.includes('business');
}
