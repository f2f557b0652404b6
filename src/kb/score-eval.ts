import type { BotAnswer } from './answerer.ts';

export type EvalQuestion = { q: string; expect: string[]; lang?: 'vi' | 'en' };
export type Verdict = 'correct' | 'missed' | 'wrong';

/**
 * A question expecting procedures is correct when answered with one of them, missed when not
 * answered, wrong when answered with anything else. One expecting "handoff" is correct when not
 * answered. When both are accepted, either is correct.
 */
export function judge(question: EvalQuestion, answer: Pick<BotAnswer, 'answered' | 'ref'>): Verdict {
  const acceptsHandoff = question.expect.includes('handoff');
  if (!answer.answered) return acceptsHandoff || question.expect.length === 0 ? 'correct' : 'missed';
  return answer.ref !== null && question.expect.includes(answer.ref) ? 'correct' : 'wrong';
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
