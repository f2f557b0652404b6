import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, lte, notInArray, or, sql } from 'drizzle-orm';
import { outboundMessageSchema } from '../channel-schemas.ts';
import type { ChannelSender, ChatChannel, DeliveryResult, OutboundFile } from '../channels.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { acquireLease, releaseLease } from './acquire-lease.ts';
import { failQueuedMessages } from './fail-queued-messages.ts';
import { outbox } from './outbox-tables.ts';

export type PermanentFailure = {
  channel: ChatChannel;
  address: string;
  contactId: string | null;
  requestId: number | null;
  reason: string;
  at: Date;
};

export type OutboxWorkerDeps = {
  db: Db;
  sender: ChannelSender;
  logger: Logger;
  now: () => Date;
  /** Marks the contact unreachable and notes it on the case (owned by conversations). */
  onPermanentFailure(failure: PermanentFailure): Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  /** A message's file (a staff reply with a picture or PDF): its bytes from the attachments table; null when gone. */
  loadAttachment?(id: number): Promise<OutboundFile | null>;
};

const MAX_ATTEMPTS = 12;
/** How long a silent worker keeps the channel: a dead one is replaced after at most this. */
export const LEASE_MS = 10_000;

/**
 * Delivers one channel's outbox. One instance holds the channel's lease (renewed before every
 * send), so its rate limits hold across instances; each batch is claimed in a short transaction
 * (status 'sending'), sent outside any transaction, then settled.
 *
 * A worker that died is detected by its lease, not by a timer on its rows: whoever holds the
 * lease is the only one sending, so a 'sending' row it did not claim itself was left by a dead
 * holder and is due at once — the person's later messages are not held behind it. Delivery is at
 * least once (a lost answer is worse than a repeated one); the repeat window is the moment between
 * a send and its settle. A settle the database refused (an outage) is kept and saved first on the
 * next run, so an outage does not resend what was already delivered.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps) {
  const { db, sender } = deps;
  const holder = randomUUID();
  const lease = `outbox:${sender.channel}`;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const spacing = 1000 / sender.limits.perSecond;
  const perAddressMs = 1000 / sender.limits.perAddressPerSecond;
  const lastSent = new Map<string, number>();
  /** Sent (or refused for good) but not yet saved as such: the database was unavailable. */
  const unsettled = new Map<number, { item: typeof outbox.$inferSelect; result: DeliveryResult }>();
  let pausedUntil = 0;
  const renew = () => {
    const now = deps.now();
    return acquireLease(db, lease, holder, now, new Date(now.getTime() + LEASE_MS));
  };

  /** Sends what is due, at most one second's worth; returns how many messages it settled. */
  async function runOnce(): Promise<number> {
    for (const [id, { item, result }] of unsettled) {
      await settle(item, result);
      unsettled.delete(id);
    }
    const now = deps.now();
    if (now.getTime() < pausedUntil) return 0;
    if (!(await renew())) return 0;
    const batch = await claim(now);
    let settled = 0;
    for (const item of batch) {
      const wait = Math.max(0, (lastSent.get(item.address) ?? 0) + perAddressMs - Date.now());
      if (wait > 0) await sleep(wait);
      // A worker paused longer than its lease (a stalled process) must not send what a new holder now owns.
      if (settled > 0 && !(await renew())) break;
      const started = Date.now();
      const result = await sendSafely(item);
      lastSent.set(item.address, Date.now());
      unsettled.set(item.id, { item, result });
      await settle(item, result);
      unsettled.delete(item.id);
      settled++;
      if (!result.ok && !result.permanent && result.retryAfterMs) {
        // A 429 means the channel as a whole is over its limit: stop the batch, release the rest.
        pausedUntil = Date.now() + result.retryAfterMs;
        await release(
          batch.slice(batch.indexOf(item) + 1).map((rest) => rest.id),
          new Date(pausedUntil),
        );
        break;
      }
      const elapsed = Date.now() - started;
      if (elapsed < spacing) await sleep(spacing - elapsed);
    }
    if (lastSent.size > 10_000) lastSent.clear();
    return settled;
  }

  async function claim(now: Date) {
    return db.transaction(async (tx) => {
      // The oldest due message per address, so one person's messages go out in order.
      const due = await tx
        .selectDistinctOn([outbox.address], { id: outbox.id, address: outbox.address })
        .from(outbox)
        .where(and(eq(outbox.channel, sender.channel), inArray(outbox.status, ['pending', 'sending'])))
        .orderBy(outbox.address, asc(outbox.id));
      // A person sent to less than a second ago waits for a later run instead of stalling this
      // batch for everyone else (bench:ingest: 18 → 29 messages/s at Telegram's 30/s).
      const ready = Date.now() - perAddressMs;
      const ids = due.filter((row) => (lastSent.get(row.address) ?? 0) <= ready).map((row) => row.id);
      if (ids.length === 0) return [];
      // Due: pending rows whose time has come, and 'sending' rows no live worker owns (this
      // worker holds the lease and has nothing in flight but what it could not settle yet).
      const sendingLeftBehind =
        unsettled.size > 0
          ? and(eq(outbox.status, 'sending'), notInArray(outbox.id, [...unsettled.keys()]))
          : eq(outbox.status, 'sending');
      return tx
        .update(outbox)
        .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1` })
        .where(
          and(
            inArray(
              outbox.id,
              tx
                .select({ id: outbox.id })
                .from(outbox)
                .where(
                  and(
                    inArray(outbox.id, ids),
                    or(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)), sendingLeftBehind),
                  ),
                )
                .orderBy(asc(outbox.id))
                .limit(Math.max(1, Math.floor(sender.limits.perSecond)))
                .for('update', { skipLocked: true }),
            ),
          ),
        )
        .returning();
    });
  }

  async function sendSafely(item: typeof outbox.$inferSelect): Promise<DeliveryResult> {
    const message = outboundMessageSchema.safeParse(item.payload);
    if (!message.success)
      return {
        ok: false,
        permanent: true,
        reason: `unreadable outbox payload: ${message.error.issues[0]?.message ?? ''}`,
      };
    try {
      const attachment = message.data.attachment;
      // A file erased meanwhile is not sent; its message, blanked by the same erasure, has no words left either.
      const file = attachment && deps.loadAttachment ? await deps.loadAttachment(attachment.id) : null;
      return await sender.send(item.address, message.data, file ?? undefined);
    } catch (error) {
      return { ok: false, permanent: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async function settle(item: typeof outbox.$inferSelect, result: DeliveryResult): Promise<void> {
    const at = deps.now();
    if (result.ok) {
      await db.update(outbox).set({ status: 'sent', sentAt: at, lastError: null }).where(eq(outbox.id, item.id));
      // Only a hint (an open page fetches it now rather than at its next poll): a failure loses nothing.
      await sender.afterSent?.(item.address).catch((error: unknown) => {
        deps.logger.warn({ err: error, outboxId: item.id }, 'could not signal a delivered message');
      });
      return;
    }
    if (result.permanent || item.attempts >= MAX_ATTEMPTS) {
      await db.update(outbox).set({ status: 'failed', lastError: result.reason }).where(eq(outbox.id, item.id));
      deps.logger.warn({ outboxId: item.id, channel: item.channel, reason: result.reason }, 'message undeliverable');
      const skipped = result.permanent ? await failQueuedMessages(db, item.channel, item.address, result.reason) : [];
      for (const requestId of new Set([item.requestId, ...skipped])) {
        await deps.onPermanentFailure({
          channel: sender.channel,
          address: item.address,
          contactId: item.contactId,
          requestId,
          reason: result.reason,
          at,
        });
      }
      return;
    }
    const backoff = result.retryAfterMs ?? Math.min(3_600_000, 1000 * 2 ** item.attempts) * (0.8 + Math.random() * 0.4);
    await db
      .update(outbox)
      .set({ status: 'pending', lastError: result.reason, nextAttemptAt: new Date(at.getTime() + backoff) })
      .where(eq(outbox.id, item.id));
  }

  async function release(ids: number[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await db
      .update(outbox)
      .set({ status: 'pending', nextAttemptAt: at, attempts: sql`${outbox.attempts} - 1` })
      .where(inArray(outbox.id, ids));
  }

  return { runOnce, stop: () => releaseLease(db, lease, holder) };
}
