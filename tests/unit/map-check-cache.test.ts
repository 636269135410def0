/** The content check's maps are drawn once per input: the outcome is kept, errors included. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/root.ts';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'karten-cache-'));
process.env.MAP_CHECK_CACHE_DIR = cacheDir;
const { mapProblems } = await import('../../src/lib/check/maps.ts');

test('a map problem is reported from the cache as it was when drawn, and a good map leaves no problem', () => {
  const city = readdirSync(path.join(ROOT, 'content/staedte')).find((f) => f.endsWith('.mdx'))!;
  const good = readFileSync(path.join(ROOT, 'content/staedte', city), 'utf8');
  // The city moved onto Düren: its locator cannot show two points on top of each other.
  const bad = good.replace(/^(\s+breite: ).+$/m, '$150.8').replace(/^(\s+laenge: ).+$/m, '$16.48');
  assert.notEqual(bad, good);
  const file = `content/staedte/${city}`;
  try {
    assert.deepEqual(mapProblems([{ file, text: good }]), []);
    const first = mapProblems([{ file, text: bad }]);
    assert.equal(first.length, 1);
    assert.match(first[0]!.message, /übereinander/);
    const cached = readdirSync(cacheDir).length;
    assert.ok(cached >= 2, 'outcomes kept');
    assert.deepEqual(mapProblems([{ file, text: bad }]), first, 'the same report from the cache');
    assert.equal(readdirSync(cacheDir).length, cached, 'nothing drawn again');
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
