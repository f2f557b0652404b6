import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { RequestRow } from './open-request.ts';
import { requests } from './tracker-tables.ts';

/** A request not found by id: the caller answers 404 (the inbox) or drops the action. */
export class RequestNotFoundError extends Error {
  constructor(readonly requestId: number) {
    super(`request ${requestId} not found`);
  }
}

/** Reads a request and holds it until the transaction ends, so a command sees the state it changes. */
export async function lockRequest(db: Db, requestId: number): Promise<RequestRow> {
  const [row] = await db.select().from(requests).where(eq(requests.id, requestId)).for('update');
  if (!row) throw new RequestNotFoundError(requestId);
  return row;
}
