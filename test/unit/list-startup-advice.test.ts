import { describe, expect, it } from 'vitest';
import { listStartupAdvice } from '../../src/list-startup-advice.ts';

const confirmed = (year: number) => ({ year, known: true, confirmed: true });

describe('the advice printed at start-up', () => {
  it('says once that links and QR codes point at localhost until PUBLIC_URL is set', () => {
    const advice = listStartupAdvice({
      publicUrlSet: false,
      local: 'http://localhost:3000',
      contentDir: './content',
      years: [confirmed(2026), confirmed(2027)],
    });
    expect(advice).toHaveLength(1);
    expect(advice[0]).toMatch(/^PUBLIC_URL is not set: QR codes, printed sheets and links .* http:\/\/localhost:3000/);
  });

  it('says nothing when PUBLIC_URL is set and both years are confirmed', () => {
    const advice = listStartupAdvice({
      publicUrlSet: true,
      local: 'https://hoidap.example.vn',
      contentDir: 'content',
      years: [confirmed(2026), confirmed(2027)],
    });
    expect(advice).toEqual([]);
  });

  it('names the holiday file to add and the inbox page, for a missing and a provisional year', () => {
    const advice = listStartupAdvice({
      publicUrlSet: true,
      local: 'https://hoidap.example.vn',
      contentDir: './content',
      years: [
        { year: 2027, known: true, confirmed: false },
        { year: 2028, known: false, confirmed: false },
      ],
    });
    expect(advice).toHaveLength(2);
    expect(advice[0]).toContain('Holidays 2027: the list is provisional');
    expect(advice[0]).toContain('content/holidays/2027.yaml');
    expect(advice[1]).toContain('Holidays 2028: no list yet');
    expect(advice[1]).toContain('Add content/holidays/2028.yaml');
    for (const line of advice) {
      expect(line).toContain('https://hoidap.example.vn/inbox/admin/holidays');
      // Advice, not a fault.
      expect(line).not.toMatch(/error|fail|warn/i);
    }
  });
});
