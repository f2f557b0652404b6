import { ALLOWED_TYPES } from '../../src/attachments/index.ts';
import type { Action } from '../../src/channels.ts';
import { html, jsonForScript } from '../../src/html.ts';
import { iconLinks } from '../../src/site-icon.ts';
import type { Language } from '../../src/i18n/index.ts';
import { chatStrings } from './chat-strings.ts';

export type ChatPageOptions = {
  language: Language;
  /** Path prefix of the app (from its base URL), '' at the root. */
  basePath: string;
  /** A procedure to open on load (`?p=P16`, from a QR code), already checked. */
  deepLink?: string;
  /** Rendered inside the embed's iframe. */
  embed: boolean;
  /** The largest file the person may send. */
  maxFileBytes?: number;
};

/**
 * The whole chat page: server-rendered so it is readable before the script runs, with the
 * script's settings in a JSON block (not executed, so the page's CSP allows it). The html template
 * escapes every value; messages themselves are added later by the script with textContent.
 */
export function renderChatPage({
  language,
  basePath,
  deepLink,
  embed,
  maxFileBytes = 10 * 1024 * 1024,
}: ChatPageOptions): string {
  const t = chatStrings(language, maxFileBytes);
  const other: Language = language === 'vi' ? 'en' : 'vi';
  const otherHref = `${basePath}/chat?lang=${other}${embed ? '&embed=1' : ''}`;
  const config = {
    lang: language,
    api: `${basePath}/chat/api/messages`,
    stream: `${basePath}/chat/api/stream${embed ? '?embed=1' : ''}`,
    files: `${basePath}/chat/api/files`,
    maxFileBytes,
    fileTypes: ALLOWED_TYPES,
    embed,
    deepLink: deepLink ?? null,
    strings: t,
  };
  const quick = (action: Action, label: string) =>
    html`<button type="button" class="quick" data-action="${JSON.stringify(action)}">${label}</button>`;
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title}</title>
<link rel="stylesheet" href="${basePath}/chat/chat.css">
${iconLinks(basePath)}
<script type="application/json" id="chat-config">${jsonForScript(config)}</script>
<script src="${basePath}/chat/widget.js" defer></script>
</head>
<body${embed ? html` class="embed"` : ''}>
<main class="chat" aria-labelledby="chat-title">
<header class="bar">
<h1 id="chat-title">${t.title}</h1>
<p class="intro">${t.intro}</p>
</header>
<nav class="shortcuts" aria-label="${t.shortcuts}">
${quick({ type: 'person' }, t.person)}
${quick({ type: 'my_cases' }, t.myCases)}
<a class="quick" id="switch-language" href="${otherHref}" lang="${other}" hreflang="${other}" data-language="${other}">${t.otherLanguage}</a>
</nav>
<ol id="messages" class="messages" aria-live="polite" aria-relevant="additions" aria-label="${t.messagesLabel}" tabindex="0"></ol>
<noscript><p class="status">${t.noscript}</p></noscript>
<p id="status" class="status" role="status"></p>
<form id="composer" class="composer" autocomplete="off">
<label for="text">${t.inputLabel}</label>
<textarea id="text" name="text" rows="2" maxlength="2000" required placeholder="${t.placeholder}"></textarea>
<button type="submit" class="send">${t.send}</button>
<input type="file" id="file" name="file" class="visually-hidden" accept="${ALLOWED_TYPES.join(',')}">
<label class="attach" for="file">📎 ${t.attach}</label>
</form>
<p class="privacy">${t.privacy}</p>
</main>
</body>
</html>
`.value;
}
