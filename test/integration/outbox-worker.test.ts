import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelSender, DeliveryResult, OutboundMessage } from '../../src/channels.ts';
import { contacts, markUnreachable } from '../../src/conversations/index.ts';
import { createOutboxWorker } from '../../src/outbox/deliver-outbox.ts';
import { enqueueMessage } from '../../src/outbox/enqueue-message.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { silentLogger } from '../helpers/tracker-fixture.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

type Scripted = { sent: Array<{ address: string; text: string }>; sender: ChannelSender; next: DeliveryResult[] };
function scriptedSender(channel: 'telegram' | 'zalo', perSecond = 1000): Scripted {
  const script: Scripted = {
    sent: [],
    next: [],
    sender: {
      channel,
      limits: { perSecond, perAddressPerSecond: 1000 },
      async send(address: string, message: OutboundMessage) {
        const result = script.next.shift() ?? { ok: true };
        if (result.ok) script.sent.push({ address, text: message.text });
        return result;
      },
    },
  };
  return script;
}
const noSleep = async () => {};

describe('outbox delivery', () => {
  it('two workers on one channel send every message exactly once, in order per person', async () => {
    const db = database.db;
    for (let i = 0; i < 40; i++)
      await enqueueMessage(db, {
        channel: 'telegram',
        address: `p${i % 5}`,
        contactId: null,
        requestId: null,
        kind: 'test',
        message: { text: `m${i}` },
      });
    const script = scriptedSender('telegram', 20);
    const a = createOutboxWorker({
      db,
      sender: script.sender,
      logger: silentLogger,
      now: () => new Date(),
      onPermanentFailure: async () => {},
      sleep: noSleep,
    });
    const b = createOutboxWorker({
      db,
      sender: script.sender,
      logger: silentLogger,
      now: () => new Date(),
      onPermanentFailure: async () => {},
      sleep: noSleep,
    });
    for (let round = 0; round < 40; round++) await Promise.all([a.runOnce(), b.runOnce()]);
    expect(script.sent).toHaveLength(40);
    expect(new Set(script.sent.map((item) => item.text)).size).toBe(40);
    for (let person = 0; person < 5; person++) {
      const order = script.sent
        .filter((item) => item.address === `p${person}`)
        .map((item) => Number(item.text.slice(1)));
      expect(order).toEqual([...order].sort((x, y) => x - y));
    }
  });

  it('backs off on a temporary failure, pauses on 429, and marks the contact unreachable on a permanent failure', async () => {
    const db = database.db;
    const [contact] = await db.insert(contacts).values({ channel: 'zalo', address: '8000000000000000001' }).returning();
    await enqueueMessage(db, {
      channel: 'zalo',
      address: '8000000000000000001',
      contactId: contact?.id ?? null,
      requestId: null,
      kind: 'test',
      message: { text: 'hello' },
    });
    // Queued rows carry the database's time; the worker's clock starts from the real time too.
    let now = new Date(Date.now() + 1000);
    const script = scriptedSender('zalo');
    const worker = createOutboxWorker({
      db,
      sender: script.sender,
      logger: silentLogger,
      now: () => now,
      onPermanentFailure: (failure) => markUnreachable(db, failure),
      sleep: noSleep,
    });
    script.next.push({ ok: false, permanent: false, reason: '503' });
    expect(await worker.runOnce()).toBe(1);
    const [retrying] = await db.select().from(outbox).where(eq(outbox.address, '8000000000000000001'));
    expect(retrying?.status).toBe('pending');
    expect(retrying?.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    expect(await worker.runOnce()).toBe(0); // not due yet
    now = new Date(now.getTime() + 60_000);
    script.next.push({
      ok: false,
      permanent: true,
      reason: '-230 User has not interacted with the OA in the past 7 days',
    });
    expect(await worker.runOnce()).toBe(1);
    const [failed] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.address, '8000000000000000001'))
      .orderBy(asc(outbox.id));
    expect(failed?.status).toBe('failed');
    const [marked] = await db
      .select()
      .from(contacts)
      .where(eq(contacts.id, contact?.id ?? ''));
    expect(marked?.unreachableReason).toContain('-230');
    expect(script.sent).toHaveLength(0);
  });
});
