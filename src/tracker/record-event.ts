import type { Db } from '../db/client.ts';
import { requestEvents } from './tracker-tables.ts';

export const EVENT_TYPES = [
  'received',
  'message',
  'attachment',
  'bot_answer',
  'clarify',
  'handoff',
  'acknowledgement',
  'progress_reply',
  'assignment',
  'transfer',
  'staff_reply',
  'note',
  'warning',
  'breach',
  'apology',
  'closed',
  'reopened',
  'feedback',
  'satisfaction',
  'undeliverable',
  'deadline_moved',
  'anonymised',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type Actor = { kind: 'person' | 'bot' | 'system' } | { kind: 'staff'; staffId: string };

/** Appends one event to a request's history. Events are never updated or deleted. */
export async function recordEvent(
  db: Db,
  requestId: number,
  type: EventType,
  actor: Actor,
  at: Date,
  data?: Record<string, unknown>,
): Promise<void> {
  await db.insert(requestEvents).values({
    requestId,
    type,
    actor: actor.kind,
    staffId: actor.kind === 'staff' ? actor.staffId : null,
    at,
    data: data ?? null,
  });
}
