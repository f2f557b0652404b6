import type { Db } from '../db/client.ts';
import type { TrackerEvent, TrackerListener } from '../tracker/index.ts';
import { sendCaseSignal } from './live-signals.ts';

/**
 * The tracker's events as signals to the open inbox pages, in the command's transaction (so they
 * go out on commit): one per case and kind, however many events a command recorded. This is the
 * one place live updates start; what a page then shows it reads from the tables.
 */
export function createLiveListener(): TrackerListener {
  return async (db: Db, events: readonly TrackerEvent[]) => {
    const sent = new Set<string>();
    for (const event of events) {
      const key = `${event.request.id}:${event.type}`;
      if (sent.has(key)) continue;
      sent.add(key);
      const from = event.type === 'transfer' ? event.data?.from : undefined;
      await sendCaseSignal(db, {
        kind: event.type,
        caseId: event.request.id,
        agencyId: event.request.agencyId,
        ...(typeof from === 'string' ? { fromAgencyId: from } : {}),
      });
    }
  };
}
