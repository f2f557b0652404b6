import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelSender, DeliveryResult, OutboundMessage } from '../../src/channels.ts';
import { contacts, markUnreachable } from '../../src/conversations/index.ts';
import { createOutboxWorker, LEASE_MS } from '../../src/outbox/deliver-outbox.ts';
import { enqueueMessage } from '../../src/outbox/enqueue-message.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';

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
    const { tracker } = await loadTrackerFixture();
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
      onPermanentFailure: (failure) => markUnreachable(db, tracker, failure),
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

  it('a dead worker is replaced when its lease runs out, and the person’s later messages follow at once', async () => {
    const db = database.db;
    for (const text of ['first', 'second'])
      await enqueueMessage(db, {
        channel: 'web',
        address: 'dead-worker-person',
        contactId: null,
        requestId: null,
        kind: 'test',
        message: { text },
      });
    const start = new Date(Date.now() + 1000);
    // Worker A claims the first message and dies in the middle of sending it (the send never ends).
    const hung: ChannelSender = {
      channel: 'web',
      limits: { perSecond: 100, perAddressPerSecond: 1000 },
      send: () => new Promise<DeliveryResult>(() => {}),
    };
    const a = createOutboxWorker({
      db,
      sender: hung,
      logger: silentLogger,
      now: () => start,
      onPermanentFailure: async () => {},
      sleep: noSleep,
    });
    void a.runOnce();
    await expect
      .poll(async () =>
        (await db.select().from(outbox).where(eq(outbox.address, 'dead-worker-person'))).map((r) => r.status),
      )
      .toContain('sending');

    const web = scriptedSender('zalo');
    let now = new Date(start.getTime() + LEASE_MS / 2);
    const b = createOutboxWorker({
      db,
      sender: { ...web.sender, channel: 'web' },
      logger: silentLogger,
      now: () => now,
      onPermanentFailure: async () => {},
      sleep: noSleep,
    });
    expect(await b.runOnce()).toBe(0); // A's lease still holds: nobody else sends
    now = new Date(start.getTime() + LEASE_MS + 1);
    expect(await b.runOnce()).toBe(1);
    expect(await b.runOnce()).toBe(1);
    expect(web.sent.map((item) => item.text)).toEqual(['first', 'second']);
  });

  it('after a permanent refusal for a chat, its other queued messages are not tried', async () => {
    const db = database.db;
    for (const [address, text] of [
      ['blocked-chat', 'b1'],
      ['blocked-chat', 'b2'],
      ['blocked-chat', 'b3'],
      ['open-chat', 'o1'],
    ] as const)
      await enqueueMessage(db, {
        channel: 'telegram',
        address,
        contactId: null,
        requestId: null,
        kind: 'test',
        message: { text },
      });
    const script = scriptedSender('telegram');
    const tried: string[] = [];
    const failures: string[] = [];
    const worker = createOutboxWorker({
      db,
      sender: {
        ...script.sender,
        async send(address, message) {
          tried.push(message.text);
          if (address === 'blocked-chat')
            return { ok: false, permanent: true, reason: '403: bot was blocked by the user' };
          return script.sender.send(address, message);
        },
      },
      logger: silentLogger,
      now: () => new Date(Date.now() + 20 * LEASE_MS),
      onPermanentFailure: async (failure) => {
        failures.push(failure.reason);
      },
      sleep: noSleep,
    });
    for (let round = 0; round < 4; round++) await worker.runOnce();
    expect(tried.filter((text) => text.startsWith('b'))).toEqual(['b1']);
    expect(script.sent.map((item) => item.text)).toEqual(['o1']);
    const rows = await db.select().from(outbox).where(eq(outbox.address, 'blocked-chat')).orderBy(asc(outbox.id));
    expect(rows.map((row) => [row.status, row.lastError?.startsWith('not tried') ?? false])).toEqual([
      ['failed', false],
      ['failed', true],
      ['failed', true],
    ]);
    expect(failures).toHaveLength(1);
  });
});
