import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent so far, in milliseconds: this process's (all its threads), and the database
 * server's (every process whose command is `postgres`, read from /proc; 0 where /proc is missing
 * or the server runs elsewhere). On a shared machine a rate in messages per second falls with
 * the load, while the CPU time each message costs stays nearly the same: it says what a quiet
 * machine would do.
 */
export function cpuTime(): { processMs: number; databaseMs: number } {
  const usage = process.cpuUsage();
  return { processMs: (usage.user + usage.system) / 1000, databaseMs: databaseCpuMs() };
}

const TICKS_PER_SECOND = 100;

function databaseCpuMs(): number {
  let ticks = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid … utime stime: fields 14 and 15, counted after the closing parenthesis.
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
