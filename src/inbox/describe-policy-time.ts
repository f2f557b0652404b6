import type { TFunction } from 'i18next';
import { policyInCalendarTime, PROGRESS_LIMIT_HOURS, type SlaPolicy } from '../tracker/index.ts';

/**
 * What a policy means in calendar time, in words for the admin form: "24 working hours ≈ 2½ to 5
 * days", and R1's limit on the progress reply whatever the clock.
 */
export function describePolicyTime(policy: SlaPolicy, t: TFunction): string {
  const progressHours = Math.min(policy.progressHours, PROGRESS_LIMIT_HOURS);
  if (policy.clock === 'calendar') {
    return t('calendar.policy_calendar', { answerHours: policy.answerHours, progressHours });
  }
  const time = policyInCalendarTime(policy);
  const span = (shortest: number, longest: number) =>
    t('calendar.span', { shortest: duration(shortest, t), longest: duration(longest, t) });
  return t('calendar.policy_working', {
    answerHours: policy.answerHours,
    answer: span(time.answer.shortest, time.answer.longest),
    progressHours: policy.progressHours,
    progress: span(time.progress.shortest, time.progress.longest),
    limit: PROGRESS_LIMIT_HOURS,
  });
}

/** Hours under two days as hours, longer as days, both to the half: "9½ h", "3½ days" (rounded up, a promise). */
function duration(hours: number, t: TFunction): string {
  if (hours < 48) return t('calendar.hours', { value: half(Math.ceil(hours * 2) / 2) });
  return t('calendar.days', { value: half(Math.ceil(hours / 12) / 2) });
}

function half(value: number): string {
  const whole = Math.floor(value);
  return value === whole ? String(whole) : `${whole === 0 ? '' : whole}½`;
}
