import type { Button } from '../channels.ts';
import { translator, type Language } from '../i18n/index.ts';

/** 👍 / 👎 under a bot answer. */
export function feedbackButtons(language: Language): Button[] {
  const t = translator(language);
  return [
    { label: t('chat.button_helpful'), action: { type: 'feedback', helpful: true } },
    { label: t('chat.button_not_helpful'), action: { type: 'feedback', helpful: false } },
  ];
}

/** The satisfaction scale 1–5. */
export function ratingButtons(): Button[] {
  return ([1, 2, 3, 4, 5] as const).map((score) => ({ label: `${score}`, action: { type: 'rate', score } }));
}

export function languageButtons(): Button[] {
  return [
    { label: 'Tiếng Việt', action: { type: 'language', language: 'vi' } },
    { label: 'English', action: { type: 'language', language: 'en' } },
  ];
}
