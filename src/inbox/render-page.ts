import { readFileSync } from 'node:fs';
import { html, jsonForScript, type SafeHtml } from '../html.ts';
import { iconLinks } from '../site-icon.ts';
import type { PageContext } from './inbox-context.ts';

/**
 * The inbox page shell: navigation by role, language switch, sign-out form with its CSRF token.
 * `scripts` are the page's own scripts (served from /inbox/static), loaded deferred from the head:
 * the body holds only markup, so a script in it could only have come from content.
 */
export function renderPage(
  context: PageContext | null,
  title: string,
  body: SafeHtml,
  options: { scripts?: string[] } = {},
): string {
  const t = context?.t;
  const staff = context?.staff;
  const other = context?.language === 'en' ? 'vi' : 'en';
  const nav =
    context && t && staff
      ? html`<nav aria-label="${t('nav')}">
          <a href="/inbox">${t('queues')}</a>
          <a href="/inbox/intake">${t('intake')}</a>
          <a href="/inbox/macros">${t('macros.nav')}</a>
          ${staff.role !== 'agent' ? html`<a href="/inbox/reports">${t('reports')}</a> <a href="/inbox/learned">${t('learned')}</a>` : ''}
          ${staff.role === 'admin' ? html`<a href="/inbox/admin">${t('admin')}</a>` : ''}
          <a href="/inbox/notifications">${t('notifications')}</a>
          <a href="?lang=${other}" hreflang="${other}">${other === 'en' ? 'English' : 'Tiếng Việt'}</a>
          <span class="who">${staff.name} · ${t(`role_${staff.role}`)}</span>
          <form method="post" action="/inbox/logout" class="inline"><input type="hidden" name="_csrf" value="${context.csrf}"><button>${t('logout')}</button></form>
        </nav>`
      : '';
  // The live script's words; it finds its stream and what to update from the page itself.
  const live =
    context && t
      ? html`<script type="application/json" id="live-config">${jsonForScript({
          strings: {
            viewing: t('live.viewing'),
            typing: t('live.typing'),
            news: t('live.news'),
            offline: t('live.offline'),
            gone: t('live.gone'),
            alertTitle: t('live.alert_title'),
          },
        })}</script>
<script src="/inbox/static/live.js" defer></script>`
      : '';
  const holidays = context?.holidayBanner;
  const banner =
    holidays && t
      ? html`<p class="warn" role="alert">${t(`calendar.banner_${holidays.missing ? 'missing' : 'provisional'}`, { year: holidays.year })} <a href="/inbox/admin/holidays?year=${holidays.year}">${t('calendar.banner_action')}</a></p>`
      : '';
  return html`<!doctype html>
<html lang="${context?.language ?? 'vi'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · hoidap</title>
<link rel="stylesheet" href="/inbox/static/inbox.css">
${iconLinks()}
${(options.scripts ?? []).map((name) => html`<script src="/inbox/static/${name}" defer></script>`)}
${live}
</head>
<body>
<header><strong>hoidap</strong> ${nav}</header>
<main id="main">${banner}${body}</main>
</body>
</html>`.value;
}

export const INBOX_CSS = `
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1b1f24;background:#f6f7f9}
header{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;padding:.6rem 1rem;background:#0b3d62;color:#fff}
header a,header button{color:#fff}nav{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}.who{opacity:.85}
main{max-width:1200px;margin:0 auto;padding:1rem}a{color:#0b5cad}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f0a500;outline-offset:1px}
table{width:100%;border-collapse:collapse;background:#fff}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #dde1e6;vertical-align:top}
.tabs{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}.tabs a{padding:.3rem .6rem;border:1px solid #b8c2cc;border-radius:4px;text-decoration:none;background:#fff}
.tabs a[aria-current]{background:#0b3d62;color:#fff}.late{color:#a40000;font-weight:600}.soon{color:#8a5a00;font-weight:600}
.card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:.8rem;margin:.6rem 0}
.msg{padding:.5rem .7rem;border-radius:6px;margin:.35rem 0;white-space:pre-wrap;word-break:break-word}
.file{display:block;margin-top:.35rem;white-space:normal}.file img{max-width:240px;max-height:180px;border:1px solid #ccc;border-radius:4px;display:block}.file.missing{color:#8a4b00;font-style:italic}
.msg.person{background:#e8f0fe}.msg.bot{background:#eef5ea}.msg.staff{background:#fff4e0}.msg.internal{background:#f3e8fd;border:1px dashed #8a55c9}
.meta{font-size:.85em;color:#4a5560}.grid{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:1rem}.grid>*{min-width:0}select{max-width:100%}@media(max-width:800px){.grid{grid-template-columns:1fr}}
label{display:block;margin:.4rem 0 .15rem;font-weight:600}input,select,textarea{font:inherit;padding:.35rem;border:1px solid #8a96a3;border-radius:4px;max-width:100%}
textarea{width:100%;min-height:7rem}button{font:inherit;padding:.35rem .8rem;border-radius:4px;border:1px solid #0b3d62;background:#0b5cad;color:#fff;cursor:pointer}
form.inline{display:inline}.warn{background:#fff0f0;border:1px solid #d88;padding:.6rem;border-radius:6px}.ok{background:#eefbea;border:1px solid #8c8;padding:.6rem;border-radius:6px}
.counts{font-variant-numeric:tabular-nums}
svg.chart{width:100%;max-width:40rem;height:auto;display:block}
ul.plain,ol.plain{list-style:none;padding:0}.history li{margin:.4rem 0}button.secondary{background:#fff;color:#0b3d62}
.picker{position:relative}.picker [role=listbox]{position:absolute;z-index:5;left:0;right:0;max-height:16rem;overflow:auto;margin:0;padding:0;list-style:none;background:#fff;border:1px solid #8a96a3;border-radius:4px;box-shadow:0 4px 12px #0003}
dialog{max-width:min(32rem,calc(100vw - 2rem));border:1px solid #8a96a3;border-radius:6px}dl.keys{display:grid;grid-template-columns:auto 1fr;gap:.3rem .8rem}dl.keys dd{margin:0}kbd{font:inherit;font-weight:600;border:1px solid #8a96a3;border-bottom-width:2px;border-radius:4px;padding:0 .4rem;background:#f6f7f9}
.tag{display:inline-block;padding:0 .45rem;border-radius:999px;background:#e3ecf7;color:#0b3d62;font-size:.85em}ul.tags li{display:inline-block;margin:0 .3rem .3rem 0}ul.tags button{padding:0 .4rem}
label.check{display:flex;gap:.4rem;align-items:center;font-weight:400;width:100%}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}.bulk-action{max-width:100%}
fieldset{border:0;padding:0;margin:0;min-width:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end}legend{font-weight:600;margin-bottom:.3rem}.bulk-action label{margin-top:0}
.case-nav{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem}
.picker [role=option]{padding:.4rem .6rem;cursor:pointer}.picker [role=option][aria-selected=true]{background:#0b5cad;color:#fff}
body{overflow-wrap:anywhere}th,td{overflow-wrap:break-word}.table-wrap{overflow-x:auto;max-width:100%}
.pager{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:1rem 0}.pager .pages{display:flex;flex-wrap:wrap;gap:.25rem .6rem}
@media(max-width:600px){table.queue thead{display:none}table.queue tr{display:block;padding:.4rem 0;border-bottom:1px solid #dde1e6}table.queue td{display:block;border:0;padding:.1rem .5rem}}
@media(max-width:600px){table.queue,table.queue tbody{display:block}table.queue tr{position:relative;padding-left:2rem}table.queue td:first-child{position:absolute;left:.5rem;top:.5rem;padding:0}table.queue td[data-label]::before{content:attr(data-label) ": ";color:#4a5560}table.queue caption{display:block;text-align:left}}
.presence{min-height:1.45em;margin:.2rem 0;color:#4a5560}.presence .typing{color:#0b5cad;font-weight:600}
#live-status{position:fixed;bottom:.5rem;left:.5rem;right:.5rem;max-width:30rem;margin:0 auto;z-index:10}
@media(max-width:480px){main{padding:.6rem}th,td{padding:.3rem}.tabs a{padding:.25rem .45rem}}
`;

/** The pages' script: canned replies on `/` in the reply box, and the keyboard shortcuts. */
export const KEYS_JS = readFileSync(new URL('./assets/keys.js', import.meta.url), 'utf8');
