import { randomUUID } from 'node:crypto';
import type { IntakeChannel } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { handOffRequest, openRequest, type Actor, type RequestRow, type TrackerContext } from '../tracker/index.ts';
import { contacts, messages } from './conversation-tables.ts';
import { detectRequester } from './detect-requester.ts';

export type RequestRegistration = {
  channel: IntakeChannel;
  /** When the request was received: the clock starts here (never later than now). */
  receivedAt: Date;
  name: string | null;
  /** Phone or email as the person gave it; the contact is matched on it. */
  contact: string | null;
  requesterType: 'citizen' | 'business';
  taxCode: string | null;
  agencyId: string;
  procedureRef: string | null;
  question: string;
  language: 'vi' | 'en';
  actor: Actor;
};

/**
 * A request that did not come through a chat (phone, email, letter, counter, the website's
 * question form) entering the same tracker: stored, opened at the time it was received, and
 * handed to staff at once, in one transaction.
 */
export async function registerRequest(
  db: Db,
  tracker: TrackerContext,
  input: RequestRegistration,
  now: Date,
): Promise<RequestRow> {
  const openedAt = input.receivedAt > now ? now : input.receivedAt;
  // A question that says it comes from a business counts as one even when the box was not ticked.
  const signal = input.requesterType === 'citizen' ? detectRequester(input.question) : null;
  const requesterType = signal ? 'business' : input.requesterType;
  const taxCode = input.taxCode ?? signal?.taxCode ?? null;
  return db.transaction(async (tx) => {
    const [contact] = await tx
      .insert(contacts)
      .values({
        channel: input.channel,
        address: input.contact?.trim() || `intake:${randomUUID()}`,
        displayName: input.name,
        language: input.language,
        requesterType,
        taxCode,
        lastInboundAt: openedAt,
      })
      .onConflictDoUpdate({ target: [contacts.channel, contacts.address], set: { lastInboundAt: openedAt } })
      .returning();
    if (!contact) throw new Error('contact upsert returned nothing');
    const { request: opened } = await openRequest(tx, tracker, {
      contactId: contact.id,
      channel: input.channel,
      replyAddress: null,
      language: input.language,
      requesterType,
      requesterName: input.name,
      taxCode,
      agencyId: input.agencyId,
      procedureRef: input.procedureRef,
      subject: input.question,
      openedAt,
      actor: input.actor,
    });
    await tx.insert(messages).values({
      contactId: contact.id,
      requestId: opened.id,
      direction: 'in',
      author: 'person',
      channel: input.channel,
      kind: 'text',
      text: input.question,
      sentAt: openedAt,
      processedAt: now,
    });
    const { request } = await handOffRequest(tx, tracker, {
      request: opened,
      at: now,
      reason: input.channel === 'public_form' ? 'website-form' : 'manual-intake',
      actor: input.actor,
    });
    return request;
  });
}
