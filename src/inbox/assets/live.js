// The inbox pages' live updates: plain JavaScript, no framework and no build step.
// The server renders everything shown here (escaped by its html template): the script only swaps
// in fragments the server rendered and puts names and notices in with textContent.
(() => {
  'use strict';
  const configBlock = document.getElementById('live-config');
  if (!configBlock || typeof EventSource !== 'function') return;
  const t = JSON.parse(configBlock.textContent).strings;
  const presence = document.getElementById('presence');
  const caseId = presence ? Number(presence.dataset.case) : null;
  const replyForm = caseId ? document.querySelector(`form[action="/inbox/cases/${caseId}/reply"]`) : null;
  const reply = replyForm ? replyForm.querySelector('textarea[name=text]') : null;
  const turnInput = replyForm ? replyForm.querySelector('input[name=turn]') : null;
  const csrf = replyForm ? replyForm.querySelector('input[name=_csrf]').value : null;
  const queueCounts = document.getElementById('queue-counts');
  const baseTitle = document.title;
  let unread = 0;
  let alerts = false;
  let connectedBefore = false;

  const statusLine = document.createElement('p');
  statusLine.id = 'live-status';
  statusLine.className = 'warn';
  statusLine.setAttribute('role', 'status');
  statusLine.hidden = true;
  document.body.append(statusLine);

  function showTitle() {
    document.title = unread > 0 ? `(${unread}) ${baseTitle}` : baseTitle;
  }

  /** Calls `run` once after a burst of signals has settled, never two at once. */
  function debounced(run, ms) {
    let timer = 0;
    let running = null;
    let again = false;
    const fire = async () => {
      if (running) {
        again = true;
        return;
      }
      running = run().catch(() => {});
      await running;
      running = null;
      if (again) {
        again = false;
        fire();
      }
    };
    return () => {
      clearTimeout(timer);
      timer = setTimeout(fire, ms);
    };
  }

  async function fragment(url) {
    const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) return { status: response.status, doc: null };
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    return { status: response.status, doc };
  }

  /** Replaces the element with the same id by the fragment's (the server rendered both alike). */
  function swap(doc, id) {
    const fresh = doc.getElementById(id);
    const current = document.getElementById(id);
    if (fresh && current) current.replaceWith(document.importNode(fresh, true));
  }

  // The case page: conversation, history and details as a reload would show them, and the turn.
  const refreshCase = debounced(async () => {
    const { status, doc } = await fragment(`/inbox/cases/${caseId}/fragment`);
    if (!doc) {
      if (status === 403 || status === 404) showStatus(t.gone);
      return;
    }
    const box = doc.getElementById('case-fragment');
    const conversation = document.getElementById('live-conversation');
    const nearEnd = conversation && conversation.getBoundingClientRect().bottom < window.innerHeight + 200;
    for (const id of ['live-conversation', 'live-history', 'live-details']) swap(doc, id);
    const turn = box ? box.dataset.turn : null;
    if (turnInput && turn !== null && turn !== turnInput.value) {
      // The page now shows the new turn, so a reply from it is no longer blind; if one was being
      // written, say that something changed above it.
      turnInput.value = turn;
      if (reply && reply.value.trim() !== '') {
        const news = document.getElementById('live-news');
        if (news) {
          news.textContent = t.news;
          news.hidden = false;
        }
      }
    }
    if (nearEnd) document.getElementById('live-conversation')?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, 100);

  // The queue: counts and the list of the page's own queue, filters and search.
  const refreshQueue = debounced(async () => {
    const url = new URL(location.href);
    url.searchParams.set('fragment', '1');
    const { doc } = await fragment(url);
    if (!doc) return;
    // Cases ticked for a bulk action stay ticked (those still listed).
    const ticked = new Set(
      [...document.querySelectorAll('#queue-table input[name=ids]:checked')].map((box) => box.value),
    );
    swap(doc, 'queue-counts');
    swap(doc, 'queue-table');
    for (const box of document.querySelectorAll('#queue-table input[name=ids]'))
      if (ticked.has(box.value)) box.checked = true;
  }, 300);

  // Who else has the case open, and who is typing (a typing mark fades unless renewed).
  let viewers = [];
  let typingTimer = 0;
  function showPresence() {
    if (!presence) return;
    presence.textContent = '';
    const seeing = viewers.filter((viewer) => !viewer.typing).map((viewer) => viewer.name);
    const typing = viewers.filter((viewer) => viewer.typing).map((viewer) => viewer.name);
    if (typing.length > 0) {
      const span = document.createElement('span');
      span.className = 'typing';
      span.textContent = t.typing.replace('{{names}}', typing.join(', '));
      presence.append(span);
    }
    if (seeing.length > 0) {
      if (typing.length > 0) presence.append(document.createTextNode(' · '));
      presence.append(document.createTextNode(t.viewing.replace('{{names}}', seeing.join(', '))));
    }
  }
  function onPresence(list) {
    viewers = Array.isArray(list) ? list : [];
    showPresence();
    clearTimeout(typingTimer);
    if (viewers.some((viewer) => viewer.typing))
      typingTimer = setTimeout(() => {
        viewers = viewers.map((viewer) => ({ ...viewer, typing: false }));
        showPresence();
      }, 6500);
  }

  // "Typing": at most one signal every 3 s while keys are pressed in the reply box.
  let typingSentAt = 0;
  if (reply && csrf) {
    reply.addEventListener('input', () => {
      const now = Date.now();
      if (now - typingSentAt < 3000 || reply.value.trim() === '') return;
      typingSentAt = now;
      fetch(`/inbox/cases/${caseId}/typing`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf }),
      }).catch(() => {});
    });
  }

  // Alerts (opted in on the notifications page): a browser notification and a short sound.
  let audio = null;
  const unlockAudio = () => {
    // Browsers allow sound only after the person has interacted with the page once.
    if (audio || typeof AudioContext !== 'function') return;
    audio = new AudioContext();
  };
  document.addEventListener('pointerdown', unlockAudio, { once: true });
  document.addEventListener('keydown', unlockAudio, { once: true });
  function beep() {
    if (!audio) return;
    audio.resume?.();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.4);
  }
  function raise(notice) {
    if (!alerts) return;
    beep();
    if (typeof Notification !== 'function' || Notification.permission !== 'granted') return;
    const shown = new Notification(t.alertTitle, { body: notice.text, tag: `hoidap-${notice.id}` });
    shown.addEventListener('click', () => {
      window.focus();
      if (notice.caseId) location.assign(`/inbox/cases/${notice.caseId}`);
      shown.close();
    });
  }

  // Turning alerts on asks the browser's permission in the same click.
  const alertsForm = document.getElementById('alerts-form');
  if (alertsForm) {
    const blocked = document.getElementById('alerts-blocked');
    if (blocked && typeof Notification === 'function' && Notification.permission === 'denied') blocked.hidden = false;
    alertsForm.addEventListener('submit', async (event) => {
      const button = event.submitter;
      if (!button || button.value !== 'on' || typeof Notification !== 'function') return;
      if (Notification.permission !== 'default') return;
      event.preventDefault();
      await Notification.requestPermission().catch(() => 'denied');
      const choice = document.createElement('input');
      choice.type = 'hidden';
      choice.name = 'alerts';
      choice.value = 'on';
      alertsForm.append(choice);
      alertsForm.submit();
    });
  }

  function showStatus(text) {
    statusLine.textContent = text;
    statusLine.hidden = text === '';
  }

  function refreshAll() {
    if (caseId) refreshCase();
    if (queueCounts) refreshQueue();
  }

  const source = new EventSource(caseId ? `/inbox/cases/${caseId}/stream` : '/inbox/live');
  let opened = false;
  source.addEventListener('open', () => {
    showStatus('');
    // Whatever changed while the stream was down.
    if (opened) refreshAll();
    opened = true;
  });
  source.addEventListener('error', () => {
    // Reconnecting by itself; closed for good means this instance has no live updates (a reload still works).
    if (source.readyState === EventSource.CONNECTING) showStatus(t.offline);
  });
  source.addEventListener('hello', (event) => {
    const hello = JSON.parse(event.data);
    unread = hello.unread;
    alerts = hello.alerts === true;
    showTitle();
    // What changed between the page's rendering and its stream: a case page knows its last event,
    // a queue just fetches its list again (cheap).
    if (caseId && String(hello.caseVersion ?? '') !== presence.dataset.version) refreshCase();
    if (queueCounts && !connectedBefore) refreshQueue();
    connectedBefore = true;
  });
  source.addEventListener('notice', (event) => {
    const notice = JSON.parse(event.data);
    unread = notice.unread;
    showTitle();
    raise(notice);
  });
  source.addEventListener('case', (event) => {
    const change = JSON.parse(event.data);
    if (caseId && change.id === caseId) refreshCase();
    if (queueCounts) refreshQueue();
  });
  source.addEventListener('presence', (event) => onPresence(JSON.parse(event.data)));
  source.addEventListener('resync', refreshAll);
  window.addEventListener('pagehide', () => source.close());
})();
