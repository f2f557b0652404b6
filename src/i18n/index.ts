import i18next, { type TFunction } from 'i18next';
import enBots from './locales/en/bots.json' with { type: 'json' };
import enInbox from './locales/en/inbox.json' with { type: 'json' };
import enPages from './locales/en/pages.json' with { type: 'json' };
import viBots from './locales/vi/bots.json' with { type: 'json' };
import viInbox from './locales/vi/inbox.json' with { type: 'json' };
import viPages from './locales/vi/pages.json' with { type: 'json' };

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The namespaces of the one string system: `bots` what the bot says on every channel (and the web
 * chat page around it), `pages` the public pages, `inbox` the staff inbox.
 */
export const NAMESPACES = ['bots', 'pages', 'inbox'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const RESOURCES = {
  vi: { bots: viBots, pages: viPages, inbox: viInbox },
  en: { bots: enBots, pages: enPages, inbox: enInbox },
} as const;

// Vietnamese is the default and the fallback. Values are not escaped here: the bots send plain
// text, and the pages' html template escapes every interpolated value (escaping twice would show
// "&amp;" to people).
const instance = i18next.createInstance();
void instance.init({
  resources: RESOURCES,
  ns: [...NAMESPACES],
  defaultNS: 'bots',
  lng: 'vi',
  fallbackLng: 'vi',
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** A translator fixed to one language and one namespace (the bot's strings unless told otherwise). */
export function translator(language: Language, namespace: Namespace = 'bots'): TFunction {
  return instance.getFixedT(language, namespace);
}

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}
