import type { Db } from '../db/client.ts';
import type { TrackerEvent, TrackerListener } from '../tracker/index.ts';
import { sendCaseSignals, type CaseSignal } from './live-signals.ts';

/**
 * The tracker's events as signals to the open inbox pages, in the command's transaction (so they
 * go out on commit): one per case and kind, however many events were recorded, in one statement.
 * It runs at commit time in an event batch (a batch of inbound messages: one statement for all).
 * This is the one place live updates start; what a page then shows it reads from the tables.
 */
export function createLiveListener(): TrackerListener {
  const listener = async (db: Db, events: readonly TrackerEvent[]) => {
    const signals = new Map<string, CaseSignal>();
    for (const event of events) {
      const from = event.type === 'transfer' ? event.data?.from : undefined;
      // The agency the case is in after the last of its events (a batch may hold a transfer).
      signals.set(`${event.request.id}:${event.type}`, {
        kind: event.type,
        caseId: event.request.id,
        agencyId: event.request.agencyId,
        ...(typeof from === 'string' ? { fromAgencyId: from } : {}),
      });
    }
    await sendCaseSignals(db, [...signals.values()]);
  };
  return Object.assign(listener, { atCommit: true as const });
}
