import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { lockRequest } from './lock-request.ts';
import type { RequestRow } from './open-request.ts';
import { recordEvents, type Actor, type TrackerEvent } from './tracker-events.ts';
import type { TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';

type Result = { request: RequestRow; events: TrackerEvent[] };

/** Gives a case to a staff member (or to nobody). The inbox checks the assignee belongs to the agency. */
export async function assignRequest(
  db: Db,
  context: TrackerContext,
  input: { requestId: number; assigneeId: string | null; at: Date; actor: Actor },
): Promise<Result> {
  const request = await lockRequest(db, input.requestId);
  if (request.assigneeId === input.assigneeId) return { request, events: [] };
  const row = await update(db, request.id, { assigneeId: input.assigneeId, updatedAt: input.at });
  const event = { type: 'assignment' as const, request: row, actor: input.actor, at: input.at };
  return {
    request: row,
    events: await recordEvents(db, context, [{ ...event, data: { assignee: input.assigneeId } }]),
  };
}

/**
 * Moves a case to another agency. The clock keeps running: the deadline stays where the first
 * message put it. The listeners tell the receiving agency's staff and the person.
 */
export async function transferRequest(
  db: Db,
  context: TrackerContext,
  input: { requestId: number; agencyId: string; at: Date; actor: Actor },
): Promise<Result> {
  const request = await lockRequest(db, input.requestId);
  if (request.agencyId === input.agencyId) return { request, events: [] };
  const row = await update(db, request.id, { agencyId: input.agencyId, assigneeId: null, updatedAt: input.at });
  const data = { from: request.agencyId, to: input.agencyId };
  return {
    request: row,
    events: await recordEvents(db, context, [
      { type: 'transfer', request: row, actor: input.actor, at: input.at, data },
    ]),
  };
}

/**
 * Names the procedure a request is about. Before staff have it, the procedure also decides the
 * agency (routing follows the procedure); once with staff, moving it is a transfer.
 */
export async function setProcedure(
  db: Db,
  context: TrackerContext,
  input: { request: RequestRow; procedureRef: string; agencyId: string | null; at: Date; actor: Actor },
): Promise<Result> {
  const { request } = input;
  const agencyId = request.handedOffAt === null && input.agencyId ? input.agencyId : request.agencyId;
  if (request.procedureRef === input.procedureRef && request.agencyId === agencyId) return { request, events: [] };
  const row = await update(db, request.id, { procedureRef: input.procedureRef, agencyId, updatedAt: input.at });
  const data = { ref: input.procedureRef, agencyId };
  return {
    request: row,
    events: await recordEvents(db, context, [
      { type: 'procedure', request: row, actor: input.actor, at: input.at, data },
    ]),
  };
}

/** Business or citizen (the PCI business table counts businesses), with the tax code when known. */
export async function setRequesterType(
  db: Db,
  context: TrackerContext,
  input: { requestId: number; requesterType: 'citizen' | 'business'; taxCode: string | null; at: Date; actor: Actor },
): Promise<Result> {
  const request = await lockRequest(db, input.requestId);
  const taxCode = input.requesterType === 'business' ? input.taxCode : null;
  if (request.requesterType === input.requesterType && request.taxCode === taxCode) return { request, events: [] };
  const row = await update(db, request.id, { requesterType: input.requesterType, taxCode, updatedAt: input.at });
  const data = { requesterType: input.requesterType, taxCode };
  return {
    request: row,
    events: await recordEvents(db, context, [
      { type: 'requester', request: row, actor: input.actor, at: input.at, data },
    ]),
  };
}

async function update(db: Db, id: number, changes: Partial<RequestRow>): Promise<RequestRow> {
  const [row] = await db.update(requests).set(changes).where(eq(requests.id, id)).returning();
  if (!row) throw new Error(`request ${id} vanished`);
  return row;
}
