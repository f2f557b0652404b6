import { and, asc, eq, gt } from 'drizzle-orm';
import { outboundMessageSchema } from '../channel-schemas.ts';
import type { Button, OutboundAttachment } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { outbox } from './outbox-tables.ts';

/** A message the web chat page shows: what the outbox delivered to one web address. */
export type WebMessage = {
  id: number;
  kind: string;
  text: string;
  buttons: Button[];
  createdAt: Date;
  /** A file sent with it (a staff reply): the page shows it from /chat/api/files/:id. */
  attachment?: OutboundAttachment;
};

/**
 * The web chat's delivered messages for one address after a known id, oldest first. The web
 * sender "delivers" by succeeding at once, so 'sent' is exactly what the page may show; the
 * worker sends one address's messages in id order, so `afterId` is a safe cursor. A payload that
 * no longer parses is left out: the worker marks such rows failed, so it never shows anyway.
 */
export async function listWebMessages(db: Db, address: string, afterId: number, limit: number): Promise<WebMessage[]> {
  const rows = await db
    .select({ id: outbox.id, kind: outbox.kind, payload: outbox.payload, createdAt: outbox.createdAt })
    .from(outbox)
    .where(
      and(eq(outbox.channel, 'web'), eq(outbox.address, address), eq(outbox.status, 'sent'), gt(outbox.id, afterId)),
    )
    .orderBy(asc(outbox.id))
    .limit(limit);
  const listed: WebMessage[] = [];
  for (const row of rows) {
    const message = outboundMessageSchema.safeParse(row.payload);
    if (!message.success) continue;
    listed.push({
      id: row.id,
      kind: row.kind,
      text: message.data.text,
      buttons: message.data.buttons ?? [],
      createdAt: row.createdAt,
      ...(message.data.attachment ? { attachment: message.data.attachment } : {}),
    });
  }
  return listed;
}
