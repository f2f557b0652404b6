// npm run eval [-- file.jsonl ...] [--verbose] [--part=tune|check] [--sweep]
// Scores the bot on labelled questions: test/questions/dev.jsonl by default, with a breakdown by
// language, by length and by kind of question.
// --part pools the question sets (the files given, or all but held-out-3 and held-out-4, each blind
// when written and scored first untouched) and scores one
// part of a fixed split: "tune" may be looked at while tuning the decision; "check" is what the
// thresholds are judged on, so it lists no question, only the figures.
// --sweep (with --part=tune) prints, for each threshold of the decision, the correct and wrong
// answers at a few values, the others as set (src/cli/sweep-thresholds.ts).
// Target: at least 85 % correct and at most 2 % wrong on questions nobody tuned for.
import { readFile } from 'node:fs/promises';
import { baseUrlOf, loadConfigOrExit } from '../config.ts';
import { openKnowledge } from '../kb/index.ts';
import { sweepThresholds } from './sweep-thresholds.ts';
import {
  breakdown,
  formatSummary,
  judge,
  labelledLanguage,
  lengthGroup,
  partOf,
  summarise,
  type EvalQuestion,
  type Verdict,
} from '../kb/score-eval.ts';

const POOLED = ['dev', 'own', 'held-out', 'held-out-2'].map((name) => `test/questions/${name}.jsonl`);

const args = process.argv.slice(2);
const part = args.find((arg) => arg.startsWith('--part='))?.slice('--part='.length);
const sweep = args.includes('--sweep');
if ((part !== undefined && part !== 'tune' && part !== 'check') || (sweep && part !== 'tune')) {
  console.error('usage: npm run eval -- [--verbose] [--part=tune|check] [--sweep, with --part=tune] [file.jsonl ...]');
  process.exit(2);
}
const verbose = (args.includes('--verbose') || args.includes('-v')) && part !== 'check';
const files = args.filter((arg) => !arg.startsWith('-'));
if (files.length === 0) files.push(...(part ? POOLED : ['test/questions/dev.jsonl']));

const config = loadConfigOrExit();
const answerer = await openKnowledge(config.CONTENT_DIR, { baseUrl: baseUrlOf(config) });
const scored: Array<{ question: EvalQuestion; verdict: Verdict }> = [];
for (const file of files) {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    const question: EvalQuestion = JSON.parse(line);
    if (part && partOf(question) !== part) continue;
    // The Vietnamese page's language as the hint: the answer's language comes from the text.
    const answer = answerer.ask(question.q, 'vi');
    const verdict = judge(question, answer);
    scored.push({ question, verdict });
    if ((verbose || verdict !== 'correct') && part !== 'check') {
      const got = answer.answered
        ? (answer.answers ?? [answer]).map((one) => one.ref ?? one.id).join('+')
        : `${answer.decision}${answer.choices.length ? ` [${answer.choices.map((c) => c.ref ?? c.id).join(',')}]` : ''}`;
      console.log(
        `${verdict.padEnd(7)} expect ${question.expect.join('|').padEnd(12)} got ${String(got).padEnd(24)} score ${answer.score}  ${question.q.slice(0, 90)}`,
      );
    }
  }
}
console.log(formatSummary(summarise(scored.map(({ verdict }) => verdict))));
const groups = [
  ...breakdown(scored, labelledLanguage),
  ...breakdown(scored, lengthGroup),
  ...breakdown(scored, (question) => question.kind),
];
for (const { group, summary } of groups) console.log(`  ${group.padEnd(14)} ${formatSummary(summary)}`);
if (sweep) {
  console.log('\nthreshold        value: correct/wrong (* as set)');
  for (const line of sweepThresholds(
    answerer,
    scored.map(({ question }) => question),
  ))
    console.log(line);
}
