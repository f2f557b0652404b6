import type { OutboundAttachment } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { insertRows } from '../db/insert-rows.ts';
import type { RequestRow } from './open-request.ts';
import type { TrackerContext } from './tracker-context.ts';
import { requestEvents } from './tracker-tables.ts';

export const EVENT_TYPES = [
  'received',
  'message',
  'attachment',
  'bot_answer',
  'clarify',
  'choice',
  'handoff',
  // Older cases: the acknowledgement was its own event; it now follows from 'handoff'.
  'acknowledgement',
  'progress_reply',
  'assignment',
  'transfer',
  'procedure',
  'requester',
  'staff_reply',
  'note',
  'warning',
  'breach',
  'apology',
  'closed',
  'reopened',
  'feedback',
  'rating_requested',
  'satisfaction',
  'undeliverable',
  'deadline_moved',
  'anonymised',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type Actor = { kind: 'person' | 'bot' | 'system' } | { kind: 'staff'; staffId: string };

/**
 * What happened to a request. Commands return these; listeners (the one voice that speaks to the
 * person, the staff notifier) act on them in the same transaction. `words` are what staff wrote
 * (a reply, a note): carried to the listeners, never stored in the history; so is the file sent
 * with a reply (the history keeps its id).
 */
export type TrackerEvent = {
  type: EventType;
  request: RequestRow;
  actor: Actor;
  at: Date;
  data?: Record<string, unknown>;
  words?: string;
  attachment?: OutboundAttachment;
};

/**
 * Acts on events inside the command's transaction: what it writes commits or rolls back with them.
 * `atCommit`: the listener only needs the events by the end of the transaction (a signal delivered
 * on commit), so in an event batch it runs once with all of them instead of after each command.
 */
export type TrackerListener = ((db: Db, events: readonly TrackerEvent[]) => Promise<void>) & { atCommit?: true };

/**
 * Events recorded by many commands in one transaction (a batch of inbound messages), appended to the
 * history in one statement by `flushEventBatch` before the transaction commits. Nothing the
 * commands read in between looks at the history, so holding its rows back changes no decision.
 */
export type EventBatch = { pending: TrackerEvent[] };

/**
 * Appends events to their requests' histories (one statement; events are never updated or deleted)
 * and hands them to the listeners. Every command ends here. In an event batch the history rows
 * and the `atCommit` listeners wait for `flushEventBatch`.
 */
export async function recordEvents(db: Db, context: TrackerContext, events: TrackerEvent[]): Promise<TrackerEvent[]> {
  if (events.length === 0) return events;
  const batch = context.eventBatch;
  if (batch) batch.pending.push(...events);
  else await appendEvents(db, events);
  for (const listener of context.listeners) {
    if (!(batch && listener.atCommit)) await listener(db, events);
  }
  return events;
}

/** The tracker for one transaction of many commands: give it to them, then `flushEventBatch` before commit. */
export function withEventBatch(context: TrackerContext): TrackerContext & { eventBatch: EventBatch } {
  return { ...context, eventBatch: { pending: [] } };
}

/** Appends the batch's events (one statement) and runs the `atCommit` listeners once with all of them. */
export async function flushEventBatch(db: Db, context: TrackerContext): Promise<void> {
  const batch = context.eventBatch;
  if (!batch || batch.pending.length === 0) return;
  const events = batch.pending.splice(0);
  await appendEvents(db, events);
  for (const listener of context.listeners) {
    if (listener.atCommit) await listener(db, events);
  }
}

/** Appends events to the history without telling anyone (bookkeeping no listener acts on: anonymisation). */
export async function appendEvents(db: Db, events: readonly TrackerEvent[]): Promise<void> {
  if (events.length === 0) return;
  await insertRows(
    db,
    requestEvents,
    events.map((event) => ({
      requestId: event.request.id,
      type: event.type,
      actor: event.actor.kind,
      staffId: event.actor.kind === 'staff' ? event.actor.staffId : null,
      at: event.at,
      data: event.data ?? null,
    })),
  );
}
