// npm run ask -- "câu hỏi"          prints the answer as the bot would
// npm run ask -- --json "câu hỏi"   prints one JSON object
// npm run ask -- --json < questions  one JSON line per input line, an empty line too, so output line N
//                                    answers input line N (the index is built once)
import path from 'node:path';
import { createInterface } from 'node:readline';
import { baseUrlOf, loadConfigOrExit } from '../config.ts';
import { isLanguage } from '../i18n/index.ts';
import { openKnowledge, type BotAnswer } from '../kb/index.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const langArg = args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
const language = isLanguage(langArg) ? langArg : 'vi';
const question = args
  .filter((arg) => !arg.startsWith('--'))
  .join(' ')
  .trim();

// The index snapshot the server keeps: a large knowledge base is indexed once, not on every run.
const config = loadConfigOrExit();
const answerer = await openKnowledge(config.CONTENT_DIR, {
  baseUrl: baseUrlOf(config),
  cacheDir: path.join(config.DATA_DIR, 'cache'),
  onWarning: (message) => console.error(message),
});

const summary = (answer: BotAnswer) => ({
  answered: answer.answered,
  decision: answer.decision,
  ref: answer.ref,
  id: answer.id,
  aspect: answer.aspect,
  score: answer.score,
  reason: answer.reason,
  choices: answer.choices.map((choice) => choice.ref ?? choice.id),
});

// What an empty input line gets: the same fields, no question asked.
const EMPTY = {
  answered: false,
  decision: 'empty',
  ref: null,
  id: null,
  aspect: null,
  score: 0,
  reason: 'empty line',
  choices: [],
};

// A reader that stops early (`| head`) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

if (question !== '') {
  const answer = answerer.ask(question, language);
  console.log(
    json
      ? JSON.stringify(summary(answer))
      : `[${answer.decision}${answer.ref ? ` ${answer.ref}` : ''}, score ${answer.score}]\n${answer.text}`,
  );
} else if (json) {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    console.log(JSON.stringify(line.trim() === '' ? EMPTY : summary(answerer.ask(line, language))));
  }
} else {
  console.error(
    'usage: npm run ask -- [--json] [--lang=en] "câu hỏi"   (with --json and no question: one question per line on stdin)',
  );
  process.exitCode = 2;
}
