import autocannon from 'autocannon';
import type { OutgoingUpdate, UpdateSource } from './create-update-source.ts';

export type DriveOptions = {
  url: string;
  headers: Record<string, string>;
  source: UpdateSource;
  /** For this long, or until `amount` requests were answered when given. */
  seconds: number;
  amount?: number;
  connections: number;
  /** Told of every update answered 2xx, for the lost/duplicated count at the end. */
  onAcknowledged?: (update: OutgoingUpdate) => void;
};

export type DriveResult = {
  okPerSecond: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50Ms: number;
  p99Ms: number;
  seconds: number;
};

/**
 * Posts updates from `source` for `seconds` over `connections` keep-alive connections and
 * returns the 2xx rate. Each request's body is built when autocannon sends it (setupRequest);
 * without pipelining a connection has one request in flight, and autocannon gives that
 * request a fresh context object, so the context tells onResponse which update was answered.
 */
export async function driveEndpoint({
  url,
  headers,
  source,
  seconds,
  amount,
  connections,
  onAcknowledged,
}: DriveOptions): Promise<DriveResult> {
  const inFlight = new WeakMap<object, OutgoingUpdate>();
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    pipelining: 1,
    ...(amount === undefined ? { duration: seconds } : { amount }),
    // Longer than any answer we expect: a timed-out request is not acknowledged, and its reply
    // would be matched with nothing.
    timeout: 30,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [
      {
        setupRequest: (request, context) => {
          const update = source.next();
          inFlight.set(context, update);
          return { ...request, body: update.body };
        },
        onResponse: (status, _body, context) => {
          const update = inFlight.get(context);
          if (update && status >= 200 && status < 300) onAcknowledged?.(update);
        },
      },
    ],
  });
  return {
    okPerSecond: result['2xx'] / result.duration,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    seconds: result.duration,
  };
}
