import { translator, type Language } from '../i18n/index.ts';
import type { WorkingCalendar } from './working-calendar.ts';

/** What the tracker needs besides the database: the calendar and how to name an agency. */
export type TrackerContext = {
  calendar: WorkingCalendar;
  agencyName(agencyId: string, language: Language): string;
  /** Where requests nobody routed go (the one-stop centre, R2). */
  defaultAgencyId: string;
};

export function languageOf(value: string): Language {
  return value === 'en' ? 'en' : 'vi';
}

export function tr(language: string) {
  return translator(languageOf(language));
}
