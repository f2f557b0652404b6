import { and, asc, eq, gte, inArray, or } from 'drizzle-orm';
import { listAttachments, type AttachmentInfo } from '../attachments/index.ts';
import { contacts, failedDeliveries, messages } from '../conversations/index.ts';
import type { Db } from '../db/client.ts';
import { requestEvents, requests, type RequestRow } from '../tracker/index.ts';
import { staff } from './inbox-tables.ts';

/** How far back the exchange before a case is shown on its page. */
const BEFORE_MS = 24 * 3_600_000;

export type CaseView = {
  request: RequestRow;
  contact: typeof contacts.$inferSelect | null;
  messages: Array<typeof messages.$inferSelect>;
  events: Array<typeof requestEvents.$inferSelect>;
  failed: Array<{ kind: string; lastError: string | null; createdAt: Date }>;
  staffNames: Map<string, string>;
  /** The files of the conversation's messages (what the person sent, what staff sent back), by id. */
  attachments: Map<number, AttachmentInfo>;
};

/** Everything the case page shows, in six queries. */
export async function loadCase(db: Db, requestId: number): Promise<CaseView | null> {
  const [request] = await db.select().from(requests).where(eq(requests.id, requestId));
  if (!request) return null;
  const [contact] = await db.select().from(contacts).where(eq(contacts.id, request.contactId));
  // The whole conversation: what the person and the bot said before the hand-off (answers, choices
  // offered and taken) as well as everything on the case, in order.
  const conversation = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.contactId, request.contactId),
        or(eq(messages.requestId, requestId), gte(messages.sentAt, new Date(request.openedAt.getTime() - BEFORE_MS))),
      ),
    )
    .orderBy(asc(messages.id))
    .limit(500);
  const history = await db
    .select()
    .from(requestEvents)
    .where(eq(requestEvents.requestId, requestId))
    .orderBy(asc(requestEvents.id));
  const failed = await failedDeliveries(db, requestId);
  const ids = [
    ...new Set(
      [request.assigneeId, ...conversation.map((m) => m.staffId), ...history.map((e) => e.staffId)].filter(
        (id): id is string => id !== null,
      ),
    ),
  ];
  const names =
    ids.length === 0
      ? []
      : await db.select({ id: staff.id, name: staff.name }).from(staff).where(inArray(staff.id, ids));
  const files = await listAttachments(db, request.contactId, {
    messageIds: conversation.filter((m) => m.kind === 'attachment').map((m) => m.id),
    ids: conversation.flatMap((m) => attachmentIdOf(m.data) ?? []),
  });
  return {
    request,
    contact: contact ?? null,
    attachments: files,
    messages: conversation,
    events: history,
    failed,
    staffNames: new Map(names.map((row) => [row.id, row.name])),
  };
}

/** The staff of one agency, for the assign list. */
export async function listAgencyStaff(db: Db, agencyId: string) {
  return db
    .select({ id: staff.id, name: staff.name, role: staff.role })
    .from(staff)
    .where(and(eq(staff.agencyId, agencyId), eq(staff.active, true)))
    .orderBy(asc(staff.name));
}

/** The file a transcript row names (a staff reply with a file), if any. */
export function attachmentIdOf(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const id: unknown = Reflect.get(data, 'attachmentId');
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
}
