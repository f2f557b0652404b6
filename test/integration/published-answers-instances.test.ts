import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/kb/index.ts';
import { loadContent } from '../../src/kb/load-content.ts';
import { publishedAnswers } from '../../src/kb-store/kb-store-tables.ts';
import { watchPublishedAnswers } from '../../src/kb-store/watch-published-answers.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

// Two instances of the app on one database, each with its own index, as in production: an answer
// staff publish on one is answered by the other once its watcher has looked (every 3 s in main.ts).
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
    const lookA = watchPublishedAnswers(database.db, (...entries) => a.publish(...entries));
    const lookB = watchPublishedAnswers(database.db, (...entries) => b.publish(...entries));
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
