/**
 * The fixture site for code tests: a copy of the project in `.build-fixture/`
 * whose content/ is the frozen fixture tree tests/fixtures/content, built once
 * and kept until the sources or the fixture change. Code tests read it through
 * TEST_ROOT=.build-fixture (tests/support/root.ts) and may name its cities,
 * queries and texts; tests over the live content never do.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
export const FIXTURE_ROOT = path.join(ROOT, '.build-fixture');
export const FIXTURE_CONTENT = path.join(ROOT, 'tests/fixtures/content');

/** What the copy holds besides content/ (what the build reads). */
const COPIED = ['src', 'scripts', 'public', 'deploy', 'docs', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

function filesOf(p: string): string[] {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A fingerprint of everything the fixture build depends on: sources, fixture content, Node's version. */
function fingerprint(): string {
  const h = createHash('sha256').update(process.version);
  for (const p of [...COPIED.map((c) => path.join(ROOT, c)), FIXTURE_CONTENT]) {
    for (const f of filesOf(p)) h.update(path.relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

/**
 * Brings .build-fixture/ up to date with the sources and the fixture content
 * (cheap: copies a few hundred files). Returns the fingerprint.
 */
export function prepareFixture(): string {
  const key = fingerprint();
  const stamp = path.join(FIXTURE_ROOT, '.quelle');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return key;
  mkdirSync(FIXTURE_ROOT, { recursive: true });
  for (const entry of [...COPIED, 'content']) rmSync(path.join(FIXTURE_ROOT, entry), { recursive: true, force: true });
  for (const entry of COPIED) {
    if (existsSync(path.join(ROOT, entry))) cpSync(path.join(ROOT, entry), path.join(FIXTURE_ROOT, entry), { recursive: true });
  }
  cpSync(FIXTURE_CONTENT, path.join(FIXTURE_ROOT, 'content'), { recursive: true });
  if (!existsSync(path.join(FIXTURE_ROOT, 'node_modules'))) symlinkSync(path.join(ROOT, 'node_modules'), path.join(FIXTURE_ROOT, 'node_modules'), 'dir');
  writeFileSync(stamp, key);
  return key;
}

/**
 * The fixture site built: builds .build-fixture/dist unless it was built from
 * the same fingerprint already. Throws with the build's output on failure.
 */
export function buildFixture(): { dist: string; built: boolean } {
  const key = prepareFixture();
  const dist = path.join(FIXTURE_ROOT, 'dist');
  const stamp = path.join(FIXTURE_ROOT, '.gebaut');
  if (existsSync(dist) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return { dist, built: false };
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: FIXTURE_ROOT,
    encoding: 'utf8',
    env: { ...process.env, SITE_DIST: 'dist', ASTRO_CACHE_DIR: path.join(FIXTURE_ROOT, '.astro-cache') },
  });
  if (r.status !== 0) throw new Error(`Build der Test-Inhalte (tests/fixtures/content) fehlgeschlagen:\n${r.stdout}\n${r.stderr}`);
  writeFileSync(stamp, key);
  return { dist, built: true };
}
