import type { Procedure } from '../../kb/index.ts';
import type { PageContext } from '../create-page-context.ts';
import { html, type SafeHtml } from '../../html.ts';
import type { PublicPagesDeps } from '../public-types.ts';

/**
 * "Ask about this procedure" links. Telegram carries the procedure in the /start payload, which the
 * bot reads as a deep link; web chat takes ?p=. A Zalo OA link (https://zalo.me/<OA id>) opens
 * the OA chat but carries no payload (none documented for OAs), so it asks the person to mention the code.
 */
export function renderChatLinks(
  page: PageContext,
  procedure: Procedure,
  chatLinks: PublicPagesDeps['chatLinks'],
): SafeHtml {
  const { t } = page;
  const ref = procedure.ref;
  const telegram = chatLinks.telegramBot
    ? `https://t.me/${encodeURIComponent(chatLinks.telegramBot.replace(/^@/, ''))}?start=${ref}`
    : null;
  const zalo = chatLinks.zaloOaId ? `https://zalo.me/${encodeURIComponent(chatLinks.zaloOaId)}` : null;
  return html`<section class="card" aria-labelledby="ask">
<h2 id="ask">${t('procedure.ask')}</h2>
<p>${t('procedure.askIntro', { ref })}</p>
<p class="channels">
<a class="button" href="/chat?p=${ref}">${t('procedure.askWeb')}</a>
${telegram ? html`<a class="button" href="${telegram}" rel="noopener">${t('procedure.askTelegram')}</a>` : ''}
${zalo ? html`<a class="button" href="${zalo}" rel="noopener">${t('procedure.askZalo')}</a>` : ''}
</p>
${zalo ? html`<p class="muted">${t('procedure.zaloHint', { ref })}</p>` : ''}
</section>`;
}
