import type { Database } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { CASE_CHANNEL, parseCaseSignal, WEB_CHAT_CHANNEL, type CaseSignal } from './live-signals.ts';

/**
 * What a stream hears: a case signal; 'resync' after the database connection came back (signals
 * may have been lost: catch up from the tables); 'closing' when the instance shuts down (end the stream).
 */
export type CaseListener = (signal: CaseSignal | 'resync' | 'closing') => void;
type WebListener = (signal: 'reply' | 'resync' | 'closing') => void;

export type LiveHub = {
  /** Every case signal from every instance; returns the unsubscribe. */
  onCase(listener: CaseListener): () => void;
  /** Replies delivered to one web chat conversation (by its key); 'resync' as above. */
  onWebChat(conversation: string, listener: WebListener): () => void;
  /** How many streams this instance holds (for tests and logs). */
  size(): number;
  close(): Promise<void>;
};

/**
 * One LISTEN per channel for the whole instance, fanned out in memory to its open streams, so a
 * thousand open pages cost one database connection. Signals come from whichever instance made
 * the change (pg_notify in its transaction), so several instances behind a proxy stay in step.
 */
export async function createLiveHub(database: Pick<Database, 'listen'>, logger: Logger): Promise<LiveHub> {
  const caseListeners = new Set<CaseListener>();
  const webListeners = new Map<string, Set<WebListener>>();
  const safely = (run: () => void) => {
    try {
      run();
    } catch (error) {
      logger.error({ err: error }, 'live update listener failed');
    }
  };
  const tellAll = (signal: 'resync' | 'closing') => {
    for (const listener of caseListeners) safely(() => listener(signal));
    for (const set of webListeners.values()) for (const listener of set) safely(() => listener(signal));
  };
  const resyncAll = () => {
    logger.warn('live updates: listening again after the database connection dropped; pages catch up');
    tellAll('resync');
  };
  const stopCases = await database.listen(
    CASE_CHANNEL,
    (payload) => {
      const signal = parseCaseSignal(payload);
      if (!signal) return;
      for (const listener of caseListeners) safely(() => listener(signal));
    },
    resyncAll,
  );
  const stopWeb = await database.listen(WEB_CHAT_CHANNEL, (conversation) => {
    for (const listener of webListeners.get(conversation) ?? []) safely(() => listener('reply'));
  });
  return {
    onCase(listener) {
      caseListeners.add(listener);
      return () => caseListeners.delete(listener);
    },
    onWebChat(conversation, listener) {
      const set = webListeners.get(conversation) ?? new Set();
      set.add(listener);
      webListeners.set(conversation, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) webListeners.delete(conversation);
      };
    },
    size: () => caseListeners.size + [...webListeners.values()].reduce((sum, set) => sum + set.size, 0),
    /** Ends every stream (they reconnect to another instance) and stops listening. */
    async close() {
      tellAll('closing');
      caseListeners.clear();
      webListeners.clear();
      await Promise.allSettled([stopCases(), stopWeb()]);
    },
  };
}
