import type { Language } from '../i18n/index.ts';
import type { Answerer, BotAnswer } from '../kb/index.ts';
import type { DialogueState } from './dialogue-state.ts';

/** A follow-up is short: "còn lệ phí thì sao?", "nộp ở đâu", "what about the fee?". */
const FOLLOW_UP_MAX_WORDS = 12;
/** Words beyond the topic that make a follow-up unclear: asked with one tap; more, and it is no follow-up. */
const UNCLEAR_WORDS = 2;

/**
 * The bot's reading of a question in this conversation. A question that names a procedure is
 * answered on its own (and switches the topic); a short one that names none is answered about the
 * topic, aspect first; where that is unclear, the person is asked with one tap whether they mean
 * the topic. Out-of-scope, personal cases and asking for a person are never read as follow-ups.
 * A question about something the topic does not cover ends the topic (`dialogue.topic` is cleared).
 */
export function resolveQuestion(
  answerer: Answerer,
  dialogue: DialogueState,
  text: string,
  language: Language,
): BotAnswer {
  const asked = answerer.ask(text, language);
  const topic = dialogue.topic;
  if (!topic || asked.decision === 'answer' || asked.decision === 'smalltalk') return asked;
  if (asked.decision === 'handoff' && !['no-match', 'unsure', 'ambiguous'].includes(asked.reason)) return asked;
  if (wordCount(text) > FOLLOW_UP_MAX_WORDS) return asked;
  // Words the topic does not account for mean the question is about something else, even when
  // the bot has nothing on it ("how long to register a business household?" after unemployment
  // benefit): several such words and it is not a follow-up; a couple ("ở Hà Nội thì nộp ở đâu")
  // and the person is asked with one tap whether they mean the topic.
  const beyond = answerer.wordsBeyond(topic.id, text);
  if (beyond.length > UNCLEAR_WORDS) {
    // The conversation has moved on: what is handed off now is not routed by the old topic.
    dialogue.topic = null;
    return asked;
  }
  // A short question asking an aspect ("mất bao lâu?") is about the topic unless it clearly names
  // another procedure (then it was answered above): a guess among others is weaker than the topic.
  const about = beyond.length < UNCLEAR_WORDS ? answerer.about(topic.id, text, language) : null;
  if (about) return about;
  // Nothing asked that the topic answers: choices among other procedures mean the question names them.
  if (
    (asked.decision === 'clarify' || asked.decision === 'confirm') &&
    !asked.choices.some((choice) => choice.id === topic.id)
  )
    return asked;
  const label = entryLabel(answerer, topic.id, language);
  if (!label) return asked;
  return {
    ...asked,
    decision: 'clarify',
    reason: 'unsure',
    choices: [{ id: topic.id, ref: label.ref, label: label.label }],
  };
}

/** How an entry is named on a button: a procedure's name, a document's type and number. */
export function entryLabel(
  answerer: Answerer,
  id: string,
  language: Language,
): { ref: string | null; label: string; agency: string | null } | null {
  const procedure = answerer.kb.procedures.find((candidate) => candidate.id === id);
  if (procedure) return { ref: procedure.ref, label: procedure.name[language], agency: procedure.agency };
  const doc = answerer.kb.documents.find((candidate) => candidate.id === id);
  return doc ? { ref: null, label: `${doc.type} ${doc.number}`, agency: null } : null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
