import type { Db } from '../db/client.ts';
import { translator, type Language } from '../i18n/index.ts';
import type { CalendarStore } from './create-calendar-store.ts';
import type { SlaPolicy } from './sla-policy.ts';
import type { EventBatch, TrackerListener } from './tracker-events.ts';

/**
 * What the tracker needs besides the database: the calendar, how to name an agency, where
 * unrouted requests go, and who listens to its events. The tracker sends nothing itself: the
 * listeners (the voice that speaks to the person, the staff notifier) are given to it here.
 */
export type TrackerContext = {
  /** The working calendar: `await calendar.current(db)` gives it with every admin edit so far. */
  calendar: CalendarStore;
  agencyName(agencyId: string, language: Language): string;
  /** Where requests nobody routed go (the one-stop centre, R2). */
  defaultAgencyId: string;
  listeners: readonly TrackerListener[];
  /** An agency's policy (loadSlaPolicy); a caller running many commands in one transaction may read each once. */
  slaPolicy?: (db: Db, agencyId: string) => Promise<SlaPolicy>;
  /** Set by `withEventBatch`: the history rows and the at-commit listeners wait for `flushEventBatch`. */
  eventBatch?: EventBatch;
};

export function languageOf(value: string): Language {
  return value === 'en' ? 'en' : 'vi';
}

export function tr(language: string) {
  return translator(languageOf(language));
}
