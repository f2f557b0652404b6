import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer, type KnowledgeBase } from '../../src/kb/index.ts';
import { loadContent } from '../../src/kb/load-content.ts';
import { publishedAnswers } from '../../src/kb-store/kb-store-tables.ts';
import { watchStaffKnowledge } from '../../src/kb-store/watch-staff-knowledge.ts';
import { removeLearnedExample } from '../../src/kb-store/remove-learned-example.ts';
import { teachQuestion } from '../../src/kb-store/teach-question.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

// Two instances of the app on one database, each with its own index, as in production: an answer
// staff publish, or a question they teach, on one is answered by the other once its watcher has
// looked (every 3 s in main.ts).
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

const QUESTION = 'Chó nhà tôi cắn người qua đường thì phải đền bù như thế nào theo quy định của xã?';

describe('a published answer reaches every instance', () => {
  it('is answered by the instance where it was not published after that instance’s next look', async () => {
    const { kb } = await loadContent('content');
    if (!kb) throw new Error('content has problems');
    const a = createAnswerer(kb, { baseUrl: 'http://localhost' });
    const b = createAnswerer(kb, { baseUrl: 'http://localhost' });
    const lookA = watchStaffKnowledge(database.db, a);
    const lookB = watchStaffKnowledge(database.db, b);
    expect(await lookA()).toBe(0);
    expect(await lookB()).toBe(0);
    const before = b.ask(QUESTION);

    // Instance A publishes, as its case page does: the row, then its own index at once.
    const [row] = await database.db
      .insert(publishedAnswers)
      .values({
        question: QUESTION,
        answer: 'Người nuôi chó phải bồi thường thiệt hại theo Bộ luật Dân sự; liên hệ công an xã để lập biên bản.',
        agencyId: 'ubnd-cap-xa',
        procedureRef: null,
      })
      .returning();
    if (!row) throw new Error('not inserted');
    a.publish({ ...row });
    expect(a.ask(QUESTION).id).toBe(row.id);
    expect(b.ask(QUESTION).id).toBe(before.id); // B does not know yet

    expect(await lookB()).toBe(1);
    expect(b.ask(QUESTION)).toMatchObject({ id: row.id, answered: true });
    expect(await lookB()).toBe(0); // indexed once
    expect(await lookA()).toBe(1); // A's own watcher sees it too, and publishing is idempotent
  });
});

// Said in words none of the work permit's names or examples use: handed off until taught.
const TAUGHT = 'sếp mới của công ty tôi từ Berlin sang, cần loại giấy nào thì mới được nhận lương ở đây';

describe('a question taught from the inbox reaches every instance', () => {
  it('is answered by the other instance after its next look, and forgotten there once removed', async () => {
    const { kb } = await loadContent('content');
    if (!kb) throw new Error('content has problems');
    const instances = (content: KnowledgeBase) =>
      [0, 1].map(() => createAnswerer(content, { baseUrl: 'http://localhost' }));
    const [a, b] = instances(kb);
    if (!a || !b) throw new Error('no instances');
    const lookA = watchStaffKnowledge(database.db, a);
    const lookB = watchStaffKnowledge(database.db, b);
    await lookA();
    await lookB();
    expect(b.ask(TAUGHT).answered).toBe(false);

    // Instance A's case page: the row, then its own bot at once.
    const row = await teachQuestion(database.db, {
      procedureRef: 'P01',
      text: TAUGHT,
      language: 'vi',
      staffId: '00000000-0000-4000-8000-000000000001',
      requestId: null,
      at: new Date(),
    });
    a.learn({ id: row.id, procedureRef: row.procedureRef, text: row.text });
    expect(a.ask(TAUGHT)).toMatchObject({ answered: true, ref: 'P01' });
    expect(b.ask(TAUGHT).answered).toBe(false); // B does not know yet

    expect(await lookB()).toBe(1);
    expect(b.ask(TAUGHT)).toMatchObject({ answered: true, ref: 'P01' });
    expect(await lookB()).toBe(0); // learnt once

    expect(await removeLearnedExample(database.db, { id: row.id, staffId: row.staffId, at: new Date() })).toBe(true);
    expect(await removeLearnedExample(database.db, { id: row.id, staffId: row.staffId, at: new Date() })).toBe(false);
    expect(await lookB()).toBe(1);
    expect(b.ask(TAUGHT).answered).toBe(false);
    await lookA();
    expect(a.ask(TAUGHT).answered).toBe(false);
  });
});
