import { count, eq, inArray } from 'drizzle-orm';
import { createTelegramSender } from '../../bots/telegram/index.ts';
import { markUnreachable } from '../../src/conversations/index.ts';
import { createCalendarStore, type TrackerContext } from '../../src/tracker/index.ts';
import type { OutboundMessage } from '../../src/channels.ts';
import type { Db } from '../../src/db/client.ts';
import type { Logger } from '../../src/logger.ts';
import { createOutboxWorker } from '../../src/outbox/deliver-outbox.ts';
import { enqueueMessage } from '../../src/outbox/enqueue-message.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import type { LimitedBotApi } from './start-limited-bot-api.ts';

export type DeliveryOptions = {
  db: Db;
  api: LimitedBotApi;
  token: string;
  logger: Logger;
  deliveries: number;
  chats: number;
  /** Pause between runOnce calls; main.ts waits 300 ms after each run. */
  gapMs: number;
  onProgress?: (line: string) => void;
};

export type DeliveryResult = {
  perSecond: number;
  sent: number;
  failed: number;
  http429: number;
  http429PerChat: number;
  seconds: number;
};

const FIRST_CHAT = 6_000_000_000;
// An answer as the core writes one: a few paragraphs and the 👍/👎 buttons.
const ANSWER: OutboundMessage = {
  text: 'Thủ tục: Cấp giấy phép bán lẻ sản phẩm rượu.\n\nHồ sơ gồm: đơn đề nghị theo mẫu; bản sao giấy chứng nhận đăng ký doanh nghiệp; giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh; bản cam kết bảo đảm điều kiện phòng cháy chữa cháy.\n\nNộp tại Trung tâm Phục vụ hành chính công hoặc trực tuyến. Thời hạn giải quyết: 10 ngày làm việc.',
  buttons: [
    { label: '👍', action: { type: 'feedback', helpful: true } },
    { label: '👎', action: { type: 'feedback', helpful: false } },
  ],
};

/**
 * Queues `deliveries` replies spread evenly over `chats` chats, with enqueueMessage as the core
 * queues them, then runs the real Telegram outbox worker against the rate-limited fake until
 * nothing is pending. The rate is over the whole drain, first claim to last settle.
 */
export async function measureDelivery({
  db,
  api,
  token,
  logger,
  deliveries,
  chats,
  gapMs,
  onProgress,
}: DeliveryOptions): Promise<DeliveryResult> {
  // Chat by chat, as an answer and its follow-ups are queued: consecutive replies to one person
  // are what the 1/s per-chat limit is about.
  const items = Array.from({ length: deliveries }, (_, i) => String(FIRST_CHAT + Math.floor((i * chats) / deliveries)));
  for (let i = 0; i < items.length; i += 20) {
    await Promise.all(
      items.slice(i, i + 20).map((address) =>
        enqueueMessage(db, {
          channel: 'telegram',
          address,
          contactId: null,
          requestId: null,
          kind: 'answer',
          message: ANSWER,
        }),
      ),
    );
  }
  // Deliveries here belong to no request: the tracker is only there for the failures' signature.
  const tracker: TrackerContext = {
    calendar: createCalendarStore([]),
    agencyName: (id) => id,
    defaultAgencyId: 'x',
    listeners: [],
  };
  const worker = createOutboxWorker({
    db,
    sender: createTelegramSender(token, { logger, apiRoot: api.apiRoot }),
    logger,
    now: () => new Date(),
    onPermanentFailure: (failure) => markUnreachable(db, tracker, failure),
  });
  const started = performance.now();
  let lastReport = started;
  try {
    for (;;) {
      const settled = await worker.runOnce();
      const [row] = await db
        .select({ left: count() })
        .from(outbox)
        .where(inArray(outbox.status, ['pending', 'sending']));
      if ((row?.left ?? 0) === 0) break;
      if (performance.now() - lastReport > 30_000) {
        lastReport = performance.now();
        onProgress?.(
          `  delivery: ${deliveries - (row?.left ?? 0)}/${deliveries} settled after ${((lastReport - started) / 1000).toFixed(0)} s, ${api.stats().tooManyTotal + api.stats().tooManyPerChat} × 429`,
        );
      }
      // Paused after a 429 or lease held elsewhere: runOnce returns at once, so don't spin.
      const pause = settled === 0 ? Math.max(gapMs, 50) : gapMs;
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    }
  } finally {
    await worker.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const [sent] = await db.select({ rows: count() }).from(outbox).where(eq(outbox.status, 'sent'));
  const [failed] = await db.select({ rows: count() }).from(outbox).where(eq(outbox.status, 'failed'));
  const stats = api.stats();
  return {
    perSecond: (sent?.rows ?? 0) / seconds,
    sent: sent?.rows ?? 0,
    failed: failed?.rows ?? 0,
    http429: stats.tooManyTotal + stats.tooManyPerChat,
    http429PerChat: stats.tooManyPerChat,
    seconds,
  };
}
