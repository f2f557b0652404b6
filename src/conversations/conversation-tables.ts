import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A person on one channel. The address is the channel's own id, kept as text (Zalo ids exceed 2^53). */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel').notNull(),
    address: text('address').notNull(),
    displayName: text('display_name'),
    language: text('language').notNull().default('vi'),
    /** Set once the person has chosen, so a channel's guess never overrides a choice. */
    languageChosen: timestamp('language_chosen_at', { withTimezone: true }),
    requesterType: text('requester_type').notNull().default('citizen'),
    taxCode: text('tax_code'),
    businessName: text('business_name'),
    /** Why messages can no longer reach this person (blocked the bot, channel window closed). */
    unreachableReason: text('unreachable_reason'),
    unreachableAt: timestamp('unreachable_at', { withTimezone: true }),
    lastInboundAt: timestamp('last_inbound_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('contacts_channel_address').on(table.channel, table.address)],
);

/**
 * Every message in and out. Inbound messages are stored before they are processed
 * (`processed_at` null until the reply is written), so a crash in between loses nothing.
 */
export const messages = pgTable(
  'messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    requestId: bigint('request_id', { mode: 'number' }),
    direction: text('direction').notNull(), // in | out
    author: text('author').notNull(), // person | bot | staff | system
    staffId: uuid('staff_id'),
    channel: text('channel').notNull(),
    channelMessageId: text('channel_message_id'),
    kind: text('kind').notNull(), // text | action | attachment | note
    text: text('text').notNull().default(''),
    data: jsonb('data'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('messages_channel_message').on(table.channel, table.channelMessageId),
    index('messages_request').on(table.requestId, table.id),
    index('messages_contact').on(table.contactId, table.id),
    index('messages_unprocessed')
      .on(table.id)
      .where(sql`direction = 'in' and processed_at is null`),
  ],
);

/**
 * Where one person's conversation stands: the topic (the procedure or document last answered or
 * chosen), the buttons last offered (a typed number or "có/không" answers them on channels
 * without buttons) and the language of the last message. One row per contact, read and written
 * with the contact locked; each part expires (see dialogue-state.ts).
 */
export const dialogues = pgTable('dialogues', {
  contactId: uuid('contact_id')
    .primaryKey()
    .references(() => contacts.id),
  language: text('language'),
  topicId: text('topic_id'),
  topicAt: timestamp('topic_at', { withTimezone: true }),
  offered: jsonb('offered'),
  offeredAt: timestamp('offered_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
