import { and, desc, eq } from 'drizzle-orm';
import { translator } from '../i18n/index.ts';
import { detectLanguage, type BotAnswer } from '../kb/index.ts';
import {
  appendToRequest,
  formatTime,
  handOffRequest,
  openRequest,
  recordActivity,
  setRequesterType,
  type RequestRow,
} from '../tracker/index.ts';
import { feedbackButtons } from './chat-buttons.ts';
import { say, type ChatContext } from './chat-context.ts';
import { contacts, messages } from './conversation-tables.ts';
import { detectRequester } from './detect-requester.ts';
import { entryLabel, resolveQuestion } from './resolve-question.ts';
import { flushSpeech } from './voice.ts';

/**
 * A question typed by the person. The bot answers whatever it can, also while a case is with
 * staff; it asks which procedure is meant when unsure (one tap when there is one candidate); what
 * it cannot answer opens a case handed to staff — or joins the person's open case, told once.
 */
export async function handleText(context: ChatContext, text: string): Promise<void> {
  // Each message in the language it is written in; the button or the channel's hint only decides
  // when the text does not tell ("ok", "P05"). The next short message inherits it.
  context.language = detectLanguage(text, context.language);
  context.dialogue.language = context.language;
  const open = await context.openCase();
  await noteRequester(context, text, open);
  const answer = resolveQuestion(context.answerer, context.dialogue, text, context.language);
  switch (answer.decision) {
    case 'smalltalk':
      if (open) linkMessage(context, open.id);
      await say(context, 'smalltalk', { text: answer.text }, open?.id ?? null);
      return;
    case 'answer':
      return answerQuestion(context, text, answer);
    case 'clarify':
    case 'confirm':
      // With a case open, what the bot is unsure of is most likely about that case: staff read it there.
      return open ? joinOpenCase(context, open, answer.reason) : offerChoices(context, text, answer);
    case 'handoff':
      return open ? joinOpenCase(context, open, answer.reason) : handOffQuestion(context, text, answer);
  }
}

/** The bot's answer, recorded on the tracker as a request answered at once; the topic follows it. */
export async function answerQuestion(context: ChatContext, question: string, answer: BotAnswer): Promise<void> {
  const { request } = await openRequest(context.db, context.tracker, {
    ...requestBase(context, question),
    agencyId: agencyFor(context, answer.id),
    procedureRef: answer.ref,
    answered: { at: context.at, by: { kind: 'bot' }, data: { id: answer.id, ref: answer.ref, score: answer.score } },
  });
  linkMessage(context, request.id);
  // Several distinct questions in one message: one answer each, in the order asked, the buttons under the last.
  const [, ...more] = answer.answers ?? [];
  await say(
    context,
    'answer',
    { text: answer.text, ...(more.length === 0 ? { buttons: feedbackButtons(context.language) } : {}) },
    request.id,
  );
  for (const [i, next] of more.entries()) {
    const last = i === more.length - 1;
    await say(
      context,
      'answer',
      { text: next.text, ...(last ? { buttons: feedbackButtons(context.language) } : {}) },
      request.id,
    );
  }
  const topic = more.at(-1)?.id ?? answer.id;
  if (topic) context.dialogue.topic = { id: topic, at: context.at };
}

/** Choices to tap; one candidate is a yes/no confirmation, not a list. */
async function offerChoices(context: ChatContext, question: string, answer: BotAnswer): Promise<void> {
  const t = translator(context.language);
  const { request } = await openRequest(context.db, context.tracker, {
    ...requestBase(context, question),
    agencyId: context.tracker.defaultAgencyId,
  });
  linkMessage(context, request.id);
  await recordActivity(context.db, context.tracker, {
    request,
    type: 'clarify',
    actor: { kind: 'bot' },
    at: context.at,
    data: { choices: answer.choices.map((choice) => choice.id) },
  });
  const [only] = answer.choices;
  if (answer.choices.length === 1 && only) {
    await say(
      context,
      'clarify',
      {
        text: t('chat.confirm_topic', { label: only.label }),
        buttons: [
          { label: t('chat.button_yes'), action: { type: 'confirm', yes: true } },
          { label: t('chat.button_no'), action: { type: 'confirm', yes: false } },
        ],
      },
      request.id,
      { confirmId: only.id, question },
    );
    return;
  }
  const buttons = [
    ...answer.choices.map((choice) => ({ label: choice.label, action: { type: 'choose' as const, id: choice.id } })),
    { label: t('chat.button_person'), action: { type: 'person' as const } },
  ];
  await say(context, 'clarify', { text: answer.text, buttons }, request.id, { question });
}

/** What the bot cannot answer goes to staff as a new case, routed by the procedure it is about. */
export async function handOffQuestion(context: ChatContext, question: string, answer: BotAnswer): Promise<void> {
  // A question about the person's own case or one the bot could not place follows the topic's
  // agency; an out-of-scope one (a complaint, a fine) goes to the one-stop centre that receives everything.
  const topic = answer.reason === 'out-of-scope' ? null : (context.dialogue.topic?.id ?? null);
  const agencyId = agencyFor(context, answer.id ?? topic);
  const { request } = await openRequest(context.db, context.tracker, { ...requestBase(context, question), agencyId });
  linkMessage(context, request.id);
  await say(context, 'handoff', { text: answer.text }, request.id);
  await handOffRequest(context.db, context.tracker, { request, at: context.at, reason: answer.reason, agencyId });
}

/** A message the bot cannot answer while a case is with staff joins that case; the person is told once. */
export async function joinOpenCase(context: ChatContext, open: RequestRow, reason: string): Promise<void> {
  const t = translator(context.language);
  await appendToRequest(context.db, context.tracker, {
    request: open,
    type: 'message',
    at: context.at,
    data: { messageId: context.messageId, reason },
  });
  linkMessage(context, open.id);
  if (reason === 'wants-person') {
    const deadline = open.dueAt ? formatTime(open.dueAt, context.language) : '';
    const agency = context.tracker.agencyName(open.agencyId, context.language);
    await say(
      context,
      'case_with_staff',
      { text: t('chat.case_with_staff', { caseNumber: open.caseNumber, agency, deadline }) },
      open.id,
    );
    return;
  }
  if ((await lastNoticeOn(context, open.id)) === 'added_to_case') return;
  await say(context, 'added_to_case', { text: t('chat.added_to_case', { caseNumber: open.caseNumber }) }, open.id);
}

/** The fields every request opened from a chat message shares. */
export function requestBase(context: ChatContext, subject: string) {
  const { contact } = context;
  return {
    contactId: contact.id,
    channel: contact.channel,
    replyAddress: contact.address,
    language: context.language,
    requesterType: contact.requesterType === 'business' ? ('business' as const) : ('citizen' as const),
    requesterName: contact.businessName ?? contact.displayName,
    taxCode: contact.taxCode,
    subject,
    openedAt: context.messageAt,
  };
}

/** The agency of the procedure a question is about; otherwise the one-stop centre that receives everything (R2). */
export function agencyFor(context: ChatContext, id: string | null): string {
  return (id ? entryLabel(context.answerer, id, 'vi')?.agency : null) ?? context.tracker.defaultAgencyId;
}

/**
 * The message being handled belongs to this request (the case page shows it there). Written with
 * the batch's closing update of the messages it handled, not as a statement of its own.
 */
export function linkMessage(context: ChatContext, requestId: number): void {
  context.requestId = requestId;
}

/**
 * "Công ty tôi…", "DN em…", a tax code: the person asks for a business. Remembered on the
 * contact (their later requests count as a business's) and set on their open case.
 */
async function noteRequester(context: ChatContext, text: string, open: RequestRow | null): Promise<void> {
  const signal = detectRequester(text);
  if (!signal) return;
  const { contact } = context;
  const taxCode = signal.taxCode ?? contact.taxCode;
  if (contact.requesterType !== 'business' || taxCode !== contact.taxCode) {
    const [updated] = await context.db
      .update(contacts)
      .set({ requesterType: 'business', taxCode })
      .where(eq(contacts.id, contact.id))
      .returning();
    if (updated) context.contact = updated;
  }
  if (open && (open.requesterType !== 'business' || (taxCode && open.taxCode !== taxCode))) {
    await setRequesterType(context.db, context.tracker, {
      requestId: open.id,
      requesterType: 'business',
      taxCode,
      at: context.at,
      actor: { kind: 'person' },
    });
  }
}

async function lastNoticeOn(context: ChatContext, requestId: number): Promise<string | null> {
  // What this batch said so far is held back until it ends: written first, so it is read.
  await flushSpeech(context.db);
  const [last] = await context.db
    .select({ data: messages.data })
    .from(messages)
    .where(and(eq(messages.requestId, requestId), eq(messages.direction, 'out')))
    .orderBy(desc(messages.id))
    .limit(1);
  const data: unknown = last?.data;
  return typeof data === 'object' && data !== null && 'kind' in data && typeof data.kind === 'string'
    ? data.kind
    : null;
}
