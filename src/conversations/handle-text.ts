import { and, desc, eq } from 'drizzle-orm';
import { translator } from '../i18n/index.ts';
import type { BotAnswer } from '../kb/index.ts';
import {
  handOffRequest,
  openRequest,
  recordAnswer,
  recordEvent,
  requestEvents,
  requests,
  type RequestRow,
} from '../tracker/index.ts';
import { feedbackButtons, latestRequest, say, type ChatContext } from './chat-context.ts';
import { messages } from './conversation-tables.ts';

/**
 * A question typed by the person. While a case is with staff, what the person writes joins that
 * case; otherwise the bot answers, asks which procedure is meant, or hands off. Small talk
 * (greetings, thanks) gets a short reply and opens no request.
 */
export async function handleText(context: ChatContext, messageId: number, text: string): Promise<void> {
  const { db, answerer, language } = context;
  const open = await latestRequest(db, context.contact.id, 'open');
  if (open) {
    await attachToRequest(context, messageId, open, 'message');
    return;
  }
  const chosen = await numberedChoice(context, text);
  if (chosen) {
    await db.update(messages).set({ requestId: chosen.request.id }).where(eq(messages.id, messageId));
    await db.update(requests).set({ procedureRef: chosen.answer.ref }).where(eq(requests.id, chosen.request.id));
    await respond(context, { ...chosen.request, procedureRef: chosen.answer.ref }, chosen.answer);
    return;
  }
  const answer = answerer.ask(text, language);
  if (answer.decision === 'smalltalk') {
    await say(context, 'smalltalk', { text: answer.text });
    return;
  }
  const request = await openRequest(db, {
    contactId: context.contact.id,
    channel: context.contact.channel,
    replyAddress: context.contact.address,
    language,
    requesterType: context.contact.requesterType === 'business' ? 'business' : 'citizen',
    requesterName: context.contact.businessName ?? context.contact.displayName,
    taxCode: context.contact.taxCode,
    agencyId: agencyFor(context, answer),
    procedureRef: answer.ref,
    subject: text,
    openedAt: context.messageAt,
  });
  await db.update(messages).set({ requestId: request.id }).where(eq(messages.id, messageId));
  await respond(context, request, answer);
}

/** Answers on a request: the bot's answer, the choices to clarify, or the hand-off with its acknowledgement. */
export async function respond(context: ChatContext, request: RequestRow, answer: BotAnswer): Promise<void> {
  const { db, language, at } = context;
  const t = translator(language);
  if (answer.decision === 'answer') {
    const { request: answered } = await recordAnswer(db, context.tracker, {
      request,
      at,
      by: { kind: 'bot' },
      data: { id: answer.id, ref: answer.ref, score: answer.score },
    });
    await say(context, 'answer', { text: answer.text, buttons: feedbackButtons(language) }, answered);
    return;
  }
  // A confirmation (one candidate) is offered as a choice of one until it has its own yes / no buttons.
  if (answer.decision === 'clarify' || answer.decision === 'confirm') {
    await recordEvent(db, request.id, 'clarify', { kind: 'bot' }, at, {
      choices: answer.choices.map((choice) => choice.id),
    });
    const buttons = [
      ...answer.choices.map((choice) => ({ label: choice.label, action: { type: 'choose' as const, id: choice.id } })),
      { label: t('chat.button_person'), action: { type: 'person' as const } },
    ];
    await say(context, 'clarify', { text: answer.text, buttons }, request);
    return;
  }
  await say(context, 'handoff', { text: answer.text }, request);
  await handOffRequest(db, context.tracker, {
    request,
    at,
    reason: answer.reason,
    agencyId: agencyFor(context, answer),
  });
}

/** Adds a message or file to a case already with staff; the person is told once per message. */
export async function attachToRequest(
  context: ChatContext,
  messageId: number,
  request: RequestRow,
  type: 'message' | 'attachment',
): Promise<void> {
  const { db, at, language } = context;
  await db.update(messages).set({ requestId: request.id }).where(eq(messages.id, messageId));
  await recordEvent(db, request.id, type, { kind: 'person' }, at, { messageId });
  const key = type === 'attachment' ? 'chat.attachment_added' : 'chat.added_to_case';
  await say(context, type, { text: translator(language)(key, { caseNumber: request.caseNumber }) }, request);
}

/**
 * "2" after the bot offered numbered choices (channels without buttons, like Zalo, show them as a
 * numbered list): the second choice of the pending clarification.
 */
async function numberedChoice(
  context: ChatContext,
  text: string,
): Promise<{ request: RequestRow; answer: BotAnswer } | null> {
  const number = /^\s*(\d)\s*[.)]?\s*$/.exec(text)?.[1];
  if (!number) return null;
  const pending = await latestRequest(context.db, context.contact.id, 'bot');
  if (!pending) return null;
  const [clarify] = await context.db
    .select({ data: requestEvents.data })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, pending.id), eq(requestEvents.type, 'clarify')))
    .orderBy(desc(requestEvents.id))
    .limit(1);
  const choices =
    clarify?.data &&
    typeof clarify.data === 'object' &&
    'choices' in clarify.data &&
    Array.isArray(clarify.data.choices)
      ? clarify.data.choices
      : [];
  const id: unknown = choices[Number(number) - 1];
  const answer = typeof id === 'string' ? context.answerer.show(id, context.language) : null;
  return answer ? { request: pending, answer } : null;
}

/** The agency of the procedure the question is about; otherwise the one-stop centre that receives everything (R2). */
function agencyFor(context: ChatContext, answer: BotAnswer): string {
  const procedure = answer.id
    ? context.answerer.kb.procedures.find((candidate) => candidate.id === answer.id)
    : undefined;
  if (procedure && answer.decision === 'answer') return procedure.agency;
  return context.tracker.defaultAgencyId;
}
