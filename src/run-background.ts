import type { Logger } from './logger.ts';

export type BackgroundTask = {
  name: string;
  everyMs: number;
  /** When a run reports work done (a positive number), the next run comes after this instead (0: at once). */
  busyEveryMs?: number;
  run(): Promise<unknown>;
};

export type Background = {
  /** Runs the named task now instead of at its next tick (after its current run, if one is going). */
  wake(name: string): void;
  stop(): Promise<void>;
};

/**
 * Runs each task again `everyMs` after its previous run finished (never two runs of one task at
 * once). The tasks read their work from the database — these loops only poll it — so nothing is
 * lost when the process stops and another instance can take over. `wake` shortens the wait when
 * something says there is work (a live signal), without changing what a run does.
 */
export function runBackground(tasks: BackgroundTask[], logger: Logger): Background {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  const wakers = new Map<string, () => void>();
  for (const task of tasks) {
    let timer: NodeJS.Timeout | null = null;
    let busy = false;
    let wokenWhileRunning = false;
    const schedule = (ms: number) => {
      timer = setTimeout(() => {
        if (timer) timers.delete(timer);
        timer = null;
        void loop();
      }, ms);
      timers.add(timer);
    };
    const loop = async () => {
      if (stopped) return;
      busy = true;
      wokenWhileRunning = false;
      const run = task.run().catch((error: unknown) => {
        logger.error({ err: error, task: task.name }, 'background task failed');
        return 0;
      });
      running.add(run);
      const done = await run;
      running.delete(run);
      busy = false;
      if (stopped) return;
      const hadWork = typeof done === 'number' && done > 0 && task.busyEveryMs !== undefined;
      schedule(wokenWhileRunning ? 0 : hadWork ? (task.busyEveryMs ?? task.everyMs) : task.everyMs);
    };
    wakers.set(task.name, () => {
      if (stopped) return;
      if (busy) {
        wokenWhileRunning = true;
        return;
      }
      if (timer) {
        clearTimeout(timer);
        timers.delete(timer);
        timer = null;
        void loop();
      }
    });
    void loop();
  }
  return {
    wake(name) {
      wakers.get(name)?.();
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.allSettled([...running]);
    },
  };
}
