import type { BotAnswer } from './answerer.ts';
import { hashTerm } from './term-sets.ts';

/**
 * One labelled question. `lang` says the language it is written in (older sets mark English with
 * `style: english` instead); `kind` / `style` say what sort of question it is, for the breakdown.
 */
export type EvalQuestion = { q: string; expect: string[]; lang?: 'vi' | 'en'; kind?: string; style?: string };
export type Verdict = 'correct' | 'missed' | 'wrong';

/**
 * A question expecting procedures is correct when answered with one of them, missed when not
 * answered, wrong when answered with anything else. One expecting "handoff" is correct when not
 * answered. When both are accepted, either is correct. A message answered with several procedures
 * (several questions in one) is wrong as soon as one of them is not expected.
 */
export function judge(
  question: EvalQuestion,
  answer: Pick<BotAnswer, 'answered' | 'ref'> & { answers?: Array<Pick<BotAnswer, 'answered' | 'ref'>> },
): Verdict {
  const acceptsHandoff = question.expect.includes('handoff');
  const answered = (answer.answers ?? [answer]).filter((one) => one.answered);
  if (answered.length === 0) return acceptsHandoff || question.expect.length === 0 ? 'correct' : 'missed';
  return answered.every((one) => one.ref !== null && question.expect.includes(one.ref)) ? 'correct' : 'wrong';
}

export type EvalSummary = { total: number; correct: number; missed: number; wrong: number };

export function summarise(verdicts: Verdict[]): EvalSummary {
  return {
    total: verdicts.length,
    correct: verdicts.filter((v) => v === 'correct').length,
    missed: verdicts.filter((v) => v === 'missed').length,
    wrong: verdicts.filter((v) => v === 'wrong').length,
  };
}

export function formatSummary(summary: EvalSummary): string {
  const pct = (n: number) => `${((100 * n) / Math.max(1, summary.total)).toFixed(1)}%`;
  return `${summary.correct}/${summary.total} correct (${pct(summary.correct)}), ${summary.wrong} wrong (${pct(summary.wrong)}), ${summary.missed} missed (${pct(summary.missed)})`;
}

/** The language a question is labelled with. */
export function labelledLanguage(question: EvalQuestion): 'vi' | 'en' {
  return question.lang ?? (question.style === 'english' ? 'en' : 'vi');
}

/** Long messages are scored apart: the target is to answer them within 15 points of short ones. */
export const LONG_MESSAGE_WORDS = 25;

export function lengthGroup(question: EvalQuestion): string {
  return question.q.trim().split(/\s+/).length > LONG_MESSAGE_WORDS
    ? `> ${LONG_MESSAGE_WORDS} words`
    : `≤ ${LONG_MESSAGE_WORDS} words`;
}

/** One summary line per group (language, length, kind…), groups in the order first met. */
export function breakdown(
  scored: Array<{ question: EvalQuestion; verdict: Verdict }>,
  groupOf: (question: EvalQuestion) => string | undefined,
): Array<{ group: string; summary: EvalSummary }> {
  const groups = new Map<string, Verdict[]>();
  for (const { question, verdict } of scored) {
    const group = groupOf(question);
    if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), verdict]);
  }
  return [...groups].map(([group, verdicts]) => ({ group, summary: summarise(verdicts) }));
}

export type EvalPart = 'tune' | 'check';

/** Share of the pooled questions the thresholds may be tuned on; the rest is never looked at while tuning. */
const TUNE_SHARE = 0.6;
export const SPLIT_SEED = 'hoidap-2026-11';

/**
 * Which part a question belongs to: a seeded hash of its text, so the split is fixed, needs no
 * list, and a question added to a set later falls on one side without moving the others.
 */
export function partOf(question: EvalQuestion, seed = SPLIT_SEED): EvalPart {
  return hashTerm(`${seed}\n${question.q}`) / 2 ** 32 < TUNE_SHARE ? 'tune' : 'check';
}
