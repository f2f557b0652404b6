import { describe, expect, it } from 'vitest';
import { nextEventOf, type RequestRow } from '../../src/tracker/index.ts';

const at = (text: string): Date => new Date(text);
const progressAt = at('2026-11-24T09:00:00+07:00');
const warnAt = at('2026-11-25T03:00:00+07:00');
const dueAt = at('2026-11-25T09:00:00+07:00');

function row(changes: Partial<RequestRow> = {}): RequestRow {
  return {
    id: 1,
    caseNumber: 'HD-2611-1',
    contactId: '00000000-0000-4000-8000-000000000001',
    channel: 'telegram',
    replyAddress: '1',
    language: 'vi',
    requesterType: 'citizen',
    requesterName: null,
    taxCode: null,
    agencyId: 'so-cong-thuong',
    procedureRef: null,
    subject: 'question',
    status: 'open',
    openedAt: at('2026-11-23T09:00:00+07:00'),
    handedOffAt: at('2026-11-23T09:00:00+07:00'),
    dueAt,
    progressAt,
    warnAt,
    nextEventAt: null,
    firstAnswerAt: null,
    firstAnswerBy: null,
    firstHumanReplyAt: null,
    answerHours: null,
    answerWorkingHours: null,
    humanReplyHours: null,
    humanReplyWorkingHours: null,
    assigneeId: null,
    progressSentAt: null,
    warnedAt: null,
    breachedAt: null,
    late: false,
    apologizedAt: null,
    closedAt: null,
    satisfaction: null,
    ratingAskedAt: null,
    turn: 0,
    updatedAt: at('2026-11-23T09:00:00+07:00'),
    ...changes,
  };
}

describe('nextEventOf', () => {
  it('is the earliest event still to fire: progress, then warning, then breach', () => {
    expect(nextEventOf(row())).toEqual(progressAt);
    expect(nextEventOf(row({ progressSentAt: progressAt }))).toEqual(warnAt);
    expect(nextEventOf(row({ progressSentAt: progressAt, warnedAt: warnAt }))).toEqual(dueAt);
  });

  it('takes the earliest time whatever the order of the points', () => {
    // R1's limit can put the progress reply after the warning of a short policy.
    const early = at('2026-11-23T21:00:00+07:00');
    expect(nextEventOf(row({ warnAt: early }))).toEqual(early);
    expect(nextEventOf(row({ progressAt: null }))).toEqual(warnAt);
  });

  it('has nothing left after the breach, after an answer, or when the request is not open', () => {
    expect(nextEventOf(row({ breachedAt: dueAt }))).toBeNull();
    expect(nextEventOf(row({ firstAnswerAt: warnAt }))).toBeNull();
    for (const status of ['bot', 'waiting', 'answered', 'closed']) expect(nextEventOf(row({ status }))).toBeNull();
    expect(nextEventOf(row({ progressSentAt: progressAt, warnedAt: warnAt, dueAt: null }))).toBeNull();
  });
});
