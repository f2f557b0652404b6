import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The tracker is the only writer of requests and their events: every change goes through its
// commands, which check the state they expect and emit the events the voice and the staff
// notifier act on. A write anywhere else would skip both.
const root = path.resolve(import.meta.dirname, '../..');
const WRITE = /\.(insert|update|delete)\(\s*(requests|requestEvents)\s*\)/;

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe('one writer of requests', () => {
  const files = [...sources('src'), ...sources('bots')];

  it('no module outside src/tracker/ inserts, updates or deletes requests or their events', () => {
    const writers = files.filter(
      (file) =>
        !file.startsWith(`src${path.sep}tracker${path.sep}`) && WRITE.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(writers).toEqual([]);
  });

  it('the check sees the tracker writing (it is not vacuous)', () => {
    const tracker = files.filter((file) => file.startsWith(`src${path.sep}tracker${path.sep}`));
    expect(tracker.filter((file) => WRITE.test(readFileSync(path.join(root, file), 'utf8'))).length).toBeGreaterThan(3);
  });
});
