import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The ask CLI as evaluations run it: one process, questions on stdin, one JSON line each.
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'hoidap-ask-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

type Run = { code: number | null; stdout: string; stderr: string };

function ask(args: string[], stdin = '', env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/ask.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, CONTENT_DIR: 'content', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const KEYS = ['answered', 'decision', 'ref', 'id', 'aspect', 'score'];

describe('npm run ask', () => {
  it('with --json and no question, answers each stdin line with one JSON line, in order, empty lines too', async () => {
    const questions = [
      'xin cấp giấy phép bán lẻ rượu phí bao nhiêu',
      'Xin chào',
      'cách nấu phở bò',
      '',
      'gia han GPLD',
      'giấy phép thuốc lá',
    ];
    const run = await ask(['--json'], `${questions.join('\n')}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line): Record<string, unknown> => JSON.parse(line));
    // One line out per line in, the empty one included, so line N answers question N.
    expect(lines).toHaveLength(questions.length);
    for (const line of lines) {
      for (const key of KEYS) expect(line).toHaveProperty(key);
      expect(line.answered).toBe(line.decision === 'answer');
      expect(typeof line.score).toBe('number');
    }
    expect(lines.map((line) => [line.decision, line.ref])).toEqual([
      ['answer', 'P16'],
      ['smalltalk', null],
      ['handoff', null],
      ['empty', null],
      ['answer', 'P04'],
      ['clarify', null],
    ]);
    expect(lines[0]).toMatchObject({ answered: true, aspect: 'fees', id: expect.any(String) });
  });

  it('with --json and a question, prints one JSON object', async () => {
    const run = await ask(['--json', 'gia hạn giấy phép lao động']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ answered: true, decision: 'answer', ref: 'P04' });
  });

  it('reads its settings through the app’s config: a wrong value stops it with the same line', async () => {
    const run = await ask(['--json', 'gia hạn giấy phép lao động'], '', { PORT: 'abc' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Invalid configuration:\n {2}PORT: .*\(got "abc"\)/);
  });

  it('without --json prints the answer as the bot would, citing the procedure and its legal basis', async () => {
    const run = await ask(['xin cấp giấy phép bán lẻ rượu phí bao nhiêu']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\[answer P16, score [\d.]+\]\n/);
    expect(run.stdout).toContain('Phí, lệ phí');
    expect(run.stdout).toContain('105/2017/NĐ-CP');
  });
});
