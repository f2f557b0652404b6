import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem, loadContent, openKnowledge } from '../../src/kb/index.ts';

describe('the real content', () => {
  it('passes every check and covers P01–P47 except P43', async () => {
    const { kb, problems } = await loadContent('content');
    expect(problems.map(formatProblem)).toEqual([]);
    const refs = new Set(kb?.procedures.map((procedure) => procedure.ref));
    for (let n = 1; n <= 47; n++) {
      const ref = `P${String(n).padStart(2, '0')}`;
      expect(refs.has(ref), ref).toBe(n !== 43);
    }
    expect(kb?.documents.length).toBeGreaterThanOrEqual(38);
    // No procedure names the abolished Sở LĐTBXH as its agency.
    expect(kb?.agencies.some((agency) => /LĐTBXH|Lao động.*Thương binh/.test(agency.name.vi))).toBe(false);
  });
});

describe('broken content', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hoidap-content-'));
    await cp('content', dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const edit = async (file: string, change: (text: string) => string) => {
    const target = path.join(dir, file);
    await writeFile(target, change(await readFile(target, 'utf8')));
  };
  const lines = async () => (await loadContent(dir)).problems.map(formatProblem);

  it('names the file, the field and what is expected for a missing or wrong field', async () => {
    await edit('procedures/P16-cap-giay-phep-ban-le-ruou.md', (text) =>
      text.replace(/^level: commune$/m, 'level: district').replace(/^result: .*$/m, ''),
    );
    expect(await lines()).toEqual([
      'procedures/P16-cap-giay-phep-ban-le-ruou.md: level: expected province, commune or ministry',
      'procedures/P16-cap-giay-phep-ban-le-ruou.md: result: Invalid input: expected string, received undefined',
    ]);
  });

  it('reports invalid YAML with its line, and refuses to return a knowledge base', async () => {
    await edit('procedures/P16-cap-giay-phep-ban-le-ruou.md', (text) => text.replace('ref: P16', 'ref: [P16'));
    const result = await loadContent(dir);
    expect(result.kb).toBeNull();
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^procedures\/P16-cap-giay-phep-ban-le-ruou\.md: line \d+: invalid YAML: .*\(expected valid YAML\)$/,
      ),
    ]);
  });

  it('checks references between files', async () => {
    await edit('procedures/P16-cap-giay-phep-ban-le-ruou.md', (text) =>
      text
        .replace('agency: ubnd-cap-xa', 'agency: so-ldtbxh')
        .replace('legal_basis: [nd-105-2017,', 'legal_basis: [nd-999-2030,'),
    );
    expect(await lines()).toEqual([
      'procedures/P16-cap-giay-phep-ban-le-ruou.md: agency: unknown agency "so-ldtbxh" (expected an id from agencies.yaml)',
      'procedures/P16-cap-giay-phep-ban-le-ruou.md: legal_basis.0: unknown document "nd-999-2030" (expected a file documents/nd-999-2030.md)',
    ]);
  });

  it('rejects a make-up working day that is not a Saturday and a file without front-matter', async () => {
    await edit('holidays/2026.yaml', (text) => text.replace('date: 2026-01-10', 'date: 2026-01-12'));
    await writeFile(path.join(dir, 'procedures/P99-empty.md'), 'no front matter here\n');
    expect(await lines()).toEqual([
      'procedures/P99-empty.md: (front-matter): missing (expected the file to start with a --- YAML block ---)',
      'holidays/2026.yaml: working_saturdays.0.date: 2026-01-12 is not a Saturday (expected a make-up working Saturday)',
    ]);
  });

  it('reads provisional lists and refuses a day listed twice, a wrong provisional value or a misnamed file', async () => {
    const { kb } = await loadContent(dir);
    expect(kb?.holidays.map((year) => [year.year, year.provisional])).toEqual([
      [2026, false],
      [2027, true],
    ]);
    await edit('holidays/2026.yaml', (text) => text.replace('date: 2026-01-10', 'date: 2026-01-02'));
    await edit('holidays/2027.yaml', (text) => text.replace('provisional: true', 'provisional: yes please'));
    await writeFile(path.join(dir, 'holidays/2028.yaml'), 'year: 2029\nsource: [https://example.org]\nholidays: []\n');
    expect(await lines()).toEqual([
      'holidays/2027.yaml: provisional: expected true or false',
      'holidays/2028.yaml: year: 2029 (expected the year of the file name)',
      'holidays/2026.yaml: working_saturdays.0.date: 2026-01-02 is not a Saturday (expected a make-up working Saturday)',
      'holidays/2026.yaml: working_saturdays.0.date: 2026-01-02 is already listed at holidays.1.date (expected each day once)',
    ]);
  });
});

describe('the index snapshot', () => {
  let cacheDir: string;
  beforeEach(async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'hoidap-cache-'));
  });
  afterEach(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  const questions = [
    'xin cấp giấy phép bán lẻ rượu phí bao nhiêu',
    'gia han GPLD',
    'giấy phép thuốc lá',
    'cách nấu phở bò',
  ];
  const open = (warnings: string[] = []) =>
    openKnowledge('content', {
      baseUrl: 'http://localhost:3000',
      cacheDir,
      onWarning: (message) => warnings.push(message),
    });
  const snapshots = async () => (await readdir(cacheDir)).filter((name) => name.startsWith('index-'));

  it('is written on the first start, keyed by the content hash, and reused with the same answers', async () => {
    const first = await open();
    const file = path.join(cacheDir, `index-${first.kb.hash}.json`);
    expect(await snapshots()).toEqual([`index-${first.kb.hash}.json`]);
    const written = (await stat(file)).mtimeMs;
    const warnings: string[] = [];
    const second = await open(warnings);
    expect(warnings).toEqual([]);
    expect((await stat(file)).mtimeMs).toBe(written);
    expect(second.index.size).toBe(first.index.size);
    for (const question of questions) expect(second.ask(question)).toEqual(first.ask(question));
  });

  it('replaces a stale snapshot of other content and rebuilds a corrupt one without failing', async () => {
    await writeFile(path.join(cacheDir, 'index-0123456789abcdef.json'), '{}');
    const built = await open();
    const file = path.join(cacheDir, `index-${built.kb.hash}.json`);
    expect(await snapshots()).toEqual([`index-${built.kb.hash}.json`]);

    const json = await readFile(file, 'utf8');
    const damaged = [
      json.slice(0, json.length / 2),
      json.replace('"format":"', '"format":"old'),
      `${json.slice(0, -12)}"damaged":1}`, // same length, in the documents part, checked before it is parsed
      '',
    ];
    for (const corrupt of damaged) {
      await writeFile(file, corrupt);
      const warnings: string[] = [];
      const rebuilt = await open(warnings);
      expect(warnings).toEqual([expect.stringContaining('unusable')]);
      for (const question of questions) expect(rebuilt.ask(question)).toEqual(built.ask(question));
      expect(await readFile(file, 'utf8')).toBe(json);
    }
    // A snapshot of another version says which, in one line.
    await writeFile(file, json.replace('"format":"', '"format":"old'));
    const warnings: string[] = [];
    await open(warnings);
    expect(warnings).toEqual([
      expect.stringMatching(/made by oldhoidap-index\/\d+ .*this version reads hoidap-index\//),
    ]);
    expect(warnings[0]).not.toContain('\n');
  });
});
