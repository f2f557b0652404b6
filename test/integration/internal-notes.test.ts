import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { MemoryStore } from 'express-rate-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledge, type Answerer } from '../../src/kb/index.ts';
import { createPublicPages } from '../../src/public/create-public-pages.ts';
import { listenOnLoopback } from '../helpers/listen.ts';

// Editors' notes (internal_notes) hold research and what is still to check: a citizen must never
// read them, on a page or in a bot answer. A marker put in a procedure's and a document's notes
// must appear nowhere the public can reach.
const MARKER = 'GHICHUNOIBO7731';

let folder = '';
let answerer: Answerer;
let base = '';
let close: () => Promise<void> = async () => {};

async function addMarker(file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const marked = text.replace(
    /^internal_notes: \|\n/m,
    `internal_notes: |\n  ${MARKER} mã mới có thể là 1.014748 nhưng chỉ thấy trong một script.\n`,
  );
  expect(marked).not.toBe(text);
  await writeFile(file, marked);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'hoidap-notes-'));
  await cp('content', folder, { recursive: true });
  await addMarker(join(folder, 'procedures/P16-cap-giay-phep-ban-le-ruou.md'));
  await addMarker(join(folder, 'documents/nd-105-2017.md'));
  answerer = await openKnowledge(folder, { baseUrl: 'http://localhost' });
  const app = express();
  const server = createServer(app);
  base = await listenOnLoopback(server);
  app.use(
    createPublicPages({
      answerer,
      baseUrl: base,
      publishedAnswers: async () => [],
      monthlyFigures: async () => [],
      firstMonth: async () => null,
      fileQuestion: async () => ({ caseNumber: 'HD-1', deadline: new Date() }),
      chatLinks: {},
      limitStore: () => new MemoryStore(),
    }),
  );
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close();
  await rm(folder, { recursive: true, force: true });
});

describe('editors’ notes', () => {
  it('are loaded with the content (so the marker is really there)', () => {
    expect(answerer.kb.procedures.find((p) => p.ref === 'P16')?.internal_notes).toContain(MARKER);
    expect(answerer.kb.documents.find((d) => d.id === 'nd-105-2017')?.internal_notes).toContain(MARKER);
  });

  it('appear on no public page, in Vietnamese or English', async () => {
    for (const path of [
      '/thu-tuc/cap-giay-phep-ban-le-ruou',
      '/thu-tuc/cap-giay-phep-ban-le-ruou?lang=en',
      '/thu-tuc/qr/ubnd-cap-xa',
      '/thu-tuc?q=ban%20le%20ruou',
      `/thu-tuc?q=${MARKER}`,
      '/van-ban/nd-105-2017',
      '/van-ban/nd-105-2017?lang=en',
      '/van-ban?trang=2',
      '/van-ban',
      '/doanh-nghiep',
      '/sitemap.xml',
    ]) {
      const page = await (await fetch(`${base}${path}`)).text();
      expect(page.replaceAll(`q=${MARKER}`, '').replaceAll(`value="${MARKER}"`, ''), path).not.toContain(MARKER);
    }
  });

  it('appear in no bot answer, and asking for them finds nothing', () => {
    for (const question of ['giấy phép bán lẻ rượu cần gì', 'phí cấp giấy phép bán lẻ rượu', 'nghị định 105/2017']) {
      for (const language of ['vi', 'en'] as const) {
        expect(JSON.stringify(answerer.ask(question, language)), question).not.toContain(MARKER);
      }
    }
    const asked = answerer.ask(`${MARKER} mã mới có thể là 1.014748 nhưng chỉ thấy trong một script`);
    expect(JSON.stringify(asked)).not.toContain(MARKER);
    expect(asked).not.toMatchObject({ decision: 'answer', ref: 'P16' });
  });
});
