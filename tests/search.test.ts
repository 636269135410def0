/**
 * The site search in Chromium, against the built site served under
 * /partnerstaedte/: what comes first for what a visitor types, the ?q= link,
 * the keyboard path from the header to a result, the kind filter, no search
 * bytes before a search, the page without JavaScript, no console errors.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlFiles, page as parse, urlOf } from './support/site.ts';
import { siteInBrowser } from './support/browser.ts';
import { cities, inventory } from './support/content.ts';
import { RESULTS_PAGE } from '../src/lib/search.ts';

/** Query → the page (path under the base) that must come first. */
const FIRST: [query: string, expected: string][] = [
  // Each city by its German name
  ['Valenciennes', 'valenciennes/'],
  ['Cormeilles', 'cormeilles/'],
  ['Altmünster', 'altmuenster/'],
  ['Gradačac', 'gradacac/'],
  ['Stryj', 'stryj/'],
  ['Karadeniz Ereğli', 'karadeniz-eregli/'],
  ['Jinhua', 'jinhua/'],
  // Without diacritics, in German transliteration, in lower case
  ['Gradacac', 'gradacac/'],
  ['Eregli', 'karadeniz-eregli/'],
  ['Altmunster', 'altmuenster/'],
  ['Altmuenster', 'altmuenster/'],
  ['jinhua', 'jinhua/'],
  // Other names, from the cities' aliases and in the partner's language
  ['Lviv', 'stryj/'],
  ['Lwiw', 'stryj/'],
  ['Lemberg', 'stryj/'],
  ['Herakleia', 'karadeniz-eregli/'],
  ['金华', 'jinhua/'],
  ['Стрий', 'stryj/'],
  ['Градачац', 'gradacac/'],
  ['Normandie', 'cormeilles/'],
  // The foreword, the news item, a person, a festival, a product
  ['Vorwort', 'vorwort/'],
  ['Kooperationsvereinbarung', 'aktuelles/kooperation-kreis-dueren-staedteregion-jinhua/'],
  ['Spelthahn', 'aktuelles/kooperation-kreis-dueren-staedteregion-jinhua/'],
  ['Pflaumenmesse', 'gradacac/'],
  ['Erdbeeren', 'karadeniz-eregli/'],
  // Inflected German words: the text has another form
  ['Partnerschule', 'vorwort/'],
  ['Heilwasserquelle', 'stryj/'],
  ['Freilichtmuseum', 'stryj/'],
  // Service pages
  ['Impressum', 'impressum/'],
  ['Leichte Sprache', 'leichte-sprache/'],
];

const session = siteInBrowser();
const problems: string[] = [];

/** A fresh tab that records console errors, page errors and failed requests into `problems`. */
async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; tab: Page }> {
  const context = await session.browser.newContext(options);
  const tab = await context.newPage();
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()} (${tab.url()})`);
  });
  tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message} (${tab.url()})`));
  tab.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return { context, tab };
}

const searchArea = (tab: Page) => tab.getByRole('search', { name: 'Suche', exact: true });
const field = (tab: Page) => searchArea(tab).getByRole('searchbox');
const results = (tab: Page) => searchArea(tab).getByRole('list', { name: 'Suchergebnisse' }).getByRole('link');

/** Waits until the status line speaks about `query` (results or none) and returns its text. */
async function settled(tab: Page, query: string): Promise<string> {
  const status = searchArea(tab).getByRole('status');
  await status.filter({ hasText: `„${query}“` }).waitFor();
  return (await status.textContent()) ?? '';
}

async function firstResult(tab: Page): Promise<string | null> {
  return new URL((await results(tab).first().getAttribute('href'))!, session.site.origin).pathname;
}

describe('what comes first', () => {
  let context: BrowserContext;
  let tab: Page;
  before(async () => {
    ({ context, tab } = await open());
    await tab.goto(session.site.url('suche/'));
  });
  after(() => context.close());

  for (const [query, expected] of FIRST) {
    test(`„${query}“ → /partnerstaedte/${expected}`, async () => {
      await field(tab).fill(query);
      const status = await settled(tab, query);
      assert.match(status, /^\d+ Treffer/, status);
      assert.equal(await firstResult(tab), `/partnerstaedte/${expected}`);
    });
  }

  test('a stemmed word finds every page with any of its forms („Feuerwehren“ also finds „Feuerwehr“)', async () => {
    // The German search searches the German pages (a translated page quoting a German text is in its own language's index).
    const withWord = htmlFiles()
      .filter((f) => parse(f)('html').attr('lang') === 'de' && /\bFeuerwehr(en)?\b/.test(parse(f)('[data-pagefind-body]').text()))
      .map(urlOf);
    assert.ok(withWord.length >= 2);
    await field(tab).fill('Feuerwehren');
    await settled(tab, 'Feuerwehren');
    const found = await results(tab).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    assert.deepEqual(found.sort(), withWord.sort());
  });

  test('a result shows title, kind of page and an excerpt with the matched word marked', async () => {
    await field(tab).fill('Erdbeeren');
    await settled(tab, 'Erdbeeren');
    const item = searchArea(tab).getByRole('listitem').first();
    assert.equal(await item.getByRole('link').textContent(), parse('karadeniz-eregli/')('h1').text());
    assert.match((await item.textContent()) ?? '', /Partnerstadt/);
    assert.match((await item.locator('mark').first().textContent()) ?? '', /Erdbeer/);
  });

  test('other names are found but not shown: „Lviv“ finds Stryj without listing its aliases', async () => {
    await field(tab).fill('Lviv');
    await settled(tab, 'Lviv');
    const text = (await searchArea(tab).getByRole('listitem').first().textContent()) ?? '';
    assert.doesNotMatch(text, /Lwów|Stryy/);
  });

  test('every result links to a page under /partnerstaedte/', async () => {
    await field(tab).fill('Düren');
    await settled(tab, 'Düren');
    const hrefs = await results(tab).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    assert.ok(hrefs.length > 5);
    const pages = new Set(htmlFiles().map(urlOf));
    for (const href of hrefs) assert.ok(pages.has(new URL(href).pathname), href);
  });

  test('„Weitere Treffer“ only when more results are left, and nothing marked hidden is shown', async () => {
    for (const query of [cities()[0]!.data.name, 'Düren']) {
      await field(tab).fill(query);
      const count = Number((await settled(tab, query)).match(/^(\d+)/)?.[1] ?? 0);
      const shown = await results(tab).count();
      assert.equal(shown, Math.min(count, RESULTS_PAGE), query);
      const more = searchArea(tab).getByRole('button', { name: 'Weitere Treffer' });
      assert.equal(await more.isVisible(), count > RESULTS_PAGE, `${query}: ${count} Treffer`);
      const rendered = await tab.evaluate(() =>
        [...document.querySelectorAll('[hidden]')].filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)),
      );
      assert.deepEqual(rendered, [], query);
    }
  });

  test('the kind filter narrows the results to news', async () => {
    await field(tab).fill('Jinhua');
    await settled(tab, 'Jinhua');
    const all = await results(tab).count();
    await searchArea(tab).getByRole('radio', { name: 'Aktuelles' }).check();
    await tab.waitForFunction((n) => document.querySelectorAll('search ol a').length < n, all);
    const kinds = await searchArea(tab).locator('li .kind').allTextContents();
    assert.ok(kinds.length > 0);
    assert.deepEqual([...new Set(kinds)], ['Aktuelles']);
    assert.match(tab.url(), /[?&]typ=Aktuelles/);
    await searchArea(tab).getByRole('radio', { name: 'Alle' }).check();
  });

  test('a clear message when nothing matches, and the list of all pages to go on', async () => {
    await field(tab).fill('Quetzalcoatl');
    const status = await settled(tab, 'Quetzalcoatl');
    assert.match(status, /^Keine Treffer für „Quetzalcoatl“/);
    assert.equal(await results(tab).count(), 0);
    assert.ok(await tab.getByRole('heading', { name: 'Alle Seiten' }).isVisible());
  });
});

describe('the ?q= link', () => {
  test('opens the search page with the query run, and typing writes the query back', async () => {
    const { context, tab } = await open();
    try {
      await tab.goto(session.site.url(`suche/?q=${encodeURIComponent('Lemberg')}`));
      await settled(tab, 'Lemberg');
      assert.equal(await field(tab).inputValue(), 'Lemberg');
      assert.equal(await firstResult(tab), '/partnerstaedte/stryj/');

      await field(tab).fill('Pflaumenmesse');
      await settled(tab, 'Pflaumenmesse');
      assert.equal(new URL(tab.url()).searchParams.get('q'), 'Pflaumenmesse');
      await tab.reload();
      await settled(tab, 'Pflaumenmesse');
      assert.equal(await firstResult(tab), '/partnerstaedte/gradacac/');

      await field(tab).fill('');
      await tab.waitForURL((u) => !u.searchParams.has('q'));
    } finally {
      await context.close();
    }
  });
});

describe('keyboard only', () => {
  test('from the header field of a city page to a result, with Tab, typing, Enter and the arrow keys', async () => {
    const { context, tab } = await open();
    try {
      await tab.goto(session.site.url('valenciennes/'));
      const header = tab.getByRole('search', { name: 'Suche auf dieser Website' }).getByRole('searchbox');
      for (let i = 0; i < 10 && !(await header.evaluate((el) => el === document.activeElement)); i++) {
        await tab.keyboard.press('Tab');
      }
      assert.ok(await header.evaluate((el) => el === document.activeElement), 'Tab reaches the header field');
      await tab.keyboard.type('Herakleia');
      await tab.keyboard.press('Enter');
      await tab.waitForURL(/\/partnerstaedte\/suche\/\?q=Herakleia$/);
      await settled(tab, 'Herakleia');
      assert.ok(await field(tab).evaluate((el) => el === document.activeElement), 'the search page keeps the focus in its field');

      await tab.keyboard.press('ArrowDown');
      const focused = await tab.evaluate(() => document.activeElement?.getAttribute('href'));
      assert.equal(focused, '/partnerstaedte/karadeniz-eregli/');
      const outline = await tab.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      assert.notEqual(outline, 'none', 'the focused result is visibly marked');
      await tab.keyboard.press('ArrowUp');
      assert.ok(await field(tab).evaluate((el) => el === document.activeElement), '↑ from the first result returns to the field');
      await tab.keyboard.press('ArrowDown');
      await tab.keyboard.press('Enter');
      await tab.waitForURL(session.site.url('karadeniz-eregli/'));
      assert.equal(await tab.getByRole('heading', { level: 1 }).textContent(), 'Karadeniz Ereğli');
    } finally {
      await context.close();
    }
  });
});

describe('loading', () => {
  test('a page view loads no search bytes; the search page loads Pagefind only when a search starts', async () => {
    const { context, tab } = await open();
    const requested: string[] = [];
    tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
    try {
      for (const p of ['', 'stryj/', 'aktuelles/', 'vorwort/', 'suche/']) {
        await tab.goto(session.site.url(p), { waitUntil: 'networkidle' });
      }
      assert.deepEqual(requested.filter((p) => p.includes('/pagefind/')), []);
      await field(tab).focus();
      await tab.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
      await field(tab).pressSequentially('Stryj');
      await settled(tab, 'Stryj');
      assert.ok(requested.some((p) => p.startsWith('/partnerstaedte/pagefind/wasm.de')), 'the German WASM');
      assert.ok(requested.every((p) => p.startsWith('/partnerstaedte/')), 'nothing outside the site');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the search page says so and links every page (news items and events through their lists)', async () => {
    const { context, tab } = await open({ javaScriptEnabled: false });
    try {
      await tab.goto(session.site.url('suche/?q=Stryj'));
      assert.ok(await tab.getByText('Die Suche braucht JavaScript').isVisible());
      const linked = new Set(
        await tab.locator('main a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      );
      // The pages in the search page's language (German here); each language's search page lists its own.
      const expected = inventory()
        .filter((p) => p.lang === 'de' && p.kind !== 'system' && p.kind !== 'news' && p.kind !== 'event' && !/\/\d+$/.test(p.path))
        .map((p) => `/partnerstaedte/${p.path ? `${p.path}/` : ''}`);
      for (const p of expected) assert.ok(linked.has(p), `${p} fehlt in der Liste`);
      // News items are reached through the paginated /aktuelles/: a list of every item would grow with each one.
      const newsItem = (p: string) => inventory().some((page) => page.kind === 'news' && p === `/partnerstaedte/${page.path}/`);
      assert.deepEqual([...linked].filter(newsItem), [], 'links no single news item');
    } finally {
      await context.close();
    }
  });
});

test('no console errors or warnings, no failed requests along the way', () => {
  assert.deepEqual(problems, []);
});
