/**
 * A throw-away copy of the project (content, sources, config; node_modules
 * linked) for tests that build changed content without touching the real one.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './site.ts';

const COPY = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

export interface Fixture {
  dir: string;
  /** Path inside the copy. */
  file: (p: string) => string;
  read: (p: string) => string;
  write: (p: string, text: string) => void;
  /** Runs `npm run build`'s script in the copy; returns exit status and all output. */
  build: (dist?: string) => { status: number | null; output: string };
  remove: () => void;
}

export function makeFixture(): Fixture {
  const dir = mkdtempSync(path.join(tmpdir(), 'partnerstaedte-'));
  for (const entry of COPY) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const file = (p: string) => path.join(dir, p);
  return {
    dir,
    file,
    read: (p) => readFileSync(file(p), 'utf8'),
    write: (p, text) => writeFileSync(file(p), text),
    build: (dist = 'dist') => {
      const r = spawnSync(process.execPath, ['scripts/build.ts'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, SITE_DIST: dist, ASTRO_CACHE_DIR: path.join(dir, '.astro-cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
