import type { Request, Response } from 'express';

export type EventStream = {
  /** Sends one event; `data` is JSON-encoded (one line, so it cannot end the event early). */
  send(event: string, data: unknown): void;
  /** Runs when the stream ends: the page closed, the network dropped, the server stopped. */
  onClose(run: () => void): void;
  readonly closed: boolean;
};

/** How long the browser waits before reconnecting a dropped stream. */
const RETRY_MS = 2_000;
/** A comment line this often keeps proxies from closing an idle stream and finds dead peers. */
export const HEARTBEAT_MS = 15_000;

/**
 * A server-sent event stream on a response: no caching or proxy buffering, a heartbeat, and the
 * close noticed once. The browser's EventSource reconnects by itself when it drops.
 */
export function openEventStream(
  req: Request,
  res: Response,
  options: { heartbeatMs?: number; onHeartbeat?: () => void } = {},
): EventStream {
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Accel-Buffering': 'no',
    Connection: 'keep-alive',
  });
  res.flushHeaders();
  res.write(`retry: ${RETRY_MS}\n\n`);
  const closers: Array<() => void> = [];
  let closed = false;
  const heartbeat = setInterval(() => {
    if (closed) return;
    res.write(': ping\n\n');
    options.onHeartbeat?.();
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const run of closers) run();
  };
  req.on('close', close);
  res.on('close', close);
  res.on('error', close);
  return {
    send(event, data) {
      if (closed) return;
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    onClose(run) {
      if (closed) run();
      else closers.push(run);
    },
    get closed() {
      return closed;
    },
  };
}
