/**
 * A throwaway copy of the project for tests that change content or need a
 * build of their own: the sources are copied, node_modules is linked, and the
 * build writes into the copy, so the real checkout and its dist stay untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './root.ts';

const SKIP = new Set(['node_modules', '.git', '.astro', 'screenshots', 'test-results']);

/**
 * Copies the project (without builds, caches and node_modules) into a new
 * temporary folder: by default the one the tests read (the fixture copy for
 * code tests); `from: REPO` copies the checkout with its live content/ and tests/.
 */
export function copyProject(prefix: string, from = ROOT): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `partnerstaedte-${prefix}-`));
  cpSync(from, dir, {
    recursive: true,
    filter: (src) => {
      const top = path.relative(from, src).split(path.sep)[0] ?? '';
      return !SKIP.has(top) && !/^dist($|[-.])/.test(top) && !top.startsWith('.build-');
    },
  });
  symlinkSync(path.join(from, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the project's build script in `dir`; returns exit status and all output. */
function runBuild(dir: string, dist = 'dist', env: Record<string, string> = {}): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, SITE_DIST: dist, ASTRO_CACHE_DIR: path.join(dir, '.astro-cache'), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Builds the copy with the project's build script; returns the dist folder. Throws with Astro's output on failure. */
export function buildProject(dir: string, env: Record<string, string> = {}): string {
  const result = runBuild(dir, 'dist', env);
  if (result.status !== 0) throw new Error(`Build in ${dir} failed:\n${result.output}`);
  return path.join(dir, 'dist');
}

export interface Fixture {
  dir: string;
  /** Path inside the copy. */
  file: (p: string) => string;
  read: (p: string) => string;
  write: (p: string, text: string) => void;
  /** Builds the copy; returns exit status and all output instead of throwing. */
  build: (dist?: string) => { status: number | null; output: string };
  remove: () => void;
}

export function makeFixture(prefix = 'inhalt', from = ROOT): Fixture {
  const { dir, remove } = copyProject(prefix, from);
  const file = (p: string) => path.join(dir, p);
  return {
    dir,
    file,
    read: (p) => readFileSync(file(p), 'utf8'),
    write: (p, text) => writeFileSync(file(p), text),
    build: (dist) => runBuild(dir, dist),
    remove,
  };
}
