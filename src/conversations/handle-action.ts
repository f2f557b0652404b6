import { and, desc, eq, gte, isNotNull } from 'drizzle-orm';
import type { Action } from '../channels.ts';
import { translator } from '../i18n/index.ts';
import {
  formatTime,
  handOffRequest,
  lockRequest,
  openRequest,
  rateRequest,
  recordActivity,
  recordBotAnswer,
  requestAwaitingRating,
  requestRating,
  requests,
  setProcedure,
  setRequesterType,
  type RequestRow,
} from '../tracker/index.ts';
import { feedbackButtons, languageButtons } from './chat-buttons.ts';
import { say, type ChatContext } from './chat-context.ts';
import { contacts } from './conversation-tables.ts';
import { agencyFor, joinOpenCase, linkMessage, requestBase } from './handle-text.ts';
import { entryLabel } from './resolve-question.ts';

const DAY = 24 * 3_600_000;

/** A button or command: the same on every channel. */
export async function handleAction(context: ChatContext, action: Action): Promise<void> {
  const { db, answerer, at } = context;
  const t = translator(context.language);
  switch (action.type) {
    case 'start': {
      const shown = action.payload ? answerer.show(action.payload, context.language) : null;
      if (shown) {
        // A deep link (QR code on a procedure page) shows that procedure; no question was asked, so no request opens.
        await say(context, 'procedure', { text: shown.text });
        if (shown.id) context.dialogue.topic = { id: shown.id, at };
        return;
      }
      await say(context, 'welcome', {
        text: `${t('chat.welcome')}\n\n${t('chat.privacy')}`,
        buttons: languageButtons(),
      });
      return;
    }
    case 'help':
      await say(context, 'help', { text: t('chat.help') });
      return;
    case 'language': {
      if (!action.language) {
        await say(context, 'language', { text: t('chat.choose_language'), buttons: languageButtons() });
        return;
      }
      await db
        .update(contacts)
        .set({ language: action.language, languageChosen: at })
        .where(eq(contacts.id, context.contact.id));
      context.language = action.language;
      context.dialogue.language = action.language;
      await say(context, 'language', { text: translator(action.language)('chat.language_set') });
      return;
    }
    case 'person':
      return talkToPerson(context);
    case 'my_cases':
      return listCases(context);
    case 'choose':
      return choose(context, action.id);
    case 'confirm':
      return confirm(context, action.yes);
    case 'requester':
      return setRequester(context, action.business);
    case 'feedback':
      return feedback(context, action.helpful);
    case 'rate': {
      const rated = await requestAwaitingRating(db, context.contact.id);
      if (!rated) return;
      const events = await rateRequest(db, context.tracker, { request: rated, score: action.score, at });
      if (events.length > 0) await say(context, 'rating_thanks', { text: t('tracker.rating_thanks') }, rated.id);
      return;
    }
  }
}

/** A choice offered by a clarification: answered with the aspects of the question that led to it. */
async function choose(context: ChatContext, id: string): Promise<void> {
  const offer = context.dialogue.offer;
  const question = offer?.question ?? null;
  const shown =
    (question ? context.answerer.about(id, question, context.language) : null) ??
    context.answerer.show(id, context.language);
  if (!shown) {
    await say(context, 'not_found', { text: translator(context.language)('chat.not_found') });
    return;
  }
  context.dialogue.offer = null;
  const pending = offer?.requestId ? await lockRequest(context.db, offer.requestId) : null;
  if (!pending || pending.status !== 'bot') {
    await say(context, 'procedure', { text: shown.text, buttons: feedbackButtons(context.language) });
    if (shown.id) context.dialogue.topic = { id: shown.id, at: context.at };
    return;
  }
  // Routing follows the procedure chosen: the request and its rating count for that agency.
  const { request } = shown.ref
    ? await setProcedure(context.db, context.tracker, {
        request: pending,
        procedureRef: shown.ref,
        agencyId: agencyFor(context, shown.id),
        at: context.at,
        actor: { kind: 'person' },
      })
    : { request: pending };
  await recordActivity(context.db, context.tracker, {
    request,
    type: 'choice',
    actor: { kind: 'person' },
    at: context.at,
    data: { id },
  });
  linkMessage(context, request.id);
  const { request: answered } = await recordBotAnswer(context.db, context.tracker, {
    request,
    at: context.at,
    data: { id: shown.id, ref: shown.ref, score: shown.score },
  });
  await say(context, 'answer', { text: shown.text, buttons: feedbackButtons(context.language) }, answered.id);
  if (shown.id) context.dialogue.topic = { id: shown.id, at: context.at };
}

/** "Bạn hỏi về thủ tục X?" — yes answers it; no goes to staff, who read the question themselves. */
async function confirm(context: ChatContext, yes: boolean): Promise<void> {
  const offer = context.dialogue.offer;
  if (!offer?.confirmId) return;
  if (yes) return choose(context, offer.confirmId);
  context.dialogue.offer = null;
  const pending = offer.requestId ? await lockRequest(context.db, offer.requestId) : null;
  const t = translator(context.language);
  const open = await context.openCase();
  if (open) {
    return joinOpenCase(context, open, 'not-confirmed');
  }
  if (!pending || pending.status !== 'bot') return;
  linkMessage(context, pending.id);
  await say(context, 'handoff', { text: t('decision.handoff') }, pending.id);
  await handOffRequest(context.db, context.tracker, {
    request: pending,
    at: context.at,
    reason: 'not-confirmed',
    actor: { kind: 'person' },
  });
}

/** The person asks for a person: the request they were just talking to the bot about goes to staff. */
async function talkToPerson(context: ChatContext): Promise<void> {
  const { db, at } = context;
  const open = await context.openCase();
  if (open) return joinOpenCase(context, open, 'wants-person');
  const [recent] = await db
    .select()
    .from(requests)
    .where(and(eq(requests.contactId, context.contact.id), gte(requests.openedAt, new Date(at.getTime() - DAY))))
    .orderBy(desc(requests.id))
    .limit(1);
  const withBot =
    recent && recent.handedOffAt === null && (recent.status === 'bot' || recent.firstAnswerBy === 'bot')
      ? recent
      : null;
  const topicId = context.dialogue.topic?.id ?? null;
  const request =
    withBot ??
    (
      await openRequest(db, context.tracker, {
        ...requestBase(context, translator(context.language)('chat.button_person')),
        agencyId: agencyFor(context, topicId),
        procedureRef: topicId ? (entryLabel(context.answerer, topicId, 'vi')?.ref ?? null) : null,
      })
    ).request;
  linkMessage(context, request.id);
  await say(context, 'handoff', { text: translator(context.language)('decision.wants_person') }, request.id);
  await handOffRequest(db, context.tracker, { request, at, reason: 'wants-person', actor: { kind: 'person' } });
}

/** 👍 asks for the rating (once per request); 👎 hands the question to staff on its original clock. */
async function feedback(context: ChatContext, helpful: boolean): Promise<void> {
  const { db, at } = context;
  const answered = await lastBotAnswered(context);
  if (!answered) return;
  if (helpful) {
    await requestRating(db, context.tracker, { request: answered, at });
    await say(context, 'helpful', { text: translator(context.language)('chat.helpful_thanks') }, answered.id);
    return;
  }
  await recordActivity(db, context.tracker, {
    request: answered,
    type: 'feedback',
    actor: { kind: 'person' },
    at,
    data: { helpful: false },
  });
  const open = await context.openCase();
  if (open) return joinOpenCase(context, open, 'not-helpful');
  linkMessage(context, answered.id);
  await handOffRequest(db, context.tracker, {
    request: answered,
    at,
    reason: 'not-helpful',
    actor: { kind: 'person' },
  });
}

/** "Tôi hỏi cho doanh nghiệp" / "tôi là cá nhân": the person corrects how they are counted. */
async function setRequester(context: ChatContext, business: boolean): Promise<void> {
  const requesterType = business ? 'business' : 'citizen';
  const [updated] = await context.db
    .update(contacts)
    .set({ requesterType, ...(business ? {} : { taxCode: null }) })
    .where(eq(contacts.id, context.contact.id))
    .returning();
  if (updated) context.contact = updated;
  const open = await context.openCase();
  if (open) {
    await setRequesterType(context.db, context.tracker, {
      requestId: open.id,
      requesterType,
      taxCode: business ? open.taxCode : null,
      at: context.at,
      actor: { kind: 'person' },
    });
  }
  await say(
    context,
    'requester',
    { text: translator(context.language)(`chat.requester_${requesterType}`) },
    open?.id ?? null,
  );
}

async function listCases(context: ChatContext): Promise<void> {
  const t = translator(context.language);
  const rows = await context.db
    .select()
    .from(requests)
    .where(and(eq(requests.contactId, context.contact.id), isNotNull(requests.handedOffAt)))
    .orderBy(desc(requests.id))
    .limit(5);
  if (rows.length === 0) {
    await say(context, 'my_cases', { text: t('chat.my_cases_none') });
    return;
  }
  const lines = rows.map((row) =>
    t('chat.my_cases_line', {
      caseNumber: row.caseNumber,
      status: t(`chat.status_${row.status}`),
      deadline:
        row.status === 'open' && row.dueAt
          ? t('chat.my_cases_deadline', { deadline: formatTime(row.dueAt, context.language) })
          : '',
      subject: row.subject.slice(0, 80),
    }),
  );
  await say(context, 'my_cases', { text: [t('chat.my_cases_title'), ...lines].join('\n') });
}

async function lastBotAnswered(context: ChatContext): Promise<RequestRow | null> {
  const [recent] = await context.db
    .select()
    .from(requests)
    .where(
      and(
        eq(requests.contactId, context.contact.id),
        eq(requests.firstAnswerBy, 'bot'),
        eq(requests.status, 'answered'),
      ),
    )
    .orderBy(desc(requests.id))
    .limit(1);
  return recent ?? null;
}
