import { eq } from 'drizzle-orm';
import { translator } from '../i18n/index.ts';
import type { BotAnswer } from '../kb/index.ts';
import { handOffRequest, openRequest, recordAnswer, recordEvent, type RequestRow } from '../tracker/index.ts';
import { feedbackButtons, latestRequest, say, type ChatContext } from './chat-context.ts';
import { messages } from './conversation-tables.ts';

/**
 * A question typed by the person. While a case is with staff, what the person writes joins that
 * case; otherwise the bot answers, asks which procedure is meant, or hands off. Small talk
 * (greetings, thanks) gets a short reply and opens no request.
 */
export async function handleText(context: ChatContext, messageId: number, text: string): Promise<void> {
  const { db, answerer, language, at } = context;
  const open = await latestRequest(db, context.contact.id, 'open');
  if (open) {
    await attachToRequest(context, messageId, open, 'message');
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
    const { request: answered } = await recordAnswer(db, context.tracker, { request, at, by: { kind: 'bot' }, data: { id: answer.id, ref: answer.ref, score: answer.score } });
    await say(context, 'answer', { text: answer.text, buttons: feedbackButtons(language) }, answered);
    return;
  }
  if (answer.decision === 'clarify') {
    await recordEvent(db, request.id, 'clarify', { kind: 'bot' }, at, { choices: answer.choices.map((choice) => choice.id) });
    const buttons = [
      ...answer.choices.map((choice) => ({ label: choice.label, action: { type: 'choose' as const, id: choice.id } })),
      { label: t('chat.button_person'), action: { type: 'person' as const } },
    ];
    await say(context, 'clarify', { text: answer.text, buttons }, request);
    return;
  }
  await say(context, 'handoff', { text: answer.text }, request);
  await handOffRequest(db, context.tracker, { request, at, reason: answer.reason, agencyId: agencyFor(context, answer) });
}

/** Adds a message or file to a case already with staff; the person is told once per message. */
export async function attachToRequest(context: ChatContext, messageId: number, request: RequestRow, type: 'message' | 'attachment'): Promise<void> {
  const { db, at, language } = context;
  await db.update(messages).set({ requestId: request.id }).where(eq(messages.id, messageId));
  await recordEvent(db, request.id, type, { kind: 'person' }, at, { messageId });
  const key = type === 'attachment' ? 'chat.attachment_added' : 'chat.added_to_case';
  await say(context, type, { text: translator(language)(key, { caseNumber: request.caseNumber }) }, request);
}

/** The agency of the procedure the question is about; otherwise the one-stop centre that receives everything (R2). */
function agencyFor(context: ChatContext, answer: BotAnswer): string {
  const procedure = answer.id ? context.answerer.kb.procedures.find((candidate) => candidate.id === answer.id) : undefined;
  if (procedure && answer.decision === 'answer') return procedure.agency;
  return context.tracker.defaultAgencyId;
}
