/**
 * `npm run bench`: what the search costs a visitor, measured in Chromium
 * against the built site (it builds nothing: run `npm run build` first;
 * SITE_DIST=dist-x measures another build).
 *
 * 1. Bytes of a page view: every response, gzip-compressed with zlib (as a web
 *    server would send it; the local test server does not compress).
 * 2. Bytes the first search adds on suche/: from focusing the field until the
 *    results are on the page.
 * 3. Time from the last keystroke to the results on the page: the first search
 *    in a fresh browser (loads Pagefind) and later searches, median of several.
 *    Includes the search page's typing pause (TYPING_PAUSE in src/lib/search.ts).
 * Not a test: the figures depend on the machine.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { serve } from '../tests/support/site.ts';
import { launch } from '../tests/support/browser.ts';
import { TYPING_PAUSE } from '../src/lib/search.ts';

// More pages to measure as arguments: `npm run bench -- termine/ termine/archiv/`.
const PAGES = ['', 'stryj/', 'jinhua/', 'karadeniz-eregli/', 'aktuelles/kooperation-kreis-dueren-staedteregion-jinhua/', 'vorwort/', 'chronik/', 'begegnungen/', 'daten/', 'suche/', ...process.argv.slice(2)];
const QUERIES = ['Stryj', 'Lemberg', 'Altmuenster', 'Erdbeeren', 'Partnerschule', 'Kooperation', 'Gradacac', 'Herakleia', '金华'];
const RUNS = 7;

interface Transfer {
  requests: number;
  raw: number;
  gzip: number;
}

/** Records every response of `tab` until `stop()`; the sizes are what a gzip-ing server would send. */
function record(tab: Page): { stop: () => Promise<Transfer> } {
  const pending: Promise<[number, number]>[] = [];
  const onResponse = (r: Response) =>
    pending.push(
      r.body().then(
        (body) => [body.length, Math.min(body.length, gzipSync(body).length)],
        () => [0, 0],
      ),
    );
  tab.on('response', onResponse);
  return {
    async stop() {
      tab.off('response', onResponse);
      const sizes = await Promise.all(pending);
      return {
        requests: sizes.length,
        raw: sizes.reduce((sum, [raw]) => sum + raw, 0),
        gzip: sizes.reduce((sum, [, gzip]) => sum + gzip, 0),
      };
    },
  };
}

/** Types `query` into the search page's field; resolves with ms from the last keystroke to its results. */
async function typeAndTime(tab: Page, query: string): Promise<number> {
  const field = tab.getByRole('search', { name: 'Suche', exact: true }).getByRole('searchbox');
  await field.fill('');
  await tab.evaluate((q) => {
    const root = document.querySelector('[data-search]')!;
    const status = root.querySelector('[role="status"]')!;
    let last = 0;
    root.addEventListener('input', () => (last = performance.now()), { capture: true }); // every keystroke, also IME input (金华)
    (window as unknown as { timing: Promise<number> }).timing = new Promise((resolve) => {
      const seen = new MutationObserver(() => {
        if (status.textContent?.includes(`„${q}“`)) {
          seen.disconnect();
          resolve(performance.now() - last);
        }
      });
      seen.observe(status, { childList: true, characterData: true, subtree: true });
    });
  }, query);
  await field.focus();
  await tab.keyboard.type(query);
  return tab.evaluate(() => (window as unknown as { timing: Promise<number> }).timing);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table = (head: string[], rows: (string | number)[][]) => {
  const cells = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log([line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n'));
};

const site = await serve();
const browser = await launch();
const fresh = async (): Promise<[BrowserContext, Page]> => {
  const context = await browser.newContext();
  return [context, await context.newPage()];
};

try {
  console.log(`Seitenaufruf (leerer Cache), gzip wie vom Server ausgeliefert\n`);
  const views: (string | number)[][] = [];
  for (const p of PAGES) {
    const [context, tab] = await fresh();
    const rec = record(tab);
    await tab.goto(site.url(p), { waitUntil: 'networkidle' });
    const t = await rec.stop();
    views.push([`/partnerstaedte/${p}`, t.requests, kb(t.raw), kb(t.gzip)]);
    await context.close();
  }
  table(['Seite', 'Anfragen', 'roh', 'gzip'], views);

  const firstBytes: Transfer[] = [];
  const firstTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [context, tab] = await fresh();
    await tab.goto(site.url('suche/'), { waitUntil: 'networkidle' });
    const rec = record(tab);
    firstTimes.push(await typeAndTime(tab, QUERIES[0]!));
    firstBytes.push(await rec.stop());
    await context.close();
  }
  const [context, tab] = await fresh();
  await tab.goto(site.url('suche/'), { waitUntil: 'networkidle' });
  await typeAndTime(tab, QUERIES[0]!);
  const laterTimes: number[] = [];
  for (const q of QUERIES.slice(1)) laterTimes.push(await typeAndTime(tab, q));
  await context.close();

  const fb = firstBytes[0]!;
  console.log(`\nErste Suche auf /partnerstaedte/suche/ („${QUERIES[0]}“): was sie zusätzlich lädt\n`);
  table(['', 'Anfragen', 'roh', 'gzip'], [['erste Suche', fb.requests, kb(fb.raw), kb(fb.gzip)]]);
  console.log(`\nZeit vom letzten Tastendruck bis zu den Treffern (Median; enthält ${TYPING_PAUSE} ms Tipp-Pause)\n`);
  table(
    ['', 'Läufe', 'Median', 'min', 'max'],
    [
      ['erste Suche (lädt Pagefind)', firstTimes.length, `${median(firstTimes).toFixed(0)} ms`, `${Math.min(...firstTimes).toFixed(0)} ms`, `${Math.max(...firstTimes).toFixed(0)} ms`],
      ['weitere Suchen', laterTimes.length, `${median(laterTimes).toFixed(0)} ms`, `${Math.min(...laterTimes).toFixed(0)} ms`, `${Math.max(...laterTimes).toFixed(0)} ms`],
    ],
  );
} finally {
  await browser.close();
  await site.close();
}
