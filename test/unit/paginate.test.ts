import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { askedPage, pageWindow, paginate, renderPager } from '../../src/paginate.ts';

const t = translator('vi', 'pages');
const numbers = Array.from({ length: 95 }, (_, i) => i + 1);
const links = (markup: string) =>
  [...markup.matchAll(/<a href="([^"]+)"(?: rel="(prev|next)")?>/g)].map((m) =>
    `${m[2] ?? ''} ${(m[1] ?? '').replaceAll('&amp;', '&')}`.trim(),
  );

describe('pagination', () => {
  it('reads ?trang= as a positive integer, 1 otherwise', () => {
    expect([undefined, '', 'abc', '0', '-2', '1.5', '2e3', ['3', '4'], '7'].map(askedPage)).toEqual([
      1, 1, 1, 1, 1, 1, 1, 3, 7,
    ]);
  });

  it('cuts a list into pages of 30 and shows the last page for a number past the end', () => {
    expect(paginate(numbers, '1').items).toEqual(numbers.slice(0, 30));
    const last = paginate(numbers, '4');
    expect(last.items).toEqual([91, 92, 93, 94, 95]);
    expect(last.page).toMatchObject({ number: 4, last: 4, hasNext: false, total: 95 });
    expect(paginate(numbers, '99').page.number).toBe(4);
    expect(paginate([], '3').page).toMatchObject({ number: 1, last: 1, hasNext: false });
  });

  it('asks the database for one row more than a page to know whether a next page exists', () => {
    const window = pageWindow('3');
    expect([window.offset, window.limit]).toEqual([60, 31]);
    const full = window.finish(numbers.slice(60, 91));
    expect(full.items).toHaveLength(30);
    expect(full.page).toMatchObject({ number: 3, hasNext: true, last: null });
    expect(window.finish(numbers.slice(60, 70)).page).toMatchObject({ hasNext: false, last: 3 });
  });

  it('links pages around the current one, first and last, keeping the other query parameters', () => {
    const url = new URL('http://x/van-ban?q=lao%20%C4%91%E1%BB%99ng&status=in_force&trang=2&lang=en');
    const markup = String(renderPager(url, paginate(numbers, '2').page, t));
    expect(links(markup)).toEqual([
      'prev /van-ban?q=lao+%C4%91%E1%BB%99ng&status=in_force&lang=en',
      '/van-ban?q=lao+%C4%91%E1%BB%99ng&status=in_force&lang=en',
      '/van-ban?q=lao+%C4%91%E1%BB%99ng&status=in_force&trang=3&lang=en',
      '/van-ban?q=lao+%C4%91%E1%BB%99ng&status=in_force&trang=4&lang=en',
      'next /van-ban?q=lao+%C4%91%E1%BB%99ng&status=in_force&trang=3&lang=en',
    ]);
    expect(markup).toContain('<strong aria-current="page">Trang 2</strong>');
    expect(markup).toContain('aria-label="Các trang"');
  });

  it('leaves out far pages with an ellipsis, and renders nothing for a single page', () => {
    const many = Array.from({ length: 600 }, (_, i) => i);
    const markup = String(renderPager(new URL('http://x/thu-tuc?trang=10'), paginate(many, '10').page, t));
    expect([...markup.matchAll(/>(\d+)<\/a>/g)].map((m) => Number(m[1]))).toEqual([1, 8, 9, 11, 12, 20]);
    expect(markup.match(/…/g)).toHaveLength(2);
    expect(renderPager(new URL('http://x/thu-tuc'), paginate(numbers.slice(0, 30), '1').page, t)).toBe('');
  });
});
