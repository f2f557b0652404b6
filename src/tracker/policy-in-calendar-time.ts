import { PROGRESS_LIMIT_HOURS, type SlaPolicy } from './sla-policy.ts';
import { createWorkingCalendar } from './working-calendar.ts';
import { vietnamMidnight } from '../vietnam-time.ts';

/** Calendar hours a duration on a policy's clock can take: from the best start to the worst one. */
export type Span = { shortest: number; longest: number };

export type PolicyInCalendarTime = {
  answer: Span;
  /** The policy's own progress point; R1's limit still applies on top of it. */
  progress: Span;
  /** The largest progress time on this clock that can come before R1's limit at least sometimes. */
  maxProgressHours: number;
  /** The policy's progress time always comes after R1's limit: the setting would never be used. */
  progressTooLate: boolean;
};

// A week with no holidays: what a policy means on ordinary weeks. Holidays only make spans longer
// (Tết adds up to nine days), and the admin form says so in words.
const ORDINARY = createWorkingCalendar({ years: [] });
const MONDAY = vietnamMidnight(2030, 0, 7).getTime();
const STEP_MS = 15 * 60_000;
const HOUR = 3_600_000;

/** What an SLA policy means in calendar time, for the admin form: explained, and refused when R1 cannot be kept. */
export function policyInCalendarTime(policy: SlaPolicy): PolicyInCalendarTime {
  const progress = spanOf(policy.clock, policy.progressHours);
  let maxProgressHours = PROGRESS_LIMIT_HOURS;
  if (policy.clock === 'working') {
    maxProgressHours = 0;
    while (spanOf('working', maxProgressHours + 1).shortest <= PROGRESS_LIMIT_HOURS) maxProgressHours++;
  }
  return {
    answer: spanOf(policy.clock, policy.answerHours),
    progress,
    maxProgressHours,
    progressTooLate: progress.shortest > PROGRESS_LIMIT_HOURS,
  };
}

// Every quarter hour of a week as a start. Session bounds are on the half hour, so the worst start
// (the moment a break begins) and the best one are among the samples.
function spanOf(clock: SlaPolicy['clock'], hours: number): Span {
  if (clock === 'calendar') return { shortest: hours, longest: hours };
  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  for (let start = MONDAY; start < MONDAY + 7 * 24 * HOUR; start += STEP_MS) {
    const span = (ORDINARY.addWorkingHours(new Date(start), hours).getTime() - start) / HOUR;
    shortest = Math.min(shortest, span);
    longest = Math.max(longest, span);
  }
  return { shortest, longest };
}
