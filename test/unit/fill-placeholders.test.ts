import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/inbox/macros/fill-placeholders.ts';

const values = {
  caseNumber: 'HD-2611-42',
  deadline: '09:00 27/11/2026',
  name: 'Trần Thị B',
  procedureCard: 'P16 · Cấp Giấy phép bán lẻ rượu',
};

describe('fillPlaceholders', () => {
  it('fills each placeholder by its English or Vietnamese name, any case, with or without accents', () => {
    expect(fillPlaceholders('Kính gửi {tên}, hồ sơ {số hồ sơ} trả lời trước {hạn}.', values)).toBe(
      'Kính gửi Trần Thị B, hồ sơ HD-2611-42 trả lời trước 09:00 27/11/2026.',
    );
    expect(fillPlaceholders('Dear {Name}: {case_number}, by {DEADLINE}. {procedure card}', values)).toBe(
      'Dear Trần Thị B: HD-2611-42, by 09:00 27/11/2026. P16 · Cấp Giấy phép bán lẻ rượu',
    );
    expect(fillPlaceholders('{so ho so} {ten} {thu_tuc}', values)).toBe(
      'HD-2611-42 Trần Thị B P16 · Cấp Giấy phép bán lẻ rượu',
    );
  });

  it('leaves braces that name no placeholder as written, and never fills twice', () => {
    expect(fillPlaceholders('{không phải} {} {name', values)).toBe('{không phải} {} {name');
    expect(fillPlaceholders('{name}', { ...values, name: '{case number}' })).toBe('{case number}');
  });
});
