import type { Language } from '../i18n/index.ts';

// Vietnam has no daylight saving: Asia/Ho_Chi_Minh is UTC+7 all year.
const formatters = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
  }),
};

/** A deadline as people read it, in Vietnam's time: "17:00 27/11/2026". */
export function formatTime(instant: Date, language: Language): string {
  return formatters[language].format(instant);
}

/** The local month 'YYYY-MM' an instant falls in (for case numbers and monthly reports). */
export function localMonth(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
}
