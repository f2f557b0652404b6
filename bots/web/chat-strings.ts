import { isLanguage, translator, type Language } from '../../src/i18n/index.ts';

/**
 * The web chat page's own strings (the `web` keys of the bots namespace): the page around the
 * messages, which come already translated by the core. The page's script gets them too, in its
 * settings block, so it needs no second copy.
 */
export function chatStrings(language: Language, maxFileBytes = 10 * 1024 * 1024) {
  const t = translator(language);
  const maxMb = Math.round((maxFileBytes / 1024 / 1024) * 10) / 10;
  return {
    title: t('web.title'),
    intro: t('web.intro'),
    messagesLabel: t('web.messagesLabel'),
    inputLabel: t('web.inputLabel'),
    placeholder: t('web.placeholder'),
    send: t('web.send'),
    shortcuts: t('web.shortcuts'),
    person: t('web.person'),
    myCases: t('web.myCases'),
    otherLanguage: t('web.otherLanguage'),
    you: t('web.you'),
    bot: t('web.bot'),
    staff: t('web.staff'),
    sending: t('web.sending'),
    failed: t('web.failed'),
    offline: t('web.offline'),
    rateLimited: t('web.rateLimited'),
    tooLong: t('web.tooLong'),
    attach: t('web.attach'),
    fileTooLarge: t('web.fileTooLarge', { maxMb }),
    fileType: t('web.fileType'),
    // The page puts the file's name where {name} is.
    fileSent: t('web.fileSent', { name: '{name}' }),
    openFile: t('web.openFile', { name: '{name}' }),
    privacy: t('web.privacy'),
    noscript: t('web.noscript'),
  };
}

export type ChatStrings = ReturnType<typeof chatStrings>;

/** The page language from `?lang=`: English when asked for, Vietnamese otherwise. */
export function webLanguageOf(value: unknown): Language {
  return isLanguage(value) ? value : 'vi';
}
