export type RateLimiter = {
  /** Counts one use for the key; false when the key is over its limit in the current window. */
  take(key: string): boolean;
};

/**
 * A fixed-window counter kept in this process's memory: enough to stop one person (or one script)
 * flooding the chat. Several app instances each count on their own, so the real limit is the
 * limit times the instances; a restart forgets the counts. Both are acceptable for a courtesy
 * limit; nothing here protects a paid API. The whole map is dropped when a window ends, which
 * bounds memory without a sweeper.
 */
export function createRateLimiter({
  limit,
  windowMs,
  now = Date.now,
}: {
  limit: number;
  windowMs: number;
  now?: () => number;
}): RateLimiter {
  let windowStart = now();
  let counts = new Map<string, number>();
  return {
    take(key) {
      const at = now();
      if (at - windowStart >= windowMs) {
        windowStart = at;
        counts = new Map();
      }
      const used = (counts.get(key) ?? 0) + 1;
      counts.set(key, used);
      return used <= limit;
    },
  };
}
