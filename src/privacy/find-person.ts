import { and, asc, eq, inArray } from 'drizzle-orm';
import { listPersonAttachments } from '../attachments/index.ts';
import { contacts, messages } from '../conversations/index.ts';
import type { Db } from '../db/client.ts';
import { outbox } from '../outbox/outbox-tables.ts';
import { rejectedUpdates } from '../rejected-updates/rejected-update-tables.ts';
import { requestEvents, requests } from '../tracker/index.ts';

/**
 * Everything stored about one person, found by the address they use on a channel (a Telegram or
 * Zalo id, the web chat's id, a phone number or an email given by phone, letter or the website's
 * form), on one channel or all: for an export on request, and what an erasure removes. Their
 * photos and files are listed by what they are (type, size, name, SHA-256), not their bytes.
 */
export async function findPerson(db: Db, address: string, channel?: string) {
  const people = await db
    .select()
    .from(contacts)
    .where(channel ? and(eq(contacts.address, address), eq(contacts.channel, channel)) : eq(contacts.address, address));
  const contactIds = people.map((contact) => contact.id);
  const none = contactIds.length === 0;
  const theirRequests = none
    ? []
    : await db.select().from(requests).where(inArray(requests.contactId, contactIds)).orderBy(asc(requests.id));
  const requestIds = theirRequests.map((request) => request.id);
  return {
    address,
    contacts: people,
    requests: theirRequests,
    events:
      requestIds.length === 0
        ? []
        : await db
            .select()
            .from(requestEvents)
            .where(inArray(requestEvents.requestId, requestIds))
            .orderBy(asc(requestEvents.id)),
    messages: none
      ? []
      : await db.select().from(messages).where(inArray(messages.contactId, contactIds)).orderBy(asc(messages.id)),
    outbox: await db.select().from(outbox).where(eq(outbox.address, address)).orderBy(asc(outbox.id)),
    rejectedUpdates: await db.select().from(rejectedUpdates).where(eq(rejectedUpdates.address, address)),
    attachments: await listPersonAttachments(db, contactIds),
    contactIds,
    requestIds,
  };
}
