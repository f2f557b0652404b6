import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { ChannelSender, FetchResult } from '../channels.ts';
import { contacts, speak } from '../conversations/index.ts';
import type { Db } from '../db/client.ts';
import { translator } from '../i18n/index.ts';
import { sendCaseSignal } from '../live/index.ts';
import type { Logger } from '../logger.ts';
import { languageOf, requests } from '../tracker/index.ts';
import { attachments } from './attachment-tables.ts';
import { checkAttachment, cleanFileName } from './check-attachment.ts';

export type AttachmentFetchDeps = {
  db: Db;
  /** The channels of this instance; those that can fetch a person's files. */
  channels: readonly Pick<ChannelSender, 'channel' | 'fetchAttachment'>[];
  logger: Logger;
  now: () => Date;
  maxBytes: number;
};

/** Tries per file before it is shown to staff as not fetched. */
export const MAX_FETCH_ATTEMPTS = 6;
/** A claimed file is left alone this long: a worker that died with it lets another try after that. */
const CLAIM_MS = 2 * 60_000;
const BATCH = 5;

/**
 * The background job that fetches the files people sent (queued by createAttachmentQueue): a few
 * at a time, claimed with SKIP LOCKED so instances share the work, each fetched outside any
 * transaction and then settled. A temporary failure is tried again with backoff; after
 * MAX_FETCH_ATTEMPTS, or at once for a permanent one, the file is `failed` — the message stays on
 * the case marked "could not be fetched". A file too large or of a type not allowed is `refused`
 * (its bytes never kept) and the person is told so politely, in their language, by the one voice.
 * Returns how many files it settled.
 */
export function createAttachmentFetcher(deps: AttachmentFetchDeps) {
  const { db, logger } = deps;
  const fetchers = new Map<string, NonNullable<ChannelSender['fetchAttachment']>>();
  for (const channel of deps.channels)
    if (channel.fetchAttachment) fetchers.set(channel.channel, channel.fetchAttachment);

  async function runOnce(): Promise<number> {
    if (fetchers.size === 0) return 0;
    const now = deps.now();
    const due = db
      .select({ id: attachments.id })
      .from(attachments)
      .where(
        and(
          eq(attachments.status, 'pending'),
          lte(attachments.nextAttemptAt, now),
          inArray(attachments.channel, [...fetchers.keys()]),
        ),
      )
      .orderBy(asc(attachments.id))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    const claimed = await db
      .update(attachments)
      .set({ attempts: sql`${attachments.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) })
      .where(inArray(attachments.id, due))
      .returning();
    for (const row of claimed) {
      const fetch = fetchers.get(row.channel);
      const result: FetchResult =
        !fetch || !row.reference
          ? { ok: false, permanent: true, reason: 'nothing to fetch it by' }
          : await fetch(row.reference, deps.maxBytes).catch((error: unknown) => ({
              ok: false as const,
              permanent: false,
              reason: error instanceof Error ? error.message : String(error),
            }));
      await settle(row, result);
    }
    return claimed.length;
  }

  async function settle(row: typeof attachments.$inferSelect, result: FetchResult): Promise<void> {
    const at = deps.now();
    if (result.ok) {
      const checked = checkAttachment(result.bytes, deps.maxBytes);
      if (checked.ok) {
        await db.transaction(async (tx) => {
          await tx
            .update(attachments)
            .set({
              status: 'stored',
              bytes: result.bytes,
              size: result.bytes.byteLength,
              mimeType: checked.mimeType,
              kind: checked.kind,
              sha256: createHash('sha256').update(result.bytes).digest('hex'),
              name: cleanFileName(row.name ?? result.name, `${row.kind}-${row.id}.${checked.extension}`),
              storedAt: at,
              lastError: null,
            })
            .where(eq(attachments.id, row.id));
          await signalCase(tx, row.requestId);
        });
        logger.info({ attachmentId: row.id, channel: row.channel, size: result.bytes.byteLength }, 'attachment stored');
        return;
      }
      return refuse(row, checked.reason === 'too_large' ? 'too_large' : 'type');
    }
    if (result.tooLarge) return refuse(row, 'too_large');
    const giveUp = result.permanent || row.attempts >= MAX_FETCH_ATTEMPTS;
    await db
      .update(attachments)
      .set({
        status: giveUp ? 'failed' : 'pending',
        lastError: result.reason.slice(0, 500),
        nextAttemptAt: new Date(at.getTime() + 5_000 * 2 ** row.attempts),
      })
      .where(eq(attachments.id, row.id));
    if (giveUp) await signalCase(db, row.requestId);
    logger.warn(
      { attachmentId: row.id, channel: row.channel, attempts: row.attempts, reason: result.reason, giveUp },
      'attachment not fetched',
    );
  }

  /** Nothing of the file is kept; the person hears why, once, through the one voice. */
  async function refuse(row: typeof attachments.$inferSelect, reason: 'too_large' | 'type'): Promise<void> {
    const at = deps.now();
    await db.transaction(async (tx) => {
      const [updated] = await tx
        .update(attachments)
        .set({ status: 'refused', lastError: reason, bytes: null })
        .where(and(eq(attachments.id, row.id), eq(attachments.status, 'pending')))
        .returning({ id: attachments.id });
      if (!updated) return;
      const [contact] = await tx.select().from(contacts).where(eq(contacts.id, row.contactId));
      if (contact) {
        const t = translator(languageOf(contact.language));
        const maxMb = Math.round((deps.maxBytes / 1024 / 1024) * 10) / 10;
        await speak(
          tx,
          { contactId: contact.id, channel: contact.channel, address: contact.address, requestId: row.requestId },
          {
            kind: 'attachment_refused',
            message: {
              text: t(reason === 'too_large' ? 'chat.attachment_too_large' : 'chat.attachment_type', { maxMb }),
            },
            at,
            author: 'system',
            dedupeKey: `attachment-refused:${row.id}`,
          },
        );
      }
      await signalCase(tx, row.requestId);
    });
    logger.info({ attachmentId: row.id, channel: row.channel, reason }, 'attachment refused');
  }

  return { runOnce };
}

/** The open case pages show the file (or that it could not be fetched) without a reload. */
async function signalCase(db: Db, requestId: number | null): Promise<void> {
  if (requestId === null) return;
  const [request] = await db.select({ agencyId: requests.agencyId }).from(requests).where(eq(requests.id, requestId));
  if (request) await sendCaseSignal(db, { kind: 'attachment', caseId: requestId, agencyId: request.agencyId });
}
