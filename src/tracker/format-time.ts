import type { Language } from '../i18n/index.ts';
import { VIETNAM_TIME_ZONE } from '../vietnam-time.ts';

const formatters = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    timeZone: VIETNAM_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: VIETNAM_TIME_ZONE,
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
