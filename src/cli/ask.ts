// npm run ask -- "câu hỏi"          prints the answer as the bot would
// npm run ask -- --json "câu hỏi"   prints one JSON object
// npm run ask -- --json < questions  one JSON line per input line (the index is built once)
import path from 'node:path';
import { createInterface } from 'node:readline';
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
const answerer = await openKnowledge(process.env.CONTENT_DIR ?? './content', {
  baseUrl: process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
  cacheDir: path.join(process.env.DATA_DIR ?? './data', 'cache'),
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
    if (line.trim() === '') continue;
    console.log(JSON.stringify(summary(answerer.ask(line, language))));
  }
} else {
  console.error(
    'usage: npm run ask -- [--json] [--lang=en] "câu hỏi"   (with --json and no question: one question per line on stdin)',
  );
  process.exitCode = 2;
}
