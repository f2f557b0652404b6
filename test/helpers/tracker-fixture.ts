import { createAttachmentQueue } from '../../src/attachments/index.ts';
import { createVoiceListener } from '../../src/conversations/index.ts';
import type { Db } from '../../src/db/client.ts';
import { createStaffNotifier } from '../../src/inbox/create-staff-notifier.ts';
import { loadContent } from '../../src/kb/load-content.ts';
import { createAnswerer, type Answerer } from '../../src/kb/index.ts';
import { createLiveListener } from '../../src/live/index.ts';
import { createLogger } from '../../src/logger.ts';
import { createCalendarStore, recordStaffAnswer, type TrackerContext } from '../../src/tracker/index.ts';

let cached: { answerer: Answerer; tracker: TrackerContext } | null = null;

/** The real knowledge base and a tracker context over its 2026 calendar, built once per test file. */
export async function loadTrackerFixture(): Promise<{ answerer: Answerer; tracker: TrackerContext }> {
  if (cached) return cached;
  const { kb } = await loadContent('content');
  if (!kb) throw new Error('content has problems');
  const answerer = createAnswerer(kb, { baseUrl: 'http://localhost:3000' });
  const names = new Map(kb.agencies.map((agency) => [agency.id, agency.name]));
  const agencyName = (id: string, language: 'vi' | 'en') => names.get(id)?.[language] ?? id;
  const tracker: TrackerContext = {
    calendar: createCalendarStore(kb.holidays),
    agencyName,
    defaultAgencyId: 'trung-tam-phuc-vu-hcc',
    listeners: [
      createVoiceListener({ agencyName }),
      createStaffNotifier({ agencyName }),
      createLiveListener(),
      createAttachmentQueue(),
    ],
  };
  cached = { answerer, tracker };
  return cached;
}

export const silentLogger = createLogger('silent');

/** A clock tests move by hand: never sleep to test a deadline. */
export function manualClock(start: string): {
  now: () => Date;
  set(iso: string): void;
  advanceHours(hours: number): void;
} {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso);
    },
    advanceHours: (hours) => {
      current = new Date(current.getTime() + hours * 3_600_000);
    },
  };
}

/** A staff reply as the inbox sends it: the tracker's command in its own transaction. */
export function replyAsStaff(
  db: Db,
  tracker: TrackerContext,
  reply: { requestId: number; staffId: string; text: string; at: Date; final?: boolean; expectedTurn?: number },
) {
  return db.transaction((tx) =>
    recordStaffAnswer(tx, tracker, {
      requestId: reply.requestId,
      staffId: reply.staffId,
      at: reply.at,
      words: reply.text,
      final: reply.final,
      expectedTurn: reply.expectedTurn,
    }),
  );
}
