import type { Store } from 'express-rate-limit';
import type { Language } from '../i18n/index.ts';
import type { Answerer, PublishedEntry } from '../kb/index.ts';
import type { Catalogue } from './create-catalogue.ts';

/** A staff answer saved for the public (personal data already removed), with when it was published. */
export type PublishedAnswer = PublishedEntry & { publishedAt: Date };

/**
 * Public figures of one agency for one month. Shares are fractions in [0, 1]; a figure is null
 * when it cannot be computed (no answered requests, no survey replies).
 */
export type AgencyFigures = {
  agencyId: string;
  requests: number;
  answeredWithin48hShare: number | null;
  medianDays: number | null;
  satisfactionShare: number | null;
};

export type QuestionInput = {
  name: string;
  contact: string;
  question: string;
  isBusiness: boolean;
  taxCode?: string;
  agencyId?: string;
  language: Language;
};

export type FiledQuestion = { caseNumber: string; deadline: Date };

export type PublicPagesDeps = {
  answerer: Answerer;
  /** Absolute origin the pages are reached at (https://hoidap.example.gov.vn), no trailing slash: QR codes and the sitemap use it. */
  baseUrl: string;
  /** Published answers (staff answers saved with personal data removed). */
  publishedAnswers(): Promise<PublishedAnswer[]>;
  /** Public monthly figures per agency for a month 'YYYY-MM' (an empty list when there are none). */
  monthlyFigures(month: string): Promise<AgencyFigures[]>;
  /** The first month 'YYYY-MM' with figures, null when there are none yet: the month navigation stops there. */
  firstMonth(): Promise<string | null>;
  /** Files a question from the public form as a request on the tracker; returns the case number and deadline. */
  fileQuestion(input: QuestionInput): Promise<FiledQuestion>;
  /** Deep links to ask about a procedure on each chat channel, when configured; web chat is always at /chat?p=<ref>. */
  chatLinks: { telegramBot?: string; zaloOaId?: string };
  /** Mark the form's cookies Secure (the CSRF one with the __Host- prefix); default: when baseUrl is https. */
  secureCookies?: boolean;
  /** Posts of the question form allowed per address in 10 minutes; default 20. */
  formLimitPer10Minutes?: number;
  /** Where the form's limit counts (the database in the app, so every instance shares it). */
  limitStore: (name: string) => Store;
  /** Where a failure to file a question is reported (the app's pino logger fits). */
  logger?: { error(details: object, message: string): void };
  /** The clock, for the default month of the figures page. */
  now?: () => Date;
};

/** What the page handlers share: the deps, the catalogue built once, the answers' search. */
export type PublicSite = {
  deps: PublicPagesDeps;
  catalogue: Catalogue;
  secureCookies: boolean;
  searchAnswers(answers: PublishedAnswer[], text: string): PublishedAnswer[];
  now(): Date;
};
