import type { Server } from 'node:http';
import type { Express } from 'express';

export type LocalServer = {
  origin: string;
  /** Resolves when no handler is running: autocannon drops its sockets at the end, not the work behind them. */
  settled(): Promise<void>;
  close(): Promise<void>;
};

/** Counts handler work still running after its client has gone. */
export type InFlight = { track<T>(work: Promise<T>): Promise<T>; settled(): Promise<void> };

export function createInFlight(): InFlight {
  let running = 0;
  let waiters: (() => void)[] = [];
  return {
    async track(work) {
      running++;
      try {
        return await work;
      } finally {
        running--;
        if (running === 0) {
          for (const wake of waiters) wake();
          waiters = [];
        }
      }
    },
    settled: () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}

/** Serves `app` on 127.0.0.1 at a free port; closing waits for `inFlight` so no query outlives the pool. */
export async function listenLocally(app: Express, inFlight: InFlight): Promise<LocalServer> {
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    settled: inFlight.settled,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // autocannon's keep-alive sockets would hold close() open otherwise.
        server.closeAllConnections();
      });
      await inFlight.settled();
    },
  };
}
