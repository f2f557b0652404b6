import { describe, expect, it } from 'vitest';
import { officialFirst, sourceConcern, sourceKind } from '../../src/kb/index.ts';

describe('sources: official first, the doubtful ones named for editors', () => {
  it('tells the State’s own publications from the rest', () => {
    expect(
      sourceKind('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.014199'),
    ).toBe('official');
    expect(sourceKind('https://sct.dongnai.gov.vn/thu-tuc')).toBe('official');
    expect(sourceKind('https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1')).toBe('official');
    expect(sourceKind('https://congbao.chinhphu.vn/van-ban/1')).toBe('official');
    expect(sourceKind('https://thuvienphapluat.vn/van-ban/1')).toBe('secondary');
    // A look-alike host is not official.
    expect(sourceKind('https://gov.vn.example.com/x')).toBe('secondary');
  });

  it('lists official sources first, keeping each group’s order', () => {
    const listed = officialFirst([
      'https://luatvietnam.vn/a',
      'https://dichvucong.gov.vn/b',
      'https://nld.com.vn/c',
      'https://vbpl.vn/d',
    ]);
    expect(listed.map((source) => source.url)).toEqual([
      'https://dichvucong.gov.vn/b',
      'https://vbpl.vn/d',
      'https://luatvietnam.vn/a',
      'https://nld.com.vn/c',
    ]);
    expect(listed.map((source) => source.kind)).toEqual(['official', 'official', 'secondary', 'secondary']);
  });

  it('names a bare IP address or a shop’s page for review, not an official page or a legal database', () => {
    expect(sourceConcern('http://118.69.201.250:801/phap-luat/x.html')).toMatch(/bare IP/);
    expect(sourceConcern('https://ruoumoyentu.vn/nd-105-2017-nd-cp')).toMatch(/ruoumoyentu\.vn is neither official/);
    expect(sourceConcern('https://dichvucong.gov.vn/x')).toBeNull();
    expect(sourceConcern('https://thuvienphapluat.vn/x')).toBeNull();
    expect(sourceConcern('not a url')).toBe('not a valid URL');
  });
});
