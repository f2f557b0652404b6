import { randomUUID } from 'node:crypto';
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { deleteAttachments } from '../attachments/index.ts';
import { contacts, messages } from '../conversations/index.ts';
import type { Db } from '../db/client.ts';
import { caseTags } from '../inbox/tags/tag-tables.ts';
import { outbox } from '../outbox/outbox-tables.ts';
import { rejectedUpdates } from '../rejected-updates/rejected-update-tables.ts';
import { anonymiseRequests, ANONYMISED_SUBJECT, requests } from '../tracker/index.ts';

/**
 * Personal data (Decree 13/2023/NĐ-CP): the one place that removes it, for the retention
 * setting and for a person's request to erase theirs. Requests go through the tracker's
 * anonymiseRequests (figures kept); what was said (inbound and outbound message texts, queued
 * payloads) is blanked, the contact loses its name and its channel address (replaced by an
 * `erased:` id, so it can no longer be linked to the person), and updates set aside from that
 * address are deleted. The photos and files of those requests and of an erased contact are
 * deleted, bytes and names alike, and so are the requests' tags (staff write them freely: one may
 * name the person).
 */
export async function erasePersonalData(
  db: Db,
  target: { contactIds: string[]; requestIds: number[] },
  at: Date,
  reason: string,
): Promise<{ requests: number; messages: number; contacts: number; attachments: number }> {
  const changed = await anonymiseRequests(db, target.requestIds, at, reason);
  return db.transaction(async (tx) => {
    const files = await deleteAttachments(tx, target);
    const blanked = await tx
      .update(messages)
      .set({ text: '', data: null })
      .where(
        or(
          inArray(messages.requestId, target.requestIds.length > 0 ? target.requestIds : [-1]),
          target.contactIds.length > 0 ? inArray(messages.contactId, target.contactIds) : undefined,
        ),
      )
      .returning({ id: messages.id });
    if (target.requestIds.length > 0) {
      await tx
        .update(outbox)
        .set({ payload: { text: '' } })
        .where(inArray(outbox.requestId, target.requestIds));
      await tx.delete(caseTags).where(inArray(caseTags.requestId, target.requestIds));
    }
    let erasedContacts = 0;
    for (const contactId of target.contactIds) {
      const [contact] = await tx.select().from(contacts).where(eq(contacts.id, contactId));
      if (!contact || contact.address.startsWith('erased:')) continue;
      await tx
        .update(outbox)
        .set({ payload: { text: '' } })
        .where(and(eq(outbox.channel, contact.channel), eq(outbox.address, contact.address)));
      await tx
        .delete(rejectedUpdates)
        .where(and(eq(rejectedUpdates.channel, contact.channel), eq(rejectedUpdates.address, contact.address)));
      await tx
        .update(contacts)
        .set({ displayName: null, address: `erased:${randomUUID()}`, taxCode: null, businessName: null })
        .where(eq(contacts.id, contactId));
      erasedContacts++;
    }
    return {
      requests: changed.length,
      messages: blanked.length,
      contacts: erasedContacts,
      attachments: files,
    };
  });
}

/**
 * Retention: closed cases closed before `cutoff` are anonymised; a contact is erased once none of
 * its requests is still kept and it has not written since the cutoff. Updates set aside before
 * the cutoff are deleted. Safe to run on several instances at once and again after a crash.
 */
export async function applyRetention(db: Db, cutoff: Date, at: Date) {
  const expired = await db
    .select({ id: requests.id, contactId: requests.contactId })
    .from(requests)
    .where(
      and(
        eq(requests.status, 'closed'),
        lt(requests.closedAt, cutoff),
        sql`${requests.subject} <> ${ANONYMISED_SUBJECT}`,
      ),
    )
    .limit(1000);
  const contactIds = [...new Set(expired.map((row) => row.contactId))];
  const done =
    contactIds.length === 0
      ? []
      : await db
          .select({ id: contacts.id })
          .from(contacts)
          .where(
            and(
              inArray(contacts.id, contactIds),
              sql`coalesce(${contacts.lastInboundAt}, ${contacts.createdAt}) < ${cutoff.toISOString()}::timestamptz`,
              sql`not exists (select 1 from requests r where r.contact_id = ${contacts.id} and r.subject <> ${ANONYMISED_SUBJECT} and not (r.status = 'closed' and r.closed_at < ${cutoff.toISOString()}::timestamptz))`,
            ),
          );
  const erased = await erasePersonalData(
    db,
    { requestIds: expired.map((row) => row.id), contactIds: done.map((row) => row.id) },
    at,
    'retention',
  );
  const dropped = await db
    .delete(rejectedUpdates)
    .where(lt(rejectedUpdates.receivedAt, cutoff))
    .returning({ id: rejectedUpdates.id });
  return { ...erased, rejectedUpdates: dropped.length };
}
