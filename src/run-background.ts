import type { Logger } from './logger.ts';

export type BackgroundTask = {
  name: string;
  everyMs: number;
  /** When a run reports work done (a positive number), the next run comes after this instead (0: at once). */
  busyEveryMs?: number;
  run(): Promise<unknown>;
};

/**
 * Runs each task again `everyMs` after its previous run finished (never two runs of one task at
 * once). The tasks read their work from the database — these loops only poll it — so nothing is
 * lost when the process stops and another instance can take over.
 */
export function runBackground(tasks: BackgroundTask[], logger: Logger): { stop(): Promise<void> } {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  for (const task of tasks) {
    const loop = async () => {
      if (stopped) return;
      const run = task.run().catch((error: unknown) => {
        logger.error({ err: error, task: task.name }, 'background task failed');
        return 0;
      });
      running.add(run);
      const done = await run;
      running.delete(run);
      if (stopped) return;
      const busy = typeof done === 'number' && done > 0 && task.busyEveryMs !== undefined;
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          void loop();
        },
        busy ? task.busyEveryMs : task.everyMs,
      );
      timers.add(timer);
    };
    void loop();
  }
  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.allSettled([...running]);
    },
  };
}
