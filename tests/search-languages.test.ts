/**
 * Search per language, in Chromium. Pagefind builds one index per `<html lang>`
 * and pagefind.js loads the index of the page it runs on: each language's search
 * page finds that language's pages and no others.
 *
 * 1. On a site made for the test from the built search page (its bundle and
 *    strings as built, only `<html lang>` and the strings set per language), the
 *    German city pages and a page per translation in tests/fixtures/content:
 *    the search works alike in every language, with stemming (French),
 *    segmentation (Chinese), accent-free queries (Bosnian, Turkish).
 * 2. On the built site: every language that has pages has its search page, and
 *    each finds its own pages only (an English search no German pages, the
 *    French search the French portrait); without JavaScript each lists its own
 *    language's pages.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { DIST, htmlFiles, page as parse, serve, urlOf } from './support/site.ts';
import { launch } from './support/browser.ts';
import { CONTENT } from './support/root.ts';
import { cities } from './support/content.ts';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { LANGS, LANGUAGE, PORTRAIT_LANGS, t, type Lang } from '../src/i18n/index.ts';

type Site = Awaited<ReturnType<typeof serve>>;

/** The search page's strings in a language, as the page passes them to its script. */
const messages = (lang: Lang) =>
  JSON.stringify({
    loading: t('search.loading', {}, lang),
    count: t('search.count', {}, lang),
    none: t('search.none', {}, lang),
    noneFiltered: t('search.noneFiltered', {}, lang),
    error: t('search.error', {}, lang),
    shown: t('search.shown', {}, lang),
  });

/** Runs a search on a search page through its address (?q=) and returns the result paths once the status names the query. */
async function search(tab: Page, address: string, query: string): Promise<string[]> {
  await tab.goto(`${address}?q=${encodeURIComponent(query)}`);
  const area = tab.locator('[data-search]');
  await area.getByRole('status').filter({ hasText: query }).waitFor();
  return area
    .getByRole('list')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

let browser: Browser;
const problems: string[] = [];
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function newTab(): Promise<Page> {
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  tab.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return tab;
}

describe('one search page, one index per language (a site made for the test)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'suche-sprachen-'));
  let site: Site;
  let tab: Page;
  /** Translations in the fixture content: content/staedte/<lang>/<city>.mdx. */
  const portraits = PORTRAIT_LANGS.flatMap((lang) => {
    const dir = path.join(CONTENT, 'staedte', lang);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => ({ lang, id: f.replace(/\.mdx$/, '') })) : [];
  });

  /** A built page, written to the test site with another language and other strings. */
  const searchPageIn = (lang: Lang) => {
    const $ = cheerio.load(readFileSync(path.join(DIST, 'suche/index.html'), 'utf8'));
    $('html').attr('lang', LANGUAGE[lang].tag);
    $('[data-search]').attr('data-search', messages(lang));
    return $.html();
  };
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  };
  /** A city page in a language: its name, the kind filter and the text of the translation. */
  const cityPage = (lang: Lang, title: string, text: string[]) =>
    `<!doctype html><html lang="${LANGUAGE[lang].tag}"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
    `<main data-pagefind-body><span hidden data-pagefind-filter="Typ:${t('kind.city', {}, lang)}"></span>` +
    `<h1 data-pagefind-meta="title">${title}</h1>${text.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;

  before(async () => {
    // What the search page loads besides Pagefind (its script and styles are inline today).
    for (const asset of ['_astro', 'favicon.svg']) {
      if (existsSync(path.join(DIST, asset))) cpSync(path.join(DIST, asset), path.join(root, asset), { recursive: true });
    }
    // German: the search page and the city pages as built.
    write('suche/index.html', readFileSync(path.join(DIST, 'suche/index.html'), 'utf8'));
    for (const c of cities()) write(`${c.id}/index.html`, readFileSync(path.join(DIST, c.id, 'index.html'), 'utf8'));
    // Each portrait language: its search page and its portraits, with the city's own name as title.
    for (const { lang, id } of portraits) {
      const file = readFileSync(path.join(CONTENT, 'staedte', lang, `${id}.mdx`), 'utf8');
      const body = file.replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      const city = cities().find((c) => c.id === id)!;
      write(`${lang}/suche/index.html`, searchPageIn(lang));
      write(`${lang}/${id}/index.html`, cityPage(lang, city.data.eigenname?.name ?? city.data.name, body));
    }
    // English: a page written for the test (the English content is not part of this fixture).
    write('en/suche/index.html', searchPageIn('en'));
    write('en/cormeilles/index.html', cityPage('en', 'Cormeilles', ['Cormeilles in Normandy has been twinned with Düren since June 1970.']));
    await buildSearchIndex(root, path.join(root, '..', `${path.basename(root)}-cache`));
    site = await serve(root);
    tab = await newTab();
  });
  after(async () => {
    await tab?.close();
    await site?.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(`${root}-cache`, { recursive: true, force: true });
  });

  test('the fixture has a portrait in each partner language', () => {
    assert.deepEqual([...new Set(portraits.map((p) => p.lang))].sort(), [...PORTRAIT_LANGS].sort());
  });

  test('German: „Cormeilles“ finds the German page and no translation', async () => {
    const found = await search(tab, site.url('suche/'), 'Cormeilles');
    assert.equal(found[0], '/partnerstaedte/cormeilles/');
    assert.deepEqual(found.filter((p) => /^\/partnerstaedte\/(en|fr|tr|bs|uk|zh)\//.test(p)), []);
  });

  test('English: „Cormeilles“ finds the English page only', async () => {
    assert.deepEqual(await search(tab, site.url('en/suche/'), 'Cormeilles'), ['/partnerstaedte/en/cormeilles/']);
  });

  test('French: „Cormeilles“ finds the French portrait only, and a plural finds the singular (stemming)', async () => {
    assert.deepEqual(await search(tab, site.url('fr/suche/'), 'Cormeilles'), ['/partnerstaedte/fr/cormeilles/']);
    const text = readFileSync(path.join(root, 'fr/cormeilles/index.html'), 'utf8');
    assert.match(text, /\bjumelage\b/);
    assert.doesNotMatch(text, /\bjumelages\b/);
    assert.ok((await search(tab, site.url('fr/suche/'), 'jumelages')).includes('/partnerstaedte/fr/cormeilles/'));
  });

  test('Chinese: words inside a sentence are found (segmentation), „金华“ only on the Chinese page', async () => {
    assert.deepEqual(await search(tab, site.url('zh/suche/'), '浙江'), ['/partnerstaedte/zh/jinhua/']);
    // The German page carries 金华 among its other names, but it is in the German index.
    assert.deepEqual(await search(tab, site.url('zh/suche/'), '金华'), ['/partnerstaedte/zh/jinhua/']);
  });

  test('Ukrainian: „Стрий“ finds the Ukrainian portrait only', async () => {
    assert.deepEqual(await search(tab, site.url('uk/suche/'), 'Стрий'), ['/partnerstaedte/uk/stryj/']);
  });

  test('Bosnian and Turkish: without diacritics, in their own index', async () => {
    assert.deepEqual(await search(tab, site.url('bs/suche/'), 'Gradacac'), ['/partnerstaedte/bs/gradacac/']);
    assert.deepEqual(await search(tab, site.url('tr/suche/'), 'Eregli'), ['/partnerstaedte/tr/karadeniz-eregli/']);
  });

  test('the status line speaks the page\'s language', async () => {
    await search(tab, site.url('fr/suche/'), 'Valenciennes');
    const status = (await tab.locator('[data-search]').getByRole('status').textContent()) ?? '';
    assert.equal(status, t('search.count', { query: 'Valenciennes', count: 1 }, 'fr'));
  });

  test('no errors in the browser', () => {
    assert.deepEqual(problems, []);
  });
});

describe('the built site: each language searches its own pages', () => {
  const built = htmlFiles().map((file) => ({ file, $: parse(file) }));
  const langOf = ($: cheerio.CheerioAPI) => $('html').attr('lang') ?? '';
  const searchPages = built.filter(({ $ }) => $('[data-search]').length > 0);
  const indexed = built.filter(({ $ }) => $('[data-pagefind-body]').length > 0);
  const languages = [...new Set(indexed.map(({ $ }) => langOf($)))].sort();
  let site: Site;
  let tab: Page;
  before(async () => {
    site = await serve();
    tab = await newTab();
  });
  after(async () => {
    await tab?.close();
    await site?.close();
  });

  test('without JavaScript each search page lists the pages of its language only, and its own portraits', () => {
    const langOfUrl = new Map(built.map(({ file, $ }) => [urlOf(file), langOf($)]));
    for (const { file, $ } of searchPages) {
      const lang = langOf($);
      const listed = $('[data-all-pages] a').map((_, a) => $(a).attr('href')!).get();
      assert.ok(listed.length > 0, file);
      for (const href of listed) assert.equal(langOfUrl.get(href), lang, `${file}: ${href}`);
      const code = LANGS.find((l) => LANGUAGE[l].tag === lang)!;
      const ownCities = indexed
        .filter((p) => langOf(p.$) === lang && p.$(`[data-pagefind-filter="Typ:${t('kind.city', {}, code)}"]`).length > 0)
        .map((p) => urlOf(p.file));
      assert.ok(ownCities.length > 0, `${file}: no city page in ${lang}`);
      for (const city of ownCities) assert.ok(listed.includes(city), `${file}: ${city} fehlt`);
    }
  });

  test('every language with pages has its search page', () => {
    assert.ok(languages.length >= 2, `languages with pages: ${languages.join(', ')}`);
    assert.deepEqual([...new Set(searchPages.map(({ $ }) => langOf($)))].sort(), languages);
  });

  test('each search page finds a page of its language by its title, and only pages of its language', async () => {
    assert.ok(languages.length >= 2, `languages with pages: ${languages.join(', ')}`);
    const langOfUrl = new Map(indexed.map(({ file, $ }) => [urlOf(file), langOf($)]));
    for (const { file, $ } of searchPages) {
      const lang = langOf($);
      // A city page of that language if there is one (the portrait), else any page.
      const own = indexed.filter((p) => langOf(p.$) === lang);
      const code = LANGS.find((l) => LANGUAGE[l].tag === lang);
      const cityKind = code && `Typ:${t('kind.city', {}, code)}`;
      const target = own.find((p) => p.$(`[data-pagefind-filter="${cityKind}"]`).length > 0) ?? own[0]!;
      const title = target.$('h1').first().text().trim();
      const found = await search(tab, site.url(urlOf(file).replace('/partnerstaedte/', '')), title);
      assert.ok(found.includes(urlOf(target.file)), `${file}: „${title}“ → ${found.join(' ')}`);
      for (const p of found) assert.equal(langOfUrl.get(p), lang, `${file}: „${title}“ found ${p}`);
    }
  });

  test('the French search finds the French portrait of Cormeilles, the English search no German page', async () => {
    const fr = searchPages.find(({ $ }) => langOf($) === 'fr');
    const en = searchPages.find(({ $ }) => langOf($) === 'en');
    assert.ok(fr && en, 'a French and an English search page');
    const portrait = indexed.find(({ file, $ }) => langOf($) === 'fr' && /cormeilles\/index\.html$/.test(file));
    assert.ok(portrait, 'the French portrait of Cormeilles is built and indexed');
    assert.ok((await search(tab, site.url(urlOf(fr.file).replace('/partnerstaedte/', '')), 'Cormeilles')).includes(urlOf(portrait.file)));
    const english = await search(tab, site.url(urlOf(en.file).replace('/partnerstaedte/', '')), 'Cormeilles');
    assert.ok(english.length > 0);
    for (const p of english) assert.match(p, /^\/partnerstaedte\/en\//);
  });
});
