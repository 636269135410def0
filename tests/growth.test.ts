/**
 * The site with a few years of news: a copy of the project with 200
 * generated news items (tests/support/growth.ts), built once. The lists are
 * paged, every page stays small, the feed holds the latest items, the search
 * loads its results a page at a time, and a changed title redraws one share
 * image only. Expectations come from the copy's content files, not from
 * numbers written here.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { makeFixture, type Fixture } from './support/fixture.ts';
import { addNews } from './support/growth.ts';
import { launch } from './support/browser.ts';
import { ROOT, htmlFiles, serve, urlOf } from './support/site.ts';
import { FEED_ITEMS, NEWS_LATEST, NEWS_PER_PAGE } from '../src/lib/pagination.ts';
import { RESULTS_PAGE } from '../src/lib/search.ts';
import { ogCacheDir } from '../src/lib/og.ts';

const ADDED = 200;
const BASE = '/partnerstaedte/';

let fixture: Fixture;
let dist: string;
/** The copy's news, newest first, as the files say. */
let news: { id: string; datum: string; titel: string; staedte: string[] }[];
let cityIds: string[];

const html = (p: string) => cheerio.load(readFileSync(path.join(dist, p, 'index.html'), 'utf8'));
const itemUrl = (id: string) => `${BASE}aktuelles/${id}/`;

before(() => {
  fixture = makeFixture('wachstum');
  addNews(fixture.dir, ADDED);
  const result = fixture.build();
  assert.equal(result.status, 0, result.output.slice(-3000));
  dist = path.join(fixture.dir, 'dist');
  const dir = fixture.file('content/aktuelles');
  news = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const fm = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, f), 'utf8'))![1]!) as { datum: string; titel: string; staedte?: string[] };
      return { id: f.slice(0, -4), datum: fm.datum, titel: fm.titel, staedte: fm.staedte ?? [] };
    })
    .sort((a, b) => b.datum.localeCompare(a.datum));
  cityIds = readdirSync(fixture.file('content/staedte')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
});
after(() => fixture?.remove());

/** Follows a list's "next" links from its first page; returns each page's path and item links. */
function walk(first: string): { path: string; items: string[]; $: cheerio.CheerioAPI }[] {
  const pages = [];
  for (let p: string | undefined = first; p; ) {
    const $ = html(p);
    const items = $('main ul.news > li h2 a, main ul.news > li h3 a').map((_, a) => $(a).attr('href')!).get();
    pages.push({ path: p, items, $ });
    const next = $('nav a[rel="next"]').attr('href');
    p = next?.slice(BASE.length);
    assert.ok(pages.length <= news.length, 'the pages end');
  }
  return pages;
}

describe(`/aktuelles/ with ${ADDED} more news items`, () => {
  it('shows every item once, newest first, ten a page', () => {
    const pages = walk('aktuelles/');
    assert.equal(pages.length, Math.ceil(news.length / NEWS_PER_PAGE));
    assert.deepEqual(pages.flatMap((p) => p.items), news.map((n) => itemUrl(n.id)));
    pages.slice(0, -1).forEach((p) => assert.equal(p.items.length, NEWS_PER_PAGE, p.path));
    assert.deepEqual(pages.map((p) => p.path), pages.map((_, i) => (i === 0 ? 'aktuelles/' : `aktuelles/${i + 1}/`)));
  });

  it('has a labelled pagination nav that marks the current page and links previous and next', () => {
    const pages = walk('aktuelles/');
    pages.forEach(({ path: p, $ }, i) => {
      const nav = $('main nav.pagination');
      assert.equal(nav.length, 1, `${p}: one pagination nav`);
      assert.ok((nav.attr('aria-label') ?? '').length > 0, `${p}: the nav has a label`);
      assert.equal(nav.find('a[aria-current="page"]').attr('href'), `${BASE}${p}`, `${p}: marks itself`);
      assert.equal(nav.find('a[rel="prev"]').attr('href'), i > 0 ? `${BASE}${pages[i - 1]!.path}` : undefined, `${p}: previous`);
      assert.equal(nav.find('a[rel="next"]').attr('href'), i < pages.length - 1 ? `${BASE}${pages[i + 1]!.path}` : undefined, `${p}: next`);
      const labels = nav.find('a').map((_, a) => $(a).text()).get().join(' | ');
      assert.equal(labels.includes('Vorherige Seite'), i > 0, `${p}: ${labels}`);
      assert.equal(labels.includes('Nächste Seite'), i < pages.length - 1, `${p}: ${labels}`);
    });
  });

  it('gives each page a title of its own', () => {
    const titles = walk('aktuelles/').map((p) => p.$('title').text());
    assert.equal(new Set(titles).size, titles.length);
  });
});

describe('each partner city', () => {
  it('shows its latest items and links to a list of all of them', () => {
    for (const city of cityIds) {
      const own = news.filter((n) => n.staedte.includes(city));
      const $ = html(city);
      const listLink = $(`main a[href="${BASE}aktuelles/${city}/"]`);
      if (own.length === 0) {
        assert.equal(listLink.length, 0, `${city}: no list without news`);
        continue;
      }
      const shown = $('main ul.news a').map((_, a) => $(a).attr('href')!).get();
      assert.deepEqual(shown, own.slice(0, NEWS_LATEST).map((n) => itemUrl(n.id)), `${city}: the latest ${NEWS_LATEST}`);
      assert.equal(listLink.length, 1, `${city}: links its list`);
      const pages = walk(`aktuelles/${city}/`);
      assert.deepEqual(pages.flatMap((p) => p.items), own.map((n) => itemUrl(n.id)), `${city}: its list has all its items`);
    }
  });
});

describe('the start page and the feed', () => {
  it('the start page shows the latest few and links to all', () => {
    const $ = html('');
    const shown = $('main ul.news a').map((_, a) => $(a).attr('href')!).get();
    assert.deepEqual(shown, news.slice(0, NEWS_LATEST).map((n) => itemUrl(n.id)));
    assert.ok($(`main a[href="${BASE}aktuelles/"]`).length > 0);
  });

  it(`the feed holds the latest ${FEED_ITEMS}`, () => {
    const $ = cheerio.load(readFileSync(path.join(dist, 'aktuelles/rss.xml'), 'utf8'), { xml: true });
    const links = $('item > link').map((_, l) => new URL($(l).text()).pathname).get();
    assert.deepEqual(links, news.slice(0, FEED_ITEMS).map((n) => itemUrl(n.id)));
  });
});

describe('size and search index', () => {
  it('keeps every page’s first view under 15 KB gzip', () => {
    const favicon = gzipSync(readFileSync(path.join(dist, 'favicon.svg'))).length;
    const heavy = htmlFiles(dist)
      .map((f) => ({ f, size: gzipSync(readFileSync(path.join(dist, f))).length + favicon }))
      .filter(({ size }) => size >= 15 * 1024);
    assert.deepEqual(heavy, []);
  });

  it('lists no single news item on the search page (its list would grow with every item)', () => {
    const $ = html('suche');
    const linked = new Set($('main a').map((_, a) => $(a).attr('href')).get());
    assert.deepEqual(news.map((n) => itemUrl(n.id)).filter((u) => linked.has(u)), []);
  });

  it('indexes a news teaser nowhere but on the item’s own page', () => {
    const items = new Set(news.map((n) => itemUrl(n.id)));
    for (const f of htmlFiles(dist)) {
      const $ = cheerio.load(readFileSync(path.join(dist, f), 'utf8'));
      const indexed = $('[data-pagefind-body] a')
        .filter((_, a) => items.has($(a).attr('href')!) && $(a).attr('href') !== urlOf(f) && $(a).closest('[data-pagefind-ignore]').length === 0)
        .map((_, a) => $(a).attr('href'))
        .get();
      assert.deepEqual(indexed, [], `${f} indexes teasers`);
    }
  });
});

describe('search on the grown site (Chromium)', () => {
  it('shows its first results after at most 15 requests, then more on request', async () => {
    const site = await serve(dist);
    const browser = await launch();
    try {
      const tab = await (await browser.newContext()).newPage();
      // The page's own clock, so "typing at a normal pace" does not depend on how busy the machine is.
      await tab.clock.install();
      await tab.goto(site.url('suche/'), { waitUntil: 'networkidle' });
      // The files asked for, so a failure says which.
      const paths: string[] = [];
      tab.on('request', (r) => {
        const p = new URL(r.url()).pathname;
        if (p.includes('/pagefind/')) paths.push(p.replace(/.*pagefind\//, ''));
      });
      const area = tab.getByRole('search', { name: 'Suche', exact: true });
      // Every text the status line (a live region) takes while someone types at a normal pace.
      await tab.evaluate(() => {
        const status = document.querySelector('[data-search] [role="status"]')!;
        const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
        new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
      });
      // 150 ms between keys on the page's clock: slower than the old 120 ms pause, well under TYPING_PAUSE.
      const box = area.getByRole('searchbox');
      for (const key of 'Partnerstadt') {
        await box.press(key);
        await tab.clock.runFor(150);
      }
      // Typing paused: from here the page's time runs on by itself.
      await tab.clock.resume();
      const status = area.getByRole('status');
      await status.filter({ hasText: '„Partnerstadt“' }).waitFor();
      const announced = (await tab.evaluate(() => (window as unknown as { seen: string[] }).seen)).filter((t) => /Treffer/.test(t));
      assert.deepEqual(
        announced.filter((t) => !t.includes('„Partnerstadt“')),
        [],
        'no count is announced for a half-typed word',
      );
      const total = Number(/^(\d+) Treffer/.exec((await status.textContent()) ?? '')?.[1]);
      assert.ok(total > RESULTS_PAGE, `many hits (${total})`);
      const results = area.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link');
      assert.equal(await results.count(), RESULTS_PAGE, 'one page of results');
      assert.ok(paths.length <= 15, `${paths.length} requests to pagefind/ for the first results: ${paths.join(' ')}`);

      await area.getByRole('button', { name: 'Weitere Treffer' }).click();
      await tab.waitForFunction((n) => document.querySelectorAll('[data-search] ol a').length > n, RESULTS_PAGE);
      assert.equal(await results.count(), Math.min(total, 2 * RESULTS_PAGE));
      const focused = await tab.evaluate(() => document.activeElement?.getAttribute('href'));
      assert.equal(focused, await results.nth(RESULTS_PAGE).getAttribute('href'), 'the focus is on the first new result');
    } finally {
      await browser.close();
      await site.close();
    }
  });
});

describe('the grown lists in Chromium', () => {
  it('pass axe (WCAG 2.1 AA) in light and dark, and reflow at 320 px', async () => {
    const site = await serve(dist);
    const browser = await launch();
    const axe = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
    const problems: string[] = [];
    try {
      // A middle page of /aktuelles/ (previous, next and gaps) and a city's list: pages only a grown site has.
      const middle = `aktuelles/${Math.ceil(Math.ceil(news.length / NEWS_PER_PAGE) / 2)}/`;
      const city = cityIds.find((c) => news.some((n) => n.staedte.includes(c)))!;
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 320, height: 640 } });
        const tab = await context.newPage();
        for (const p of [middle, `aktuelles/${city}/`]) {
          await tab.goto(site.url(p));
          await tab.addScriptTag({ path: axe });
          const violations = (await tab.evaluate(
            // @ts-expect-error axe is injected above
            async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations,
          )) as { id: string; nodes: { target: string[] }[] }[];
          for (const v of violations) problems.push(`${colorScheme} /${p}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          const nav = tab.locator('nav.pagination');
          if (await nav.count()) {
            const box = (await nav.boundingBox())!;
            if (box.x + box.width > 320) problems.push(`/${p}: the pagination is ${box.x + box.width} px wide`);
          }
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await site.close();
    }
    assert.deepEqual(problems, []);
  });
});

describe('a changed title', () => {
  it('redraws that share image only', () => {
    const pngs = () =>
      new Map(
        readdirSync(path.join(dist, 'og'), { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.png'))
          .map((f) => [f, readFileSync(path.join(dist, 'og', f))]),
      );
    // The copy's node_modules is a link to the project's: it shares the project's cache.
    const cached = () => new Set(readdirSync(ogCacheDir()!));
    const [beforeImages, beforeCache] = [pngs(), cached()];
    const item = news.at(-1)!;
    const file = `content/aktuelles/${item.id}.mdx`;
    fixture.write(file, fixture.read(file).replace(/^titel: .*$/m, `titel: "Geänderter Titel ${Date.now()}"`));
    const result = fixture.build();
    assert.equal(result.status, 0, result.output.slice(-3000));
    const afterImages = pngs();
    const changed = [...afterImages].filter(([f, png]) => !beforeImages.get(f)?.equals(png)).map(([f]) => f);
    assert.deepEqual(changed, [`aktuelles/${item.id}.png`]);
    assert.equal([...cached()].filter((f) => !beforeCache.has(f)).length, 1, 'one image drawn');
  });
});
