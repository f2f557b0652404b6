import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer, loadContent, type Answerer, type KnowledgeBase } from '../../src/kb/index.ts';

let kb: KnowledgeBase;
beforeAll(async () => {
  const loaded = await loadContent('content');
  if (!loaded.kb) throw new Error('content has problems');
  kb = loaded.kb;
});
const fresh = (): Answerer => createAnswerer(kb, { baseUrl: 'http://localhost' });

// Said in words none of the work permit's names, aliases or examples use: the bot hands it off.
const QUESTION = 'sếp mới của công ty tôi từ Berlin sang, cần loại giấy nào thì mới được nhận lương ở đây';

describe('questions staff taught the bot', () => {
  it('answer a question the bot handed off with the procedure it was taught for, at once', () => {
    const answerer = fresh();
    expect(answerer.ask(QUESTION)).toMatchObject({ decision: 'handoff', answered: false });
    answerer.learn({ id: 'taught-1', procedureRef: 'P01', text: QUESTION });
    expect(answerer.ask(QUESTION)).toMatchObject({ decision: 'answer', answered: true, ref: 'P01' });
    // Asked again in other words of the same kind, without accents.
    expect(
      answerer.ask('sep moi cua cong ty toi tu Berlin sang can loai giay nao thi moi duoc nhan luong o day vay'),
    ).toMatchObject({
      ref: 'P01',
      answered: true,
    });
  });

  it('leave unrelated questions as they were, and are forgotten when removed', () => {
    const answerer = fresh();
    const other = 'hộ kinh doanh bán rượu cần giấy phép gì';
    const before = answerer.ask(other);
    answerer.learn({ id: 'taught-1', procedureRef: 'P01', text: QUESTION });
    expect(answerer.ask(other)).toMatchObject({ decision: before.decision, ref: before.ref });
    answerer.forget('taught-1');
    expect(answerer.ask(QUESTION)).toMatchObject({ decision: 'handoff', answered: false });
  });

  it('read what the inbox masked as nothing, and skip a procedure the content does not hold', () => {
    const answerer = fresh();
    answerer.learn(
      { id: 'masked', procedureRef: 'P01', text: `Tôi là [tên], số [số điện thoại]. ${QUESTION}` },
      { id: 'unknown', procedureRef: 'P999', text: 'thủ tục cấp phép nuôi rồng trong nhà' },
    );
    expect(answerer.ask(QUESTION)).toMatchObject({ ref: 'P01', answered: true });
    expect(answerer.ask('thủ tục cấp phép nuôi rồng trong nhà').answered).toBe(false);
  });
});
