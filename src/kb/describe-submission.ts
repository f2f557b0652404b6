import type { TFunction } from 'i18next';
import type { Procedure } from './content-schema.ts';
import type { LocalizedCard } from './localize-card.ts';

export type Channel = 'where' | 'online' | 'post' | 'email';

export type SubmissionContext = {
  t: TFunction;
  agencyName: string;
  /** Sentences already said in this answer: a sentence is said once, by the first aspect that needs it. */
  said: Set<string>;
};

/**
 * Where and how a dossier is submitted, for one aspect asked: where (agency, in person, online,
 * post), or whether it can go online, by post or by e-mail. Only what the content says: the
 * content's own note on a channel wins over the yes/no flag, so an answer never says "can be sent
 * by post" and then "post only when ill"; a channel the content is silent on is said to be
 * unknown, with whom to ask, never denied.
 */
export function describeSubmission(
  procedure: Procedure,
  card: LocalizedCard,
  channel: Channel,
  context: SubmissionContext,
): string[] {
  const { t, agencyName, said } = context;
  const notes = sentencesOf(card.submitText);
  const about = (pattern: RegExp) => notes.filter((sentence) => pattern.test(sentence));
  const once = (lines: Array<string | null>) => {
    const fresh = lines.filter((line): line is string => line !== null && !said.has(line));
    for (const line of fresh) said.add(line);
    return fresh;
  };
  const online = procedure.submit.online;
  switch (channel) {
    case 'where':
      return once([
        t('answer.where', { agency: agencyName }),
        card.inPerson ? t('answer.where_in_person', { place: card.inPerson }) : null,
        online ? t('answer.where_online', { url: online }) : null,
        procedure.submit.post && about(POST).length === 0 ? t('answer.where_post') : null,
        ...notes,
      ]);
    case 'online': {
      const known = [...(online ? [t('answer.where_online', { url: online })] : []), ...about(ONLINE)];
      return once(known.length > 0 ? known : [t('answer.online_unknown', { agency: agencyName })]);
    }
    case 'post': {
      const notesOnPost = about(POST);
      if (notesOnPost.length > 0) return once(notesOnPost);
      return once([procedure.submit.post ? t('answer.where_post') : t('answer.post_unknown', { agency: agencyName })]);
    }
    case 'email': {
      const notesOnEmail = about(EMAIL);
      return once(notesOnEmail.length > 0 ? notesOnEmail : [t('answer.email_unknown', { agency: agencyName })]);
    }
  }
}

// What a sentence of the content's submission note is about, in either language.
const POST = /bưu (điện|chính)|đường bảo đảm|chuyển phát|\bpost(al|ed)?\b|\bby mail\b|registered mail|courier/iu;
const ONLINE = /trực tuyến|online|dịch vụ công|\bportal\b/iu;
const EMAIL = /thư điện tử|\be-?mail\b/iu;

function sentencesOf(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
