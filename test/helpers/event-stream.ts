/** A server-sent event as the browser's EventSource would hand it over. */
export type ReceivedEvent = { event: string; data: unknown };

/**
 * Reads a server-sent event stream like EventSource (without reconnecting): `next` waits for the
 * first event received from now on, or already waiting, that matches.
 */
export async function readEvents(url: string, cookies: Map<string, string> | string = '') {
  const abort = new AbortController();
  const cookie = typeof cookies === 'string' ? cookies : [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: abort.signal });
  const received: ReceivedEvent[] = [];
  const waiters = new Set<() => void>();
  let ended = false;
  if (response.status === 200 && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let event = 'message';
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith('event: ')) event = line.slice(7);
              else if (line.startsWith('data: ')) data.push(line.slice(6));
            }
            if (data.length === 0) continue;
            received.push({ event, data: JSON.parse(data.join('\n')) });
            for (const wake of waiters) wake();
          }
        }
      } catch {
        // aborted
      }
      ended = true;
      for (const wake of waiters) wake();
    })();
  }
  return {
    status: response.status,
    received,
    get ended() {
      return ended;
    },
    /** The first event (from index `from` on) named `event` whose data passes `match`. */
    async next<T = Record<string, unknown>>(
      event: string,
      match: (data: T) => boolean = () => true,
      options: { timeoutMs?: number; from?: number } = {},
    ): Promise<T> {
      const deadline = Date.now() + (options.timeoutMs ?? 5_000);
      for (;;) {
        const found = received.slice(options.from ?? 0).find((item) => item.event === event && match(item.data as T));
        if (found) return found.data as T;
        if (ended) throw new Error(`stream ended before a "${event}" event`);
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`no "${event}" event within the time; got ${JSON.stringify(received.map((e) => e.event))}`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, left);
          waiters.add(wake);
        });
      }
    },
    close: () => abort.abort(),
  };
}
