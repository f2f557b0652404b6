import { z } from 'zod';

// The shape of every file in content/. Messages say what is expected, because kb:check prints
// them to the person editing the content.
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a slug of a-z, 0-9 and hyphens');
const text = z.string().trim().min(1, 'expected non-empty text');
const isoDate = z.iso.date('expected a date as YYYY-MM-DD');
const url = z.url('expected a full URL (https://…)');
const bilingual = z.object({ vi: text, en: text });

const itemsBlock = z.object({
  items: z.array(text).min(1, 'expected at least one item'),
  verified: z.boolean('expected true or false'),
});

const textBlock = z.object({ text, verified: z.boolean('expected true or false') });

/**
 * The English card of a procedure: a translation of the Vietnamese fields (the Vietnamese text is
 * authoritative; pages and answers say so). Lists keep the Vietnamese order and length.
 */
const procedureEnglish = z.object({
  time_limit: text,
  fees: text,
  conditions: z.array(text).min(1, 'expected at least one item'),
  documents: z.array(text).min(1, 'expected at least one item'),
  steps: z.array(text).min(1, 'expected at least one item'),
  in_person: text.optional(),
  submit: text.optional(),
  result: text,
  agency_note: text.optional(),
});

/** Ways people ask for an entry (any language, with or without accents, abbreviations): indexed as their own field. */
const examples = z.array(text).default([]);
/** Notes for editors (research notes, what to check): never shown on a page or in an answer. */
const internalNotes = text.optional();

export const procedureSchema = z.object({
  id: slug,
  ref: z.string().regex(/^P\d{2}$/, 'expected the Pxx id from vn-procedures.md, e.g. P16'),
  national_code: z
    .string('expected the national code as a quoted string, e.g. "2.000620", or null')
    .regex(/^\d\.\d{6}$/, 'expected a national code like "2.000620"')
    .nullable(),
  name: bilingual,
  aliases: z.array(text).default([]),
  examples,
  /**
   * How files are handed in (the Public Service Portal, the one-stop centre), not a procedure of its
   * own: a question that names one of our procedures and asks whether it can be done there asks that
   * procedure's online or where aspect (answerer.ts, channelAsAspect).
   */
  channel: z.boolean('expected true or false').default(false),
  agency: slug,
  agency_verified: z.boolean('expected true or false'),
  agency_note: text.optional(),
  level: z.enum(['province', 'commune', 'ministry'], 'expected province, commune or ministry'),
  field: text,
  audience: z
    .array(z.enum(['business', 'citizen'], 'expected business or citizen'))
    .min(1, 'expected business and/or citizen'),
  summary: bilingual,
  time_limit: z.object({
    value: z.number('expected a number of days, or null').positive().nullable(),
    unit: z.enum(['working_days', 'calendar_days', 'none'], 'expected working_days, calendar_days or none'),
    text,
    verified: z.boolean('expected true or false'),
  }),
  fees: textBlock,
  conditions: itemsBlock,
  documents: itemsBlock,
  steps: itemsBlock,
  submit: z.object({
    online: url.nullable(),
    in_person: text.nullable(),
    post: z.boolean('expected true or false'),
    text: text.optional(),
  }),
  result: text,
  legal_basis: z.array(slug).default([]),
  not_for: z.array(text).default([]),
  sources: z.array(url).min(1, 'expected at least one source URL'),
  en: procedureEnglish.optional(),
  internal_notes: internalNotes,
});

export const documentSchema = z.object({
  id: slug,
  number: text,
  type: z.enum(
    [
      'Hiến pháp',
      'Bộ luật',
      'Luật',
      'Nghị quyết',
      'Pháp lệnh',
      'Nghị định',
      'Quyết định',
      'Thông tư',
      'Thông tư liên tịch',
      'Văn bản',
    ],
    'expected a document type such as Luật, Nghị định, Thông tư, Quyết định',
  ),
  issuer: text,
  title: text,
  title_en: text,
  issued: isoDate.nullable(),
  effective: isoDate.nullable(),
  status: z.enum(
    ['in_force', 'amended', 'replaced', 'expired', 'unknown'],
    'expected in_force, amended, replaced, expired or unknown',
  ),
  amended_by: z.array(slug).default([]),
  replaced_by: slug.nullable().default(null),
  replaces: z.array(slug).default([]),
  summary: text,
  summary_en: text.optional(),
  examples,
  url,
  unverified: z.array(z.string()).default([]),
  internal_notes: internalNotes,
});

export const agencySchema = z.object({
  id: slug,
  name: bilingual,
  level: z.enum(['province', 'commune', 'ministry'], 'expected province, commune or ministry'),
  parent: slug.optional(),
  handles: text,
  hotline: z.string().nullable(),
  email: z.email('expected an e-mail address').nullable(),
  address: z.string().nullable(),
  website: url.optional(),
  hours: text,
  hours_en: text.optional(),
});

export const synonymsSchema = z.object({
  abbreviations: z.record(z.string().min(1), text),
  phrases: z.array(z.array(text).min(2, 'expected a group of at least two equivalent phrases')),
  /** Names of provinces and centrally-run cities, current and former: two named say "several provinces". */
  places: z.array(text).default([]),
});

export const outOfScopeSchema = z.array(
  z.object({
    id: slug,
    phrases: z.array(text).min(1, 'expected at least one phrase'),
    /** Strict topics are handed off even when the question also names a procedure in full. */
    strict: z.boolean('expected true or false').default(false),
    reply: bilingual,
  }),
);

const dayEntry = z.object({ date: isoDate, name: text });
export const holidayYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  source: z.array(url).min(1, 'expected the official source(s)'),
  /**
   * A list written before the Government's decision (statutory days only): the inbox asks admins to
   * confirm or correct it, and the working calendar uses it meanwhile.
   */
  provisional: z.boolean('expected true or false').default(false),
  holidays: z.array(dayEntry),
  working_saturdays: z.array(dayEntry).default([]),
});

export type Procedure = z.infer<typeof procedureSchema> & { body: string; file: string };
export type LegalDocument = z.infer<typeof documentSchema> & { body: string; file: string };
export type Agency = z.infer<typeof agencySchema>;
export type Synonyms = z.infer<typeof synonymsSchema>;
export type OutOfScopeTopic = z.infer<typeof outOfScopeSchema>[number];
export type HolidayYear = z.infer<typeof holidayYearSchema>;

export type KnowledgeBase = {
  procedures: Procedure[];
  documents: LegalDocument[];
  agencies: Agency[];
  synonyms: Synonyms;
  outOfScope: OutOfScopeTopic[];
  holidays: HolidayYear[];
  hash: string;
};
