/**
 * `npm run lighthouse`: Lighthouse (mobile) scores for pages of the built
 * site, served locally under /partnerstaedte/ and audited in Debian's Chromium.
 * Not a test: Lighthouse's performance score depends on the machine.
 *
 *   npm run lighthouse                 # start page, a city, the news item, the search page
 *   npm run lighthouse -- stryj/ ""    # chosen pages
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/support/site.ts';
import { CHROMIUM } from '../tests/support/browser.ts';

const pages = process.argv.length > 2 ? process.argv.slice(2) : ['', 'stryj/', 'aktuelles/kooperation-kreis-dueren-staedteregion-jinhua/', 'suche/?q=Lemberg'];
const site = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: string[][] = [];
try {
  for (const p of pages) {
    const result = await lighthouse(site.url(p), { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile', screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false } });
    const lhr = result!.lhr;
    const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100));
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode))
      .map((a) => a.id);
    rows.push([`/partnerstaedte/${p}`, score('performance'), score('accessibility'), score('best-practices'), score('seo'), failing.join(' ') || '–']);
  }
} finally {
  chrome.kill();
  await site.close();
}
const head = ['Seite', 'Perf.', 'A11y', 'Best Pr.', 'SEO', 'nicht bestanden'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const r of [head, widths.map((w) => '-'.repeat(w)), ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
