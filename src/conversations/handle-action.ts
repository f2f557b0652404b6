import { and, desc, eq, isNull, isNotNull } from 'drizzle-orm';
import type { Action } from '../channels.ts';
import { translator, type Language } from '../i18n/index.ts';
import { formatTime, handOffRequest, openRequest, recordEvent, requests, type RequestRow } from '../tracker/index.ts';
import { latestRequest, ratingButtons, say, type ChatContext } from './chat-context.ts';
import { contacts, messages } from './conversation-tables.ts';
import { respond } from './handle-text.ts';

/** A button or command: the same on every channel. */
export async function handleAction(context: ChatContext, messageId: number, action: Action): Promise<void> {
  const { db, answerer, at } = context;
  const t = translator(context.language);
  switch (action.type) {
    case 'start': {
      const shown = action.payload ? answerer.show(action.payload, context.language) : null;
      if (shown) {
        // A deep link (QR code on a procedure page) shows that procedure; no question was asked, so no request opens.
        await say(context, 'procedure', { text: shown.text });
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
      await say({ ...context, language: action.language }, 'language', {
        text: translator(action.language)('chat.language_set'),
      });
      return;
    }
    case 'person':
      await talkToPerson(context, messageId);
      return;
    case 'my_cases':
      await listCases(context);
      return;
    case 'choose': {
      const pending = await latestRequest(db, context.contact.id, 'bot');
      const shown = answerer.show(action.id, context.language);
      if (!shown) {
        await say(context, 'not_found', { text: t('chat.not_found') });
        return;
      }
      if (!pending) {
        await say(context, 'procedure', { text: shown.text });
        return;
      }
      await db.update(requests).set({ procedureRef: shown.ref }).where(eq(requests.id, pending.id));
      await respond(context, { ...pending, procedureRef: shown.ref }, shown);
      return;
    }
    case 'feedback': {
      const answered = await lastBotAnswered(context);
      if (!answered) return;
      await recordEvent(db, answered.id, 'feedback', { kind: 'person' }, at, { helpful: action.helpful });
      if (action.helpful) {
        await say(
          context,
          'rating',
          { text: `${t('chat.helpful_thanks')} ${t('tracker.rating')}`, buttons: ratingButtons() },
          answered,
        );
        return;
      }
      // "Not helpful" reopens the request as a hand-off on its original clock.
      await recordEvent(db, answered.id, 'reopened', { kind: 'person' }, at, { reason: 'not-helpful' });
      await handOffRequest(db, context.tracker, {
        request: answered,
        at,
        reason: 'not-helpful',
        actor: { kind: 'person' },
      });
      return;
    }
    case 'rate': {
      const [rated] = await db
        .select()
        .from(requests)
        .where(
          and(
            eq(requests.contactId, context.contact.id),
            isNotNull(requests.firstAnswerAt),
            isNull(requests.satisfaction),
          ),
        )
        .orderBy(desc(requests.id))
        .limit(1);
      if (!rated) return;
      await db.update(requests).set({ satisfaction: action.score }).where(eq(requests.id, rated.id));
      await recordEvent(db, rated.id, 'satisfaction', { kind: 'person' }, at, { score: action.score });
      await say(context, 'rating_thanks', { text: t('tracker.rating_thanks') }, rated);
      return;
    }
  }
}

/** Hands off the request the person was just talking to the bot about, or opens one for the hand-off. */
async function talkToPerson(context: ChatContext, messageId: number): Promise<void> {
  const { db, at } = context;
  const open = await latestRequest(db, context.contact.id, 'open');
  if (open) {
    await listCases(context);
    return;
  }
  const recent = await latestRequest(db, context.contact.id);
  const withBot =
    recent &&
    (recent.status === 'bot' || recent.firstAnswerBy === 'bot') &&
    at.getTime() - recent.openedAt.getTime() < 24 * 3_600_000
      ? recent
      : null;
  const request =
    withBot ??
    (await openRequest(db, {
      contactId: context.contact.id,
      channel: context.contact.channel,
      replyAddress: context.contact.address,
      language: context.language,
      requesterType: context.contact.requesterType === 'business' ? 'business' : 'citizen',
      requesterName: context.contact.businessName ?? context.contact.displayName,
      agencyId: context.tracker.defaultAgencyId,
      subject: translator(context.language)('chat.button_person'),
      openedAt: context.messageAt,
    }));
  await db.update(messages).set({ requestId: request.id }).where(eq(messages.id, messageId));
  await say(context, 'handoff', { text: translator(context.language)('decision.wants_person') }, request);
  await handOffRequest(db, context.tracker, { request, at, reason: 'wants-person', actor: { kind: 'person' } });
}

async function listCases(context: ChatContext): Promise<void> {
  const t = translator(context.language);
  const rows = await context.db
    .select()
    .from(requests)
    .where(eq(requests.contactId, context.contact.id))
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
  const recent = await latestRequest(context.db, context.contact.id);
  return recent && recent.firstAnswerBy === 'bot' && recent.status === 'answered' ? recent : null;
}

function languageButtons(): Array<{ label: string; action: { type: 'language'; language: Language } }> {
  return [
    { label: 'Tiếng Việt', action: { type: 'language', language: 'vi' } },
    { label: 'English', action: { type: 'language', language: 'en' } },
  ];
}
