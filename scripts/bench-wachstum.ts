/**
 * `npm run bench:wachstum -- 500 [--staedte 33]`: does the site stay fast when
 * it grows? Builds, in one run and on this machine:
 *
 * 1. a copy of the project as it is (the plain site), cold and warm;
 * 2. a copy with N generated news items (texts from the project's content,
 *    tests/support/growth.ts) and optionally M more partner cities, cold and
 *    warm. Cold: an empty share-image cache; warm: a rebuild with nothing
 *    changed.
 *
 * Prints build wall and CPU seconds, the cost per extra page, ms of CPU per
 * share image (drawn now with the old and the current encoder, and from the
 * cache), dist/ size, the heaviest first view (HTML + favicon, gzip), and the
 * requests and bytes of a first search for a common word on the grown site
 * (the real search page in Chromium). Not a test: the figures depend on the
 * machine; compare the columns of one run.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { copyProject } from '../tests/support/fixture.ts';
import { addCities, addNews } from '../tests/support/growth.ts';
import { launch } from '../tests/support/browser.ts';
import { cachedOgImage, ogSvg, renderOgImage, type OgInput } from '../src/lib/og.ts';

const args = process.argv.slice(2);
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 500);
const cityArg = args.indexOf('--staedte');
const M = cityArg >= 0 ? Number(args[cityArg + 1]) : 0;
const QUERY = 'Partnerstadt';
const GROWN = `+${N}${M ? ` +${M} Städte` : ''}`;

/** CPU seconds of all finished child processes of this process (Linux: /proc/self/stat cutime + cstime). */
function childCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ": field 3 is index 0, so cutime (16) and cstime (17) are indices 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface Build {
  wall: number;
  cpu: number;
}

function build(dir: string): Build {
  const cpu0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_DIST: 'dist',
      ASTRO_CACHE_DIR: path.join(dir, '.astro-cache'),
      OG_CACHE_DIR: path.join(dir, '.og-cache'),
      SEARCH_CACHE_DIR: path.join(dir, '.search-cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`Build in ${dir} fehlgeschlagen:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  return { wall: (performance.now() - t0) / 1000, cpu: childCpu() - cpu0 };
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
const bytes = (dir: string) => files(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
// Public pages only: the browser editor in admin/ is not a page of the site (and has no budget).
const pagesOf = (dist: string) => files(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind') && !f.startsWith('admin'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const s = (n: number) => `${n.toFixed(1)} s`;

/** The heaviest first view: an HTML page (CSS is inlined) and the favicon, gzip-compressed as a server sends them. */
function heaviestView(dist: string): { page: string; gzip: number } {
  const favicon = gzipSync(readFileSync(path.join(dist, 'favicon.svg'))).length;
  let worst = { page: '', gzip: 0 };
  for (const f of pagesOf(dist)) {
    const html = readFileSync(path.join(dist, f));
    // Stylesheets and scripts a page would load at once (none today: CSS is inlined, the search script is small).
    const linked = [...html.toString().matchAll(/<(?:link rel="stylesheet" href|script type="module" src)="\/partnerstaedte\/([^"]+)"/g)]
      .map((m) => gzipSync(readFileSync(path.join(dist, m[1]!))).length)
      .reduce((a, b) => a + b, 0);
    const gzip = gzipSync(html).length + linked + favicon;
    if (gzip > worst.gzip) worst = { page: `/partnerstaedte/${f.replace(/index\.html$/, '')}`, gzip };
  }
  return worst;
}

/** Share images: CPU ms per image drawn with the old encoder (zlib 9, effort 7), the current one, and from the cache. */
async function ogCost(dist: string, cacheDir: string): Promise<{ before: number; now: number; cached: number; count: number }> {
  const inputs: OgInput[] = Array.from({ length: 24 }, (_, i) => ({
    title: `Meldung ${i}: Kooperation zwischen Städteregion Jinhua und Kreis Düren`,
    label: 'Partnerstädte der Stadt Düren',
    subtitle: `Aktuelles · ${i + 1}.\u00a0März\u00a02023 · Kreis Düren`,
    footer: 'www.dueren.de/partnerstaedte',
  }));
  const cpu = async (fn: (input: OgInput) => Promise<unknown>) => {
    const c0 = process.cpuUsage();
    for (const input of inputs) await fn(input);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000 / inputs.length;
  };
  await renderOgImage(inputs[0]!); // fonts loaded once
  const before = await cpu((input) =>
    sharp(Buffer.from(ogSvg(input)), { density: 72 }).png({ compressionLevel: 9, palette: true, colours: 64 }).toBuffer(),
  );
  const now = await cpu(renderOgImage);
  for (const input of inputs) await cachedOgImage(input, cacheDir);
  const cached = await cpu((input) => cachedOgImage(input, cacheDir));
  return { before, now, cached, count: files(path.join(dist, 'og')).length };
}

/** Requests to pagefind/ and their bytes (gzip) from typing a word on the search page until its first results show. */
async function firstSearch(dist: string): Promise<{ requests: number; gzip: number; results: number; total: string }> {
  const { serve } = await import('../tests/support/site.ts');
  const site = await serve(dist);
  const browser = await launch();
  try {
    const tab = await (await browser.newContext()).newPage();
    await tab.goto(site.url('suche/'), { waitUntil: 'networkidle' });
    const sizes: Promise<number>[] = [];
    tab.on('response', (r) => {
      if (new URL(r.url()).pathname.includes('/pagefind/')) sizes.push(r.body().then((b) => gzipSync(b).length, () => 0));
    });
    const field = tab.getByRole('search', { name: 'Suche', exact: true }).getByRole('searchbox');
    await field.focus();
    await field.pressSequentially(QUERY);
    await tab.waitForFunction((q) => document.querySelector('[data-search] [role="status"]')?.textContent?.includes(`„${q}“`), QUERY);
    const results = await tab.locator('[data-search] ol > li').count();
    const total = (await tab.locator('[data-search] [role="status"]').textContent()) ?? '';
    const all = await Promise.all(sizes);
    return { requests: all.length, gzip: all.reduce((a, b) => a + b, 0), results, total };
  } finally {
    await browser.close();
    await site.close();
  }
}

function table(head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log([line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n'));
}

const plain = copyProject('bench-plain');
const grown = copyProject('bench-wachstum');
try {
  addNews(grown.dir, N);
  if (M) addCities(grown.dir, M);
  console.log(`Wachstum: ${N} erzeugte Meldungen${M ? ` und ${M} weitere Partnerstädte` : ''}; je ein kalter und ein warmer Build.\n`);
  // Alternating, so that a change in the machine's load hits both sites alike.
  const plainCold = build(plain.dir);
  const grownCold = build(grown.dir);
  const plainWarm = build(plain.dir);
  const grownWarm = build(grown.dir);
  const [plainDist, grownDist] = [path.join(plain.dir, 'dist'), path.join(grown.dir, 'dist')];
  const [plainPages, grownPages] = [pagesOf(plainDist).length, pagesOf(grownDist).length];
  const extra = grownPages - plainPages;
  const perPage = (a: Build, b: Build) => `${(((b.wall - a.wall) / extra) * 1000).toFixed(0)} ms`;

  // Wall time is what a person waits; CPU time is steadier when other work shares the machine.
  const factor = (b: Build, base: Build, goal: number) =>
    [`${(b.wall / base.wall).toFixed(1)}×`, `${(b.cpu / base.cpu).toFixed(1)}×`, `≤ ${goal}×`];
  table(
    ['Build', 'Seiten', 'Wand', 'CPU', 'Faktor Wand', 'Faktor CPU', 'Ziel', 'je Zusatzseite (Wand)'],
    [
      ['ohne Zuwachs, kalt', plainPages, s(plainCold.wall), s(plainCold.cpu), '1.0×', '1.0×', '', ''],
      ['ohne Zuwachs, warm', plainPages, s(plainWarm.wall), s(plainWarm.cpu), '1.0×', '1.0×', '', ''],
      [`${GROWN}, kalt`, grownPages, s(grownCold.wall), s(grownCold.cpu), ...factor(grownCold, plainCold, 3), perPage(plainCold, grownCold)],
      [`${GROWN}, warm`, grownPages, s(grownWarm.wall), s(grownWarm.cpu), ...factor(grownWarm, plainWarm, 1.5), perPage(plainWarm, grownWarm)],
    ],
  );

  const og = await ogCost(grownDist, path.join(grown.dir, '.og-cache'));
  console.log(`\nVorschaubilder (${og.count} im Build), CPU je Bild\n`);
  table(
    ['', 'ms je Bild'],
    [
      ['vorher: 64 Farben, effort 7, zlib 9', og.before.toFixed(1)],
      ['jetzt: 16 Farben ohne Dithering, effort 1, zlib 6', og.now.toFixed(1)],
      ['aus dem Cache (Hash der Eingaben + Datei lesen)', og.cached.toFixed(2)],
    ],
  );

  console.log('\nGröße\n');
  const [pv, gv] = [heaviestView(plainDist), heaviestView(grownDist)];
  table(
    ['', 'dist/', 'dist/og/', 'schwerster erster Aufruf (gzip)', 'Seite'],
    [
      ['ohne Zuwachs', mb(bytes(plainDist)), mb(bytes(path.join(plainDist, 'og'))), kb(pv.gzip), pv.page],
      [GROWN, mb(bytes(grownDist)), mb(bytes(path.join(grownDist, 'og'))), kb(gv.gzip), gv.page],
    ],
  );

  const search = await firstSearch(grownDist);
  console.log(`\nErste Suche nach „${QUERY}“ auf der gewachsenen Website (Chromium, bis die ersten Treffer stehen)\n`);
  table(
    ['Anfragen an pagefind/', 'gzip', 'Treffer angezeigt', 'Statuszeile'],
    [[`${search.requests} (Ziel ≤ 15)`, kb(search.gzip), search.results, search.total]],
  );
} finally {
  plain.remove();
  grown.remove();
}
if (!existsSync('/proc/self/stat')) console.warn('(CPU-Zeiten brauchen Linux: /proc/self/stat)');
