import { describe, expect, it } from 'vitest';
import { loadTrackerFixture } from '../helpers/tracker-fixture.ts';

describe('published answers', () => {
  it('a staff answer saved to the knowledge base is answered by the bot at once', async () => {
    const { answerer } = await loadTrackerFixture();
    const question = 'Cửa hàng bán lẻ xăng dầu có phải niêm yết giá bán trên cột bơm không';
    const before = answerer.ask(question);
    answerer.publish({
      id: '6f0c2d0e-1111-4c5e-9a7b-000000000001',
      question: 'Cửa hàng xăng dầu có phải niêm yết giá bán lẻ trên cột bơm không?',
      answer: 'Có. Thương nhân bán lẻ xăng dầu phải niêm yết giá bán lẻ tại cột bơm, rõ ràng, dễ đọc.',
      agencyId: 'so-cong-thuong',
      procedureRef: null,
    });
    const after = answerer.ask(question);
    expect(after.decision).toBe('answer');
    expect(after.kind).toBe('answer');
    expect(after.id).toBe('6f0c2d0e-1111-4c5e-9a7b-000000000001');
    expect(after.text).toContain('niêm yết giá bán lẻ tại cột bơm');
    expect(before.id).not.toBe(after.id);
    // Procedures still answer as before.
    expect(answerer.ask('thủ tục cấp giấy phép lao động cho người nước ngoài cần giấy tờ gì').ref).toBe('P01');
    expect(answerer.show('6f0c2d0e-1111-4c5e-9a7b-000000000001')?.kind).toBe('answer');
  });
});
