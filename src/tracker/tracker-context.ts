import type { Db } from '../db/client.ts';
import { translator, type Language } from '../i18n/index.ts';
import type { CalendarStore } from './create-calendar-store.ts';

/** Something staff must know about a case (a warning, a breach). */
export type StaffNotice = {
  agencyId: string;
  assigneeId: string | null;
  requestId: number;
  kind: string;
  text: string;
  at: Date;
};

/** What the tracker needs besides the database: the calendar and how to name an agency. */
export type TrackerContext = {
  /** The working calendar: `await calendar.current(db)` gives it with every admin edit so far. */
  calendar: CalendarStore;
  agencyName(agencyId: string, language: Language): string;
  /** Where requests nobody routed go (the one-stop centre, R2). */
  defaultAgencyId: string;
  /** Tells the staff concerned, in the same transaction; returns how many were told. Staff are not the tracker's to know. */
  notifyStaff(db: Db, notice: StaffNotice): Promise<number>;
};

export function languageOf(value: string): Language {
  return value === 'en' ? 'en' : 'vi';
}

export function tr(language: string) {
  return translator(languageOf(language));
}
