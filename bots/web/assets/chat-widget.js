// The web chat page's script: plain JavaScript, no framework and no build step.
// Everything that comes from a message is put in the page with textContent or text nodes, never
// innerHTML: a "<script>" anyone types (or a staff reply quotes) shows as text.
(() => {
  'use strict';
  const config = JSON.parse(document.getElementById('chat-config').textContent);
  const t = config.strings;
  const list = document.getElementById('messages');
  const form = document.getElementById('composer');
  const input = document.getElementById('text');
  const statusLine = document.getElementById('status');
  const extraHeaders = config.embed ? { 'x-hoidap-embed': '1' } : {};

  // Replies arrive on a stream (server-sent events: "a reply was delivered", then the page reads it).
  // Polling is the fallback (see GET /chat/api/messages): quick while the stream is down and the page
  // is seen, slow while the stream is up (a lost signal), slow when hidden.
  const POLL_VISIBLE_MS = 1500;
  const POLL_STREAMING_MS = 30000;
  const POLL_HIDDEN_MS = 15000;
  let stream = null;
  let streamUp = false;
  let lastId = 0;
  let conversation = null;
  let pollTimer = 0;
  let polling = false;
  let pollAgain = false;
  // One post at a time, in order: the first one sets the cookie, so a second must not race it.
  let queue = Promise.resolve();

  // The outbox keeps only what is sent to the person; their own messages are kept on this device,
  // each placed after the last reply shown when it was sent, so a reload shows the same order.
  const storageKey = () => `hoidap_chat_mine:${conversation}`;
  function loadMine() {
    if (!conversation) return [];
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey()) || '[]');
      return Array.isArray(stored)
        ? stored.filter((entry) => typeof entry.text === 'string' && typeof entry.afterId === 'number')
        : [];
    } catch {
      return [];
    }
  }
  function saveMine(entry) {
    if (!conversation) return;
    try {
      localStorage.setItem(storageKey(), JSON.stringify([...loadMine(), entry].slice(-200)));
    } catch {
      // Storage full or disabled (private mode): the message is still sent, only not kept here.
    }
  }

  function appendText(parent, text) {
    const paragraph = document.createElement('p');
    paragraph.className = 'text';
    // Odd parts are links: only http(s) addresses become <a>, and their text is still text.
    text.split(/(https?:\/\/[^\s<>"]+)/).forEach((part, index) => {
      if (index % 2 === 0) {
        paragraph.append(document.createTextNode(part));
        return;
      }
      const url = part.replace(/[.,;:!?)\]]+$/, '');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      paragraph.append(link, document.createTextNode(part.slice(url.length)));
    });
    parent.append(paragraph);
  }

  function bubble(who, text) {
    const item = document.createElement('li');
    item.className = `message from-${who}`;
    const speaker = document.createElement('span');
    speaker.className = 'speaker';
    speaker.textContent = `${t[who]}: `;
    item.append(speaker);
    appendText(item, text);
    return item;
  }

  const fileUrl = (id) => `${config.files}/${encodeURIComponent(id)}${config.embed ? '?embed=1' : ''}`;

  /** A file in a message: a picture shown (opened in a tab when clicked), another file as a link. */
  function appendFile(item, file) {
    const link = document.createElement('a');
    link.className = 'file';
    link.href = fileUrl(file.id);
    link.target = '_blank';
    link.rel = 'noopener';
    const name = typeof file.name === 'string' && file.name !== '' ? file.name : String(file.id);
    if (file.kind === 'photo') {
      const image = document.createElement('img');
      image.src = link.href;
      image.alt = name;
      link.title = t.openFile.replace('{name}', name);
      link.append(image);
    } else {
      link.textContent = `📄 ${name}`;
    }
    item.append(link);
  }

  function renderReply(message) {
    const item = bubble(message.kind === 'staff_reply' ? 'staff' : 'bot', message.text);
    item.dataset.id = String(message.id);
    if (message.attachment) appendFile(item, message.attachment);
    if (message.buttons.length > 0) item.append(renderChoices(message.buttons));
    list.append(item);
  }

  function renderChoices(buttons) {
    const group = document.createElement('div');
    group.className = 'choices';
    group.setAttribute('role', 'group');
    for (const choice of buttons) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label;
      button.addEventListener('click', () => {
        // One answer per set of choices (a rating, a language): the others are switched off.
        for (const other of group.querySelectorAll('button')) other.disabled = true;
        button.setAttribute('aria-pressed', 'true');
        input.focus();
        send({ action: choice.action }, choice.label);
      });
      group.append(button);
    }
    return group;
  }

  const scrollToEnd = () => {
    list.scrollTop = list.scrollHeight;
  };
  const showStatus = (text) => {
    statusLine.textContent = text;
  };

  function newClientId() {
    if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    // randomUUID exists only on https pages; a version-4 UUID from getRandomValues works everywhere.
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Posts one message, retrying network failures and 5xx with the same clientId (stored once). */
  async function post(body) {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(config.api, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { ...extraHeaders, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (response.status === 202) return { ok: true, data: await response.json() };
        if (response.status < 500 || attempt >= 3) return { ok: false, status: response.status };
      } catch {
        if (attempt >= 3) return { ok: false, status: 0 };
      }
      showStatus(t.offline);
      await delay(1000 * 2 ** attempt);
    }
  }

  /** Sends text or an action; `shown` is what appears as the person's own message (none for start). */
  function send(body, shown) {
    const item = shown ? bubble('you', shown) : null;
    const afterId = lastId;
    if (item) {
      item.classList.add('pending');
      list.append(item);
      scrollToEnd();
    }
    const payload = { ...body, clientId: newClientId(), lang: config.lang };
    queue = queue.then(async () => {
      const result = await post(payload);
      if (!result.ok) {
        item?.classList.replace('pending', 'failed');
        showStatus(result.status === 429 ? t.rateLimited : t.failed);
        return false;
      }
      conversation = result.data.conversation;
      openStream();
      item?.classList.remove('pending');
      if (shown) saveMine({ text: shown, afterId, at: Date.now() });
      showStatus('');
      schedulePoll(300);
      return true;
    });
    return queue;
  }

  /** Posts one file (the raw bytes), retrying network failures and 5xx with the same clientId. */
  async function postFile(file, clientId) {
    const url = `${config.files}?clientId=${encodeURIComponent(clientId)}&lang=${encodeURIComponent(config.lang)}`;
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { ...extraHeaders, 'content-type': file.type, 'x-file-name': encodeURIComponent(file.name) },
          body: file,
        });
        if (response.status === 202) return { ok: true, data: await response.json() };
        if (response.status < 500 || attempt >= 3) {
          const answer = await response.json().catch(() => ({}));
          return { ok: false, status: response.status, message: answer.message };
        }
      } catch {
        if (attempt >= 3) return { ok: false, status: 0 };
      }
      showStatus(t.offline);
      await delay(1000 * 2 ** attempt);
    }
  }

  /** Sends a photo or PDF the person chose; shown as their own message, with the picture once stored. */
  function sendFile(file) {
    if (file.size > config.maxFileBytes) return showStatus(t.fileTooLarge);
    if (!config.fileTypes.includes(file.type)) return showStatus(t.fileType);
    const shown = t.fileSent.replace('{name}', file.name);
    const item = bubble('you', shown);
    item.classList.add('pending');
    list.append(item);
    scrollToEnd();
    const afterId = lastId;
    const clientId = newClientId();
    queue = queue.then(async () => {
      const result = await postFile(file, clientId);
      if (!result.ok) {
        item.classList.replace('pending', 'failed');
        showStatus(result.message || (result.status === 429 ? t.rateLimited : t.failed));
        return false;
      }
      conversation = result.data.conversation;
      openStream();
      item.classList.remove('pending');
      if (result.data.file) {
        appendFile(item, result.data.file);
        saveMine({ text: shown, file: result.data.file, afterId, at: Date.now() });
      }
      showStatus('');
      schedulePoll(300);
      return true;
    });
    return queue;
  }

  async function fetchAfter(after) {
    const response = await fetch(`${config.api}?after=${after}`, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: extraHeaders,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  /** Everything delivered since the last message shown, a page at a time. */
  async function fetchNew() {
    const found = [];
    for (;;) {
      const page = await fetchAfter(found.length > 0 ? found[found.length - 1].id : lastId);
      if (page.conversation) conversation = page.conversation;
      found.push(...page.messages);
      if (page.messages.length < page.limit) return found;
    }
  }

  async function poll() {
    if (polling) {
      pollAgain = true;
      return;
    }
    polling = true;
    try {
      const fresh = (await fetchNew()).filter((message) => message.id > lastId);
      for (const message of fresh) renderReply(message);
      if (fresh.length > 0) {
        lastId = fresh[fresh.length - 1].id;
        scrollToEnd();
      }
      if (statusLine.textContent === t.offline) showStatus('');
    } catch {
      showStatus(t.offline);
    } finally {
      polling = false;
    }
    if (pollAgain) {
      pollAgain = false;
      return poll();
    }
    schedulePoll();
  }

  function schedulePoll(ms) {
    clearTimeout(pollTimer);
    const every = document.hidden ? POLL_HIDDEN_MS : streamUp ? POLL_STREAMING_MS : POLL_VISIBLE_MS;
    pollTimer = setTimeout(poll, ms ?? every);
  }

  /** Opens the reply stream once the person has a conversation (the server knows them by their cookie). */
  function openStream() {
    if (stream || !conversation || typeof EventSource !== 'function') return;
    const source = new EventSource(config.stream);
    stream = source;
    source.addEventListener('open', () => {
      streamUp = true;
      // Whatever was delivered while the stream was down.
      poll();
    });
    source.addEventListener('reply', () => poll());
    source.addEventListener('resync', () => poll());
    source.addEventListener('error', () => {
      // The browser reconnects by itself; until then, poll quickly. Closed for good (the server
      // answered 204): poll only, and try again after the next message sent.
      streamUp = false;
      if (source.readyState === EventSource.CLOSED) stream = null;
      schedulePoll();
    });
  }

  /** The first load: the conversation so far, the person's own messages merged in by position. */
  async function start() {
    let replies = null;
    try {
      replies = await fetchNew();
    } catch {
      showStatus(t.offline);
    }
    const known = replies !== null;
    replies = replies ?? [];
    const mine = loadMine();
    const entries = [
      ...replies.map((message) => ({ key: [message.id, 0, 0], show: () => renderReply(message) })),
      ...mine.map((entry) => ({
        key: [entry.afterId, 1, entry.at || 0],
        show: () => {
          const item = bubble('you', entry.text);
          if (entry.file && typeof entry.file.id === 'number') appendFile(item, entry.file);
          list.append(item);
        },
      })),
    ];
    entries.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
    for (const entry of entries) entry.show();
    if (replies.length > 0) lastId = replies[replies.length - 1].id;
    scrollToEnd();
    // A first visit gets the welcome (with the personal-data notice and the language choice).
    if (known && entries.length === 0) send({ action: { type: 'start' } }, null);
    openStream();
    if (config.deepLink) {
      send({ action: { type: 'start', payload: config.deepLink } }, null);
      // Once: a reload must not open the procedure again.
      const url = new URL(location.href);
      url.searchParams.delete('p');
      history.replaceState(null, '', url);
    }
    schedulePoll();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '') return;
    if (text.length > 2000) {
      showStatus(t.tooLong);
      return;
    }
    input.value = '';
    send({ text }, text);
    input.focus();
  });
  const fileInput = document.getElementById('file');
  fileInput.addEventListener('change', () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = '';
    if (file) sendFile(file);
  });
  input.addEventListener('keydown', (event) => {
    // Enter sends, Shift+Enter is a new line; never while an input method (Vietnamese Telex) is composing.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  for (const button of document.querySelectorAll('button.quick[data-action]')) {
    button.addEventListener('click', () => send({ action: JSON.parse(button.dataset.action) }, button.textContent));
  }
  const switchLanguage = document.getElementById('switch-language');
  switchLanguage.addEventListener('click', async (event) => {
    // Tell the bot too, so its replies follow the page; the link alone still works without script.
    event.preventDefault();
    await send({ action: { type: 'language', language: switchLanguage.dataset.language } }, switchLanguage.textContent);
    location.assign(switchLanguage.href);
  });
  if (config.embed) {
    // Escape inside the iframe never reaches the host page: ask embed.js to close the panel.
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') window.parent.postMessage('hoidap:close', '*');
    });
  }
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) poll();
  });
  start();
})();
