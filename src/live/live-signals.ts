import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

/** The NOTIFY channel of case changes (every instance LISTENs on it). */
export const CASE_CHANNEL = 'hoidap_cases';
/** The NOTIFY channel of replies delivered to the web chat, by conversation key. */
export const WEB_CHAT_CHANNEL = 'hoidap_web';

/**
 * Something changed on a case: what (the tracker's event type, or 'presence'), which case, in which
 * agency (and, for a transfer, the agency it left). Small on purpose: who may see what is decided
 * by each stream, and what changed is read from the tables.
 */
export type CaseSignal = { kind: string; caseId: number; agencyId: string; fromAgencyId?: string };

/**
 * Sends a signal to every instance. Inside a transaction it is delivered when the transaction
 * commits, and not at all when it rolls back, so nobody hears of a change that did not happen.
 */
export async function sendCaseSignal(db: Db, signal: CaseSignal): Promise<void> {
  await sendCaseSignals(db, [signal]);
}

/** Several signals in one statement (one NOTIFY each). */
export async function sendCaseSignals(db: Db, signals: readonly CaseSignal[]): Promise<void> {
  if (signals.length === 0) return;
  const payloads = signals.map((signal) =>
    JSON.stringify({
      k: signal.kind,
      c: signal.caseId,
      a: signal.agencyId,
      ...(signal.fromAgencyId ? { f: signal.fromAgencyId } : {}),
    }),
  );
  await db.execute(
    sql`select pg_notify(${CASE_CHANNEL}, payload) from json_array_elements_text(${JSON.stringify(payloads)}::json) as s(payload)`,
  );
}

/** The signal in a NOTIFY payload, or null when it is not one (another version, a stray NOTIFY). */
export function parseCaseSignal(payload: string): CaseSignal | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const kind: unknown = Reflect.get(value, 'k');
  const caseId: unknown = Reflect.get(value, 'c');
  const agencyId: unknown = Reflect.get(value, 'a');
  const from: unknown = Reflect.get(value, 'f');
  if (typeof kind !== 'string' || typeof agencyId !== 'string' || !Number.isSafeInteger(caseId)) return null;
  return {
    kind,
    caseId: Number(caseId),
    agencyId,
    ...(typeof from === 'string' ? { fromAgencyId: from } : {}),
  };
}

/** Tells the instance holding a web chat's stream that a reply was delivered to it. */
export async function sendWebChatSignal(db: Db, conversation: string): Promise<void> {
  await db.execute(sql`select pg_notify(${WEB_CHAT_CHANNEL}, ${conversation})`);
}
