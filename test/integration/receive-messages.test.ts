import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/channels.ts';
import {
  contacts,
  createReceiveQueue,
  messages,
  receiveMessage,
  receiveMessages,
} from '../../src/conversations/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

let sequence = 0;
function message(address: string, text: string, extra: Partial<InboundMessage> = {}): InboundMessage {
  sequence++;
  return {
    channel: 'telegram',
    channelMessageId: `rm-${sequence}`,
    address,
    sentAt: new Date(Date.UTC(2026, 11, 5, 8, 0, sequence)),
    content: { type: 'text', text },
    ...extra,
  };
}

async function storedOf(ids: string[]) {
  return database.db.select().from(messages).where(inArray(messages.channelMessageId, ids)).orderBy(asc(messages.id));
}

describe('receiveMessages: several messages in one statement', () => {
  it('stores each once, in the order given, one contact per person with the latest name', async () => {
    const first = message('rm-lan', 'một', { displayName: 'Lan' });
    const other = message('rm-minh', 'hai');
    const later = message('rm-lan', 'ba', { displayName: 'Lan Nguyễn' });
    const copy = { ...first };
    const results = await receiveMessages(database.db, [first, other, later, copy]);
    expect(results.map((result) => result.duplicate)).toEqual([false, false, false, true]);
    const ids = results.map((result) => result.messageId);
    expect(ids[3]).toBeNull();
    expect(ids.slice(0, 3).every((id) => typeof id === 'number')).toBe(true);
    const rows = await storedOf([first.channelMessageId, other.channelMessageId, later.channelMessageId]);
    expect(rows.map((row) => row.text)).toEqual(['một', 'hai', 'ba']);
    expect(rows.map((row) => row.id)).toEqual(ids.slice(0, 3));
    const lan = await database.db.select().from(contacts).where(eq(contacts.address, 'rm-lan'));
    expect(lan).toHaveLength(1);
    expect(lan[0]?.displayName).toBe('Lan Nguyễn');
    expect(rows[0]?.contactId).toBe(lan[0]?.id);
    expect(rows[2]?.contactId).toBe(lan[0]?.id);

    // Resent later: every copy is a duplicate and nothing more is stored.
    const again = await receiveMessages(database.db, [{ ...other }, { ...later }]);
    expect(again).toEqual([
      { duplicate: true, messageId: null },
      { duplicate: true, messageId: null },
    ]);
    expect(await storedOf([other.channelMessageId, later.channelMessageId])).toHaveLength(2);
  });

  it('keeps the same message id of two channels apart', async () => {
    const telegram = message('rm-two', 'telegram');
    const web: InboundMessage = { ...telegram, channel: 'web', content: { type: 'text' as const, text: 'web' } };
    const results = await receiveMessages(database.db, [telegram, web]);
    expect(results.map((result) => result.duplicate)).toEqual([false, false]);
    expect(results[0]?.messageId).not.toBe(results[1]?.messageId);
    const rows = await storedOf([telegram.channelMessageId]);
    expect(rows.map((row) => `${row.channel}:${row.text}`).sort()).toEqual(['telegram:telegram', 'web:web']);
  });
});

describe('the receive queue (group commit)', () => {
  it('stores messages arriving together in arrival order, each caller told its own outcome', async () => {
    // One statement at a time: the first message goes alone, the 64 that arrive meanwhile go in together.
    const queue = createReceiveQueue(database.db, { statements: 1 });
    const people = ['rm-q1', 'rm-q2', 'rm-q3'];
    const given = Array.from({ length: 60 }, (_, index) => message(people[index % 3] ?? 'rm-q1', `q${index}`));
    const copies = given.slice(0, 5).map((item) => ({ ...item }));
    const results = await Promise.all([...given, ...copies].map((item) => queue.receive(item)));
    expect(results.slice(0, 60).every((result) => !result.duplicate && result.messageId !== null)).toBe(true);
    expect(results.slice(60).every((result) => result.duplicate && result.messageId === null)).toBe(true);
    const rows = await storedOf(given.map((item) => item.channelMessageId));
    expect(rows.map((row) => row.text)).toEqual(given.map((item) => item.content.type === 'text' && item.content.text));
    expect(rows.map((row) => row.id)).toEqual(results.slice(0, 60).map((result) => result.messageId));
  });

  it('with statements running at once, stores every message exactly once', async () => {
    const queue = createReceiveQueue(database.db, { statements: 3, largest: 7 });
    const given = Array.from({ length: 50 }, (_, index) => message(`rm-s${index % 4}`, `s${index}`));
    const copies = given.filter((_, index) => index % 5 === 0).map((item) => ({ ...item }));
    const all = [...given, ...copies];
    const results = await Promise.all(all.map((item) => queue.receive(item)));
    const rows = await storedOf(given.map((item) => item.channelMessageId));
    expect(rows).toHaveLength(50);
    for (const row of rows) {
      // Of a message and its copy, exactly one caller was told it stored the row.
      const told = all.flatMap((item, index) =>
        item.channelMessageId === row.channelMessageId && !results[index]?.duplicate ? [results[index]?.messageId] : [],
      );
      expect(told).toEqual([row.id]);
    }
  });

  it('stores the rest of a group when one message cannot be stored, and fails only that one', async () => {
    const queue = createReceiveQueue(database.db, { statements: 1 });
    const blocker = queue.receive(message('rm-b', 'first, alone'));
    // 'x' is no timestamp PostgreSQL can read: the group's statement fails, then each is stored alone.
    const broken = message('rm-b', 'broken', { sentAt: { toISOString: () => 'x' } as unknown as Date });
    const good = [message('rm-b', 'good 1'), message('rm-c', 'good 2')] as const;
    const outcomes = await Promise.allSettled([
      blocker,
      queue.receive(good[0]),
      queue.receive(broken),
      queue.receive(good[1]),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const rows = await storedOf([...good, broken].map((item) => item.channelMessageId));
    expect(rows.map((row) => row.text)).toEqual(['good 1', 'good 2']);
  });

  it('one message alone is stored as receiveMessage stores it', async () => {
    const alone = message('rm-alone', 'một mình');
    const stored = await receiveMessage(database.db, alone);
    expect(stored.duplicate).toBe(false);
    expect((await receiveMessage(database.db, { ...alone })).duplicate).toBe(true);
  });
});
