/*
 * Hỏi đáp: the web chat on the agency's own website (R3). Paste before </body>:
 *
 *   <script src="https://HOIDAP_HOST/chat/embed.js" defer></script>
 *
 * Optional: data-lang="en" opens the chat in English; data-label="…" changes the button's text.
 * It adds a floating "Hỏi đáp" button that opens the chat (/chat) in an iframe; nothing is
 * loaded from the chat until the button is pressed. Styles are set one property at a time (the
 * CSSOM), which a strict Content-Security-Policy on the host page still allows; no innerHTML.
 */
(() => {
  'use strict';
  // eslint-disable-next-line no-undef -- replaced with the chat's address when the script is served
  const chatUrl = __HOIDAP_CHAT_URL__;
  const script = document.currentScript;
  const lang = script && script.getAttribute('data-lang') === 'en' ? 'en' : 'vi';
  const label = (script && script.getAttribute('data-label')) || (lang === 'en' ? 'Questions' : 'Hỏi đáp');
  const closeLabel = lang === 'en' ? 'Close the chat' : 'Đóng hỏi đáp';
  const style = (element, properties) => Object.assign(element.style, properties);

  function mount() {
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.textContent = label;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'hoidap-chat-panel');
    style(toggle, {
      position: 'fixed',
      right: '1rem',
      bottom: '1rem',
      zIndex: '2147483000',
      font: '600 16px/1.2 system-ui, sans-serif',
      padding: '.8rem 1.1rem',
      minHeight: '44px',
      border: '0',
      borderRadius: '2rem',
      background: '#0a4f9e',
      color: '#fff',
      boxShadow: '0 2px 8px rgba(0,0,0,.3)',
      cursor: 'pointer',
    });

    const panel = document.createElement('div');
    panel.id = 'hoidap-chat-panel';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', label);
    style(panel, {
      position: 'fixed',
      right: '1rem',
      bottom: '5rem',
      zIndex: '2147483000',
      width: 'min(26rem, calc(100vw - 2rem))',
      height: 'min(40rem, calc(100vh - 7rem))',
      background: '#fff',
      border: '1px solid #d5dbe3',
      borderRadius: '.6rem',
      boxShadow: '0 4px 24px rgba(0,0,0,.25)',
      overflow: 'hidden',
    });

    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', closeLabel);
    style(close, {
      position: 'absolute',
      top: '.35rem',
      right: '.35rem',
      width: '44px',
      height: '44px',
      border: '0',
      borderRadius: '50%',
      background: 'rgba(255,255,255,.15)',
      color: '#fff',
      font: '28px/1 system-ui, sans-serif',
      cursor: 'pointer',
    });
    panel.append(close);

    let frame = null;
    function open() {
      if (!frame) {
        frame = document.createElement('iframe');
        frame.src = `${chatUrl}?embed=1${lang === 'en' ? '&lang=en' : ''}`;
        frame.title = label;
        style(frame, { width: '100%', height: '100%', border: '0', display: 'block' });
        panel.prepend(frame);
      }
      panel.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      frame.focus();
    }
    function hide() {
      panel.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.focus();
    }
    toggle.addEventListener('click', () => (panel.hidden ? open() : hide()));
    close.addEventListener('click', hide);
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hide();
    });
    const chatOrigin = new URL(chatUrl).origin;
    window.addEventListener('message', (event) => {
      if (event.origin === chatOrigin && event.data === 'hoidap:close' && !panel.hidden) hide();
    });
    document.body.append(panel, toggle);
  }

  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
