import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Action } from '../channels.ts';
import { actionSchema } from '../channel-schemas.ts';
import type { Db } from '../db/client.ts';
import type { Language } from '../i18n/index.ts';
import { dialogues } from './conversation-tables.ts';

/** A follow-up ("còn lệ phí?") is read about the topic for this long after the last exchange on it. */
export const TOPIC_LIFETIME_MS = 30 * 60_000;
/** Buttons offered stay answerable by a typed number for this long. */
export const OFFER_LIFETIME_MS = 30 * 60_000;

export type Offer = {
  actions: Action[];
  /** The request the offer was made on (a clarify), if any. */
  requestId: number | null;
  /** The entry a one-tap confirmation asks about ("Bạn hỏi về thủ tục X?"). */
  confirmId: string | null;
  /** The question that led to the offer, answered once the person picks. */
  question: string | null;
};

export type DialogueState = {
  language: Language | null;
  topic: { id: string; at: Date } | null;
  offer: (Offer & { at: Date }) | null;
};

const offerSchema = z.object({
  actions: z.array(actionSchema),
  requestId: z.number().nullable(),
  confirmId: z.string().nullable(),
  question: z.string().nullable(),
});

/** The dialogue as it stands now: expired parts are gone. A row from an older version reads as empty. */
export function readDialogue(row: typeof dialogues.$inferSelect | null | undefined, now: Date): DialogueState {
  if (!row) return { language: null, topic: null, offer: null };
  const fresh = (at: Date | null, lifetime: number): at is Date =>
    at !== null && now.getTime() - at.getTime() < lifetime;
  const offer = offerSchema.safeParse(row.offered);
  return {
    language: row.language === 'en' || row.language === 'vi' ? row.language : null,
    topic: row.topicId && fresh(row.topicAt, TOPIC_LIFETIME_MS) ? { id: row.topicId, at: row.topicAt } : null,
    offer: offer.success && fresh(row.offeredAt, OFFER_LIFETIME_MS) ? { ...offer.data, at: row.offeredAt } : null,
  };
}

/** Saves the dialogues of several people in one statement (insert or update each). */
export async function saveDialogues(db: Db, states: ReadonlyMap<string, DialogueState>, now: Date): Promise<void> {
  if (states.size === 0) return;
  const rows = [...states].map(([contactId, state]) => ({
    contactId,
    language: state.language,
    topicId: state.topic?.id ?? null,
    topicAt: state.topic?.at ?? null,
    offered: state.offer
      ? {
          actions: state.offer.actions,
          requestId: state.offer.requestId,
          confirmId: state.offer.confirmId,
          question: state.offer.question,
        }
      : null,
    offeredAt: state.offer?.at ?? null,
    updatedAt: now,
  }));
  await db
    .insert(dialogues)
    .values(rows)
    .onConflictDoUpdate({
      target: dialogues.contactId,
      set: {
        language: sql`excluded.language`,
        topicId: sql`excluded.topic_id`,
        topicAt: sql`excluded.topic_at`,
        offered: sql`excluded.offered`,
        offeredAt: sql`excluded.offered_at`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}
