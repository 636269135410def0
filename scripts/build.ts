/**
 * `npm run build`: builds the site into a fresh folder and only replaces
 * `dist/` when the whole build (pages, images, search index) succeeded.
 * A failed build – bad content, say – leaves the last good `dist/` in place
 * and ends with a German summary that names the file and the field.
 *
 * SITE_DIST=other-folder builds elsewhere (tests use this for broken fixtures).
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeBuildError } from '../src/lib/build-errors.ts';
import { pruneOgCache } from '../src/lib/og.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const dist = path.resolve(root, process.env.SITE_DIST ?? 'dist');
const staging = `${dist}.neu-${process.pid}`;
const old = `${dist}.alt-${process.pid}`;

// Astro caches parsed frontmatter between builds and does not notice changes to
// the schema modules; start from the files, so every build checks every entry.
const cacheDir = path.resolve(root, process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
rmSync(path.join(cacheDir, 'data-store.json'), { force: true });

const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', '--outDir', staging, ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'pipe'],
});
// Kept apart: Astro prints progress lines in pieces, and an error line on stderr would land in the middle of one.
let out = '';
let err = '';
child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  out += chunk.toString();
});
child.stderr.on('data', (chunk: Buffer) => {
  process.stderr.write(chunk);
  err += chunk.toString();
});
const status: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));

if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  const summary = summarizeBuildError(`${out}\n${err}`, root);
  console.error(`\n✖ Der Build ist fehlgeschlagen.${summary ? `\n${summary}` : ' Die Meldung steht oben.'}`);
  if (existsSync(dist)) {
    console.error(`Die zuletzt erfolgreich gebaute Fassung in ${path.relative(root, dist)}/ bleibt unverändert.`);
  }
  process.exit(status);
}

if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
// Share images no build has used for a week (old titles, deleted pages) leave the cache.
pruneOgCache(new Date(Date.now() - 7 * 24 * 3600 * 1000));
console.log(`✔ Fertig: ${path.relative(root, dist)}/`);
