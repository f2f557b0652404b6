import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A person who clones the project has nothing beside it: no file the project runs, tests or links
// may point outside the repository. (.ci/ may: it makes a clean clone in a temporary folder.)
const root = path.resolve(import.meta.dirname, '../..');
const outside = ['..', 'shared'].join('/');
const skipped = new Set(['node_modules', '.git', '.ci', 'data', 'artifacts', 'dist']);

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (skipped.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

describe('the repository stands on its own', () => {
  it(`no file outside .ci/ names ${outside}`, () => {
    const naming = [...files(root)]
      .filter((file) => readFileSync(file, 'utf8').includes(outside))
      .map((file) => path.relative(root, file));
    expect(naming).toEqual([]);
  });

  it('the walk sees the project (the check above is not vacuous)', () => {
    const seen = [...files(root)].map((file) => path.relative(root, file));
    expect(seen).toContain('README.md');
    expect(seen).toContain(path.join('test', 'fixtures', 'telegram', 'text-message.json'));
  });
});
