/**
 * `npm run build`: checks the content first (src/lib/check), then builds the
 * site into a fresh folder and only replaces `dist/` when the whole build
 * (pages, images, search index) succeeded. A failed check or build leaves the
 * last good `dist/` in place and prints a German report naming file, line and field.
 *
 * Quiet by default: a short German summary; Astro's full log goes to `build.log`.
 * `npm run build -- --verbose` shows the full log as it runs.
 * SITE_DIST=other-folder builds elsewhere (tests use this for broken fixtures).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeBuildError } from '../src/lib/build-errors.ts';
import { pruneOgCache } from '../src/lib/og.ts';
import { formatReport } from '../src/lib/check/index.ts';
import { checkProject, readContent } from '../src/lib/check/node.ts';

const started = performance.now();
const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const dist = path.resolve(root, process.env.SITE_DIST ?? 'dist');
const staging = `${dist}.neu-${process.pid}`;
const old = `${dist}.alt-${process.pid}`;
const logFile = path.join(root, 'build.log');
const verbose = process.argv.includes('--verbose');
const astroArgs = process.argv.slice(2).filter((a) => a !== '--verbose');
const kept = () => (existsSync(dist) ? `Die zuletzt erfolgreich gebaute Fassung in ${path.relative(root, dist)}/ bleibt unverändert.` : '');

// 1. The content check, before Astro runs.
const content = readContent(root);
// checkProject: every file's own check (as checkContent) plus what needs all cities at once (the maps).
const problems = checkProject(root);
const errors = problems.filter((p) => p.severity === 'fehler');
const warnings = problems.filter((p) => p.severity === 'warnung');
if (errors.length > 0) {
  console.error(`✖ Der Build ist fehlgeschlagen.\n\n${formatReport(errors)}\n${kept()}`);
  process.exit(1);
}

// 2. Astro. `--force` clears Astro's content cache, which does not notice changes
// to the schema modules; every build checks every entry from the files.
const log = createWriteStream(logFile);
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', '--force', '--outDir', staging, ...astroArgs], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'pipe'],
});
// stdout and stderr kept apart: Astro prints progress lines in pieces (four pages at a time),
// and an error line on stderr would otherwise land in the middle of one.
const streams = { out: '', err: '' };
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk: Buffer) => {
    if (verbose) (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
    log.write(chunk);
    streams[stream === child.stdout ? 'out' : 'err'] += chunk.toString();
  });
}
const status: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
const output = `${streams.out}\n${streams.err}`;
await new Promise((resolve) => log.end(resolve));
const logName = path.relative(root, logFile);

if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  const summary = summarizeBuildError(output, root, content.files);
  console.error(`✖ Der Build ist fehlgeschlagen.\n${summary}\n${kept()}\nDas vollständige Protokoll steht in ${logName}.`);
  process.exit(status);
}

if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
// Share images no build has used for a week (old titles, deleted pages) leave the cache.
pruneOgCache(new Date(Date.now() - 7 * 24 * 3600 * 1000));

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length;
const seconds = ((performance.now() - started) / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
// Warnings Astro still prints (the known harmless ones are silenced in astro.config.mjs).
const astroWarnings = output
  .replace(/\u001b\[[0-9;]*m/g, '')
  .split('\n')
  .filter((l) => /\[WARN\]/.test(l) && !/data store cleared \(force\)/.test(l))
  // No events or no translations yet is a normal state, not a technical problem: their loaders say nothing about it
  // (src/loaders/optional-files.ts), and a page asking for such an empty collection is no cause for a warning either.
  .filter((l) => !/The collection "(termine|uebersetzungen(Staedte|Seiten|Aktuelles|Startseite|Termine))" does not exist or is empty/.test(l));
console.log(`✔ Website gebaut: ${pages} Seiten in ${seconds} s, in ${path.relative(root, dist)}/.`);
// Outdated facts are many and expected: counted. Other warnings (e.g. a distance that does not fit the coordinates) in full.
const outdated = warnings.filter((w) => /älter als \d+ Jahre/.test(w.message));
if (outdated.length > 0) {
  console.log(`⚠ ${outdated.length} Angaben sind älter als zwei Jahre. Welche, zeigt: npm run pruefen`);
}
// Translations behind their German page: counted by file (a correct German edit makes them; the build goes on).
const staleTranslations = new Set(warnings.filter((w) => w.topic === 'stale-translation').map((w) => w.file));
if (staleTranslations.size > 0) {
  const n = staleTranslations.size;
  console.log(`⚠ ${n} ${n === 1 ? 'Übersetzung ist' : 'Übersetzungen sind'} veraltet. Welche, zeigt: npm run uebersetzung`);
}
const otherWarnings = warnings.filter((w) => !outdated.includes(w) && w.topic !== 'stale-translation');
if (otherWarnings.length > 0) console.log(formatReport(otherWarnings));
if (astroWarnings.length > 0) {
  console.log(`⚠ ${astroWarnings.length} technische Warnungen:`);
  for (const w of astroWarnings.slice(0, 10)) console.log(`  ${w.replace(/^\d\d:\d\d:\d\d /, '').slice(0, 200)}`);
}
// The editor's login settings that are missing (src/integrations/admin.ts).
const adminLogin = output.split('\n').find((l) => l.includes('Redaktion: Die Anmeldung ist nicht eingerichtet'));
if (adminLogin) console.log(`⚠ ${adminLogin.slice(adminLogin.indexOf('Redaktion: '))}`);
if (!verbose) console.log(`Das vollständige Protokoll steht in ${logName}.`);
