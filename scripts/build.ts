/**
 * `npm run build`: builds the site into a fresh folder and only replaces
 * `dist/` when the whole build (pages, images, search index) succeeded.
 * A failed build – bad content, say – leaves the last good `dist/` in place.
 *
 * SITE_DIST=other-folder builds elsewhere (tests use this for broken fixtures).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const dist = path.resolve(root, process.env.SITE_DIST ?? 'dist');
const staging = `${dist}.neu-${process.pid}`;
const old = `${dist}.alt-${process.pid}`;

const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nDer Build ist fehlgeschlagen (siehe Meldung oben). ${
      existsSync(dist) ? `Die zuletzt gebaute Fassung in ${path.relative(root, dist)}/ bleibt unverändert.` : ''
    }`,
  );
  process.exit(result.status ?? 1);
}

if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
console.log(`Fertig: ${path.relative(root, dist)}/`);
