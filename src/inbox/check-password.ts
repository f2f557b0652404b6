import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;
// zxcvbn's score 3: "safely unguessable", about 10^8 guesses, enough behind the sign-in throttle.
const MIN_SCORE = 3;

// zxcvbn-ts rather than rules of our own: it knows the common-password lists, keyboard walks,
// repeats, sequences, dates and l33t spellings that "at least one digit" rules miss.
const checker = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/**
 * Why a staff password is refused (in English, for the form and the CLI), or null when it is
 * good: at least 10 characters, and not guessable (common, repeated, a keyboard walk, or made
 * of the person's own email and name).
 */
export function checkPassword(password: string, personal: string[] = []): string | null {
  if (password.trim().length < MIN_PASSWORD_LENGTH) return `at least ${MIN_PASSWORD_LENGTH} characters are needed`;
  if (password.length > MAX_PASSWORD_LENGTH) return `at most ${MAX_PASSWORD_LENGTH} characters`;
  const inputs = personal.flatMap((value) => [value, ...value.split(/[@.\s_-]+/)]).filter((value) => value.length > 2);
  const result = checker.check(password.slice(0, 100), [...inputs, 'hoidap']);
  if (result.score >= MIN_SCORE) return null;
  const why = (result.feedback.warning && REASONS[result.feedback.warning]) || 'too easy to guess';
  return `${why}: use a longer passphrase of unrelated words, or let a password manager make one`;
}

// zxcvbn-ts gives warning keys; their words, for the few that staff passwords hit.
const REASONS: Record<string, string> = {
  common: 'a commonly used password',
  similarToCommon: 'close to a commonly used password',
  topTen: 'one of the most used passwords',
  topHundred: 'one of the most used passwords',
  simpleRepeat: 'repeated characters',
  extendedRepeat: 'a repeated pattern',
  sequences: 'a sequence such as abc or 123',
  straightRow: 'a row of keys on the keyboard',
  keyPattern: 'a keyboard pattern',
  dates: 'a date',
  recentYears: 'a recent year',
  userInputs: 'made of the person’s own email or name',
  namesByThemselves: 'a name',
  commonNames: 'a common name',
  wordByItself: 'a single word',
};
