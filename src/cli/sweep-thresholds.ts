import type { Answerer } from '../kb/index.ts';
import { THRESHOLDS } from '../kb/decide.ts';
import { judge, summarise, type EvalQuestion } from '../kb/score-eval.ts';

/** The thresholds that decide whether to answer, and the values tried for each. */
const SWEPT: Partial<Record<keyof typeof THRESHOLDS, number[]>> = {
  answer: [0.54, 0.58, 0.62, 0.66, 0.7],
  margin: [0.04, 0.08, 0.12, 0.16, 0.2],
  clearLeadAnswer: [0.42, 0.46, 0.5, 0.55, 0.6],
  clearLead: [0.15, 0.2, 0.25, 0.3, 0.4],
  clarify: [0.34, 0.38, 0.42, 0.46],
  storyClarify: [0.3, 0.33, 0.36, 0.4, 0.42],
  nested: [0.45, 0.5, 0.55, 0.6, 0.65],
  plainAnswer: [0.42, 0.46, 0.5, 0.55, 0.62],
  saidInFull: [0.55, 0.6, 0.65, 0.7, 0.75, 0.8],
  aloneSaidInFull: [0.42, 0.46, 0.5, 0.55, 0.6],
  englishConfirm: [0.3, 0.4, 0.5, 0.6],
};

/**
 * One threshold at a time, the others as set: correct and wrong answers on the questions given
 * (the tuning part only, never the part kept to check on). Thresholds are then set where a
 * lower value buys correct answers without wrong ones: a wrong answer costs more than a hand-off.
 */
export function sweepThresholds(answerer: Answerer, questions: EvalQuestion[]): string[] {
  const score = () => summarise(questions.map((question) => judge(question, answerer.ask(question.q, 'vi'))));
  const lines: string[] = [];
  for (const [name, values] of Object.entries(SWEPT)) {
    const key = name as keyof typeof THRESHOLDS;
    const set = THRESHOLDS[key];
    const cells = (values ?? []).map((value) => {
      THRESHOLDS[key] = value;
      const { correct, wrong } = score();
      return `${value}${value === set ? '*' : ''}: ${correct}/${wrong}`;
    });
    THRESHOLDS[key] = set;
    lines.push(`${name.padEnd(16)} ${cells.join('  ')}`);
  }
  return lines;
}
