import { sql } from 'drizzle-orm';
import type { TrackerListener } from '../tracker/index.ts';

/**
 * A tracker listener: when a photo or file joins a case (an `attachment` event), the file is queued
 * to be fetched from its channel, in the same transaction — so the webhook that stored the message
 * has long been answered, and a crash loses nothing. A file the web chat already sent with its
 * message only learns its case. (One without a reference is marked failed by the fetcher.)
 */
export function createAttachmentQueue(): TrackerListener {
  return async (db, events) => {
    for (const event of events) {
      if (event.type !== 'attachment') continue;
      const messageId = Number(event.data?.messageId);
      if (!Number.isSafeInteger(messageId)) continue;
      await db.execute(sql`
        insert into attachments (contact_id, message_id, request_id, direction, channel, reference, kind, name)
        select m.contact_id, m.id, ${event.request.id}::bigint, 'in', m.channel, m.data->>'reference', m.data->>'kind', m.data->>'name'
        from messages m
        where m.id = ${messageId}
          and m.data->>'kind' in ('photo', 'file')
        on conflict (message_id) do update set request_id = excluded.request_id`);
    }
  };
}
