// npm run eval [-- file.jsonl ...] [--verbose]
// Scores the bot on labelled questions: test/questions/dev.jsonl by default.
// Target: at least 90 % correct and at most 5 % wrong.
import { readFile } from 'node:fs/promises';
import { openKnowledge } from '../kb/index.ts';
import { formatSummary, judge, summarise, type EvalQuestion, type Verdict } from '../kb/score-eval.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const files = args.filter((arg) => !arg.startsWith('-'));
if (files.length === 0) files.push('test/questions/dev.jsonl');

const answerer = await openKnowledge(process.env.CONTENT_DIR ?? './content', { baseUrl: 'http://localhost:3000' });
const verdicts: Verdict[] = [];
for (const file of files) {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    const question: EvalQuestion = JSON.parse(line);
    const answer = answerer.ask(question.q, question.lang ?? 'vi');
    const verdict = judge(question, answer);
    verdicts.push(verdict);
    if (verbose || verdict !== 'correct') {
      const got = answer.answered
        ? (answer.ref ?? answer.id)
        : `${answer.decision}${answer.choices.length ? ` [${answer.choices.map((c) => c.ref ?? c.id).join(',')}]` : ''}`;
      console.log(
        `${verdict.padEnd(7)} expect ${question.expect.join('|').padEnd(12)} got ${String(got).padEnd(24)} score ${answer.score}  ${question.q.slice(0, 90)}`,
      );
    }
  }
}
console.log(formatSummary(summarise(verdicts)));
