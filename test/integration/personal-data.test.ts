import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts, createChatCore, messages, registerRequest } from '../../src/conversations/index.ts';
import { applyRetention, erasePersonalData } from '../../src/privacy/erase-personal-data.ts';
import { caseTags } from '../../src/inbox/tags/tag-tables.ts';
import { findPerson } from '../../src/privacy/find-person.ts';
import { ANONYMISED_SUBJECT, requests } from '../../src/tracker/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

const at = new Date('2026-11-25T02:00:00Z');
const phoneCase = async (name: string, phone: string, question: string) => {
  const { tracker } = await loadTrackerFixture();
  return registerRequest(
    database.db,
    tracker,
    {
      channel: 'phone',
      receivedAt: new Date('2024-01-10T02:00:00Z'),
      name,
      contact: phone,
      requesterType: 'citizen',
      taxCode: null,
      agencyId: 'trung-tam-phuc-vu-hcc',
      procedureRef: null,
      question,
      language: 'vi',
      actor: { kind: 'system' },
    },
    new Date('2024-01-10T02:00:00Z'),
  );
};

describe('personal data (Decree 13/2023)', () => {
  it('retention anonymises closed cases older than the setting and keeps their figures', async () => {
    const old = await phoneCase('Đỗ Văn Cũ', '0911 000 001', 'Hỏi về hồ sơ ly hôn của tôi năm ngoái');
    const recent = await phoneCase('Lê Thị Mới', '0911 000 002', 'Hỏi về giấy khai sinh cho con tôi');
    await database.db
      .update(requests)
      .set({ status: 'closed', closedAt: new Date('2024-02-01T00:00:00Z'), answerHours: 20 })
      .where(eq(requests.id, old.id));
    await database.db
      .update(requests)
      .set({ status: 'closed', closedAt: new Date('2026-11-01T00:00:00Z') })
      .where(eq(requests.id, recent.id));

    // Staff tag freely: a tag may name the person; it goes with the case's other personal data.
    const tag = (requestId: number, name: string) => ({ requestId, tag: name, addedBy: randomUUID(), addedAt: at });
    await database.db.insert(caseTags).values([tag(old.id, 'docu'), tag(recent.id, 'lethimoi')]);
    const cutoff = new Date(at.getTime() - 730 * 86_400_000);
    const done = await applyRetention(database.db, cutoff, at);
    expect((await database.db.select().from(caseTags)).map((row) => row.tag)).toEqual(['lethimoi']);
    expect(done).toMatchObject({ requests: 1, contacts: 1 });
    const [kept] = await database.db.select().from(requests).where(eq(requests.id, old.id));
    expect(kept).toMatchObject({ requesterName: null, subject: ANONYMISED_SUBJECT, status: 'closed', answerHours: 20 });
    expect(kept?.caseNumber).toBe(old.caseNumber);
    const said = await database.db.select().from(messages).where(eq(messages.requestId, old.id));
    expect(said.map((message) => message.text).join('')).toBe('');
    expect(JSON.stringify(await findPerson(database.db, '0911 000 001'))).not.toContain('Đỗ Văn Cũ');
    const [untouched] = await database.db.select().from(requests).where(eq(requests.id, recent.id));
    expect(untouched?.requesterName).toBe('Lê Thị Mới');
    expect(await applyRetention(database.db, cutoff, at)).toMatchObject({ requests: 0, contacts: 0 }); // once
  });

  it('exports one person’s data and erases it on request', async () => {
    const { answerer, tracker } = await loadTrackerFixture();
    const core = createChatCore({ db: database.db, answerer, tracker, logger: silentLogger, now: () => at });
    await core.receive({
      channel: 'telegram',
      channelMessageId: 'm:5550001:1',
      address: '5550001',
      displayName: 'Phan Thị Riêng',
      sentAt: at,
      content: { type: 'text', text: 'tôi muốn khiếu nại về việc hàng xóm xây nhà lấn sang đất nhà tôi' },
    });
    await core.drain();
    const person = await findPerson(database.db, '5550001', 'telegram');
    expect(person.contacts[0]?.displayName).toBe('Phan Thị Riêng');
    expect(person.requests).toHaveLength(1);
    expect(person.messages.map((message) => message.text).join(' ')).toContain('hàng xóm');

    const erased = await erasePersonalData(database.db, person, at, 'erasure requested by the person');
    expect(erased).toMatchObject({ contacts: 1, requests: 1 });
    expect((await findPerson(database.db, '5550001', 'telegram')).contacts).toHaveLength(0);
    const [contact] = await database.db
      .select()
      .from(contacts)
      .where(eq(contacts.id, person.contactIds[0] ?? ''));
    expect(contact?.address).toMatch(/^erased:/);
    expect(contact?.displayName).toBeNull();
    const [request] = await database.db
      .select()
      .from(requests)
      .where(eq(requests.id, person.requestIds[0] ?? 0));
    expect(request?.subject).toBe(ANONYMISED_SUBJECT);
    const left = await database.db
      .select()
      .from(messages)
      .where(eq(messages.contactId, contact?.id ?? ''));
    expect(left.every((message) => message.text === '')).toBe(true);
  });
});
