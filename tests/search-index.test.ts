/**
 * The search index in the build: where it lies, what it indexes, and that an
 * indexing problem fails the build. Reads dist/ (no browser).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inventory } from './support/content.ts';
import { DIST, htmlFiles, page } from './support/site.ts';
import { buildSearchIndex, searchPagesWithoutIndex } from '../src/integrations/pagefind.ts';
import { LANGS, LANGUAGE, t } from '../src/i18n/index.ts';

const pages = htmlFiles().map((file) => ({ file, $: page(file) }));
const indexed = pages.filter(({ $ }) => $('[data-pagefind-body]').length > 0);
const filtersOf = ($: ReturnType<typeof page>) =>
  $('[data-pagefind-filter]')
    .map((_, el) => $(el).attr('data-pagefind-filter')!)
    .get();

const langOf = ($: ReturnType<typeof page>) => ($('html').attr('lang') ?? '').toLowerCase();

test('the index lies under /partnerstaedte/pagefind/, one per page language, each with that language\'s pages', () => {
  const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
  assert.ok(existsSync(path.join(DIST, 'pagefind/pagefind.js')));
  const counts: Record<string, number> = {};
  for (const { $ } of indexed) counts[langOf($)] = (counts[langOf($)] ?? 0) + 1;
  assert.ok(counts.de, 'German pages are indexed');
  assert.deepEqual(Object.keys(entry.languages).sort(), Object.keys(counts).sort());
  for (const [lang, count] of Object.entries(counts)) assert.equal(entry.languages[lang].page_count, count, lang);
  // Stemming ("Partnerschule" finds "Partnerschulen") needs the language's WASM; Pagefind has it for these.
  for (const lang of ['de', 'en', 'fr', 'tr'].filter((l) => counts[l])) {
    assert.ok(existsSync(path.join(DIST, `pagefind/wasm.${lang}.pagefind`)), `${lang}: stemming`);
  }
});

test('every search page has an index in its own language', () => {
  const searchPages = pages.filter(({ $ }) => $('[data-search]').length > 0);
  assert.ok(searchPages.some(({ file }) => file === 'suche/index.html'));
  assert.deepEqual(searchPagesWithoutIndex(DIST), []);
});

test('a search page whose language has no index fails the build; with one it passes', async (t) => {
  const root = mkdtempSync(path.join(tmpdir(), 'suche-sprache-'));
  const cache = mkdtempSync(path.join(tmpdir(), 'suche-sprache-cache-'));
  t.after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });
  const write = (file: string, lang: string, body: string) => {
    mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(root, file), `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`);
  };
  write('stryj/index.html', 'de', '<main data-pagefind-body><h1>Stryj</h1><p>Partnerstadt seit 2001</p></main>');
  write('suche/index.html', 'de', '<main><search data-search="{}"></search></main>');
  write('uk/suche/index.html', 'uk', '<main><search data-search="{}"></search></main>');
  await buildSearchIndex(root, cache);
  assert.deepEqual(searchPagesWithoutIndex(root), [
    'Die Suchseite uk/suche/index.html (Sprache uk) hat keinen Suchindex in ihrer Sprache: keine durchsuchbare Seite mit <html lang="uk">. Sie würde Treffer in einer anderen Sprache zeigen.',
  ]);
  write('uk/stryj/index.html', 'uk', '<main data-pagefind-body><h1>Стрий</h1><p>Місто-партнер з 2001 року</p></main>');
  write('zh/suche/index.html', 'zh-Hans', '<main><search data-search="{}"></search></main>');
  write('zh/jinhua/index.html', 'zh-Hans', '<main data-pagefind-body><h1>金华市</h1><p>友好城市</p></main>');
  rmSync(path.join(root, 'pagefind'), { recursive: true });
  await buildSearchIndex(root, cache);
  assert.deepEqual(searchPagesWithoutIndex(root), []);
});

test('the search page, the error page and the lists beyond /aktuelles/ are not in the index; every other page is', () => {
  const left = pages.filter(({ $ }) => $('[data-pagefind-body]').length === 0).map(({ file }) => file);
  // The inventory says which pages search leaves out: a list's teasers would compete with the items' own pages.
  const expected = inventory()
    .filter((p) => !p.search)
    .map((p) => (p.key === '404' ? `${p.path}.html` : `${p.path ? `${p.path}/` : ''}index.html`));
  assert.ok(expected.includes('404.html') && expected.includes('suche/index.html'));
  assert.deepEqual(left.sort(), expected.sort());
});

test('each indexed page indexes its main content only, titled by its h1', () => {
  for (const { file, $ } of indexed) {
    assert.equal($('[data-pagefind-body]').get(0)?.tagName, 'main', file);
    assert.equal($('[data-pagefind-meta="title"]').length, 1, file);
    assert.equal($('[data-pagefind-meta="title"]').get(0)?.tagName, 'h1', file);
  }
});

test('every indexed page has a kind (Typ); cities and news also a country and a continent', () => {
  for (const { file, $ } of indexed) {
    const filters = filtersOf($);
    const kinds = filters.filter((f) => f.startsWith('Typ:'));
    assert.equal(kinds.length, 1, `${file}: ${filters.join(' ')}`);
    // In the page's language: the search page of that language filters by the same words.
    const lang = LANGS.find((l) => LANGUAGE[l].tag.toLowerCase() === langOf($));
    assert.ok(lang, `${file}: <html lang="${langOf($)}">`);
    const names = (['kind.city', 'kind.news', 'kind.event', 'kind.page'] as const).map((k) => `Typ:${t(k, {}, lang)}`);
    assert.ok(names.includes(kinds[0]!), `${file}: ${kinds[0]}`);
    if (kinds[0] !== `Typ:${t('kind.page', {}, lang)}`) {
      assert.ok(filters.some((f) => /^Land:\S/.test(f)), `${file}: Land fehlt`);
      assert.ok(filters.some((f) => /^Kontinent:\S/.test(f)), `${file}: Kontinent fehlt`);
    }
  }
});

test('filters and other names add no text to a page, so excerpts never show them', () => {
  for (const { file, $ } of indexed) {
    $('[data-pagefind-filter], [data-pagefind-meta^="suchbegriffe"]').each((_, el) => {
      assert.equal($(el).text(), '', file);
      assert.ok($(el).is('[hidden]'), file);
    });
  }
  const stryj = page('stryj/');
  const aliases = stryj('[data-pagefind-meta^="suchbegriffe:"]').attr('data-pagefind-meta') ?? '';
  assert.match(aliases, /Lviv/);
  assert.doesNotMatch(stryj('main').text(), /Lviv/, 'an alias that is not in the text stays out of it');
});

test('no page ships a script, except the search pages with their own small one', () => {
  for (const { file, $ } of pages) {
    const scripts = $('script').filter((_, el) => $(el).attr('type') !== 'application/ld+json');
    if ($('[data-search]').length > 0) {
      assert.equal(scripts.length, 1);
      assert.doesNotMatch(scripts.attr('src') ?? '', /pagefind/);
      assert.ok(scripts.text().length < 6000, `search page script: ${scripts.text().length} bytes`);
    } else {
      assert.equal(scripts.length, 0, `${file} has a script`);
    }
    assert.equal($('link[href*="pagefind"]').length, 0, `${file} preloads Pagefind`);
  }
});

test('an indexing problem fails the build instead of shipping a site without search', async (t) => {
  // A build without any page to index (src/integrations/pagefind.ts throws; Astro stops; dist/ stays as it was).
  const site = mkdtempSync(path.join(tmpdir(), 'suche-'));
  t.after(() => rmSync(site, { recursive: true, force: true }));
  await assert.rejects(buildSearchIndex(site), /Suchindex \(Pagefind\): Einlesen fehlgeschlagen:\nKeine Seite/);
});

test('a rebuild with the same pages reuses the search index; a changed page is indexed anew', async (t) => {
  const root = mkdtempSync(path.join(tmpdir(), 'suche-cache-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const cache = path.join(root, 'cache');
  const page = (text: string) => `<!doctype html><html lang="de"><head><title>T</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text}</p></main></body></html>`;
  const site = (name: string, text: string) => {
    const dir = path.join(root, name);
    mkdirSync(path.join(dir, 'a'), { recursive: true });
    writeFileSync(path.join(dir, 'a', 'index.html'), page(text));
    return dir;
  };
  const files = (dir: string) => readdirSync(path.join(dir, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort();
  const entries = () => readdirSync(cache).filter((f) => !f.endsWith('.tmp'));

  const first = site('eins', 'Partnerstadt Gradačac');
  assert.equal(await buildSearchIndex(first, cache), 1);
  assert.equal(entries().length, 1, 'the index is kept');
  const second = site('zwei', 'Partnerstadt Gradačac');
  assert.equal(await buildSearchIndex(second, cache), 1, 'the page count comes along');
  assert.deepEqual(files(second), files(first), 'the same index files');
  for (const f of files(first).filter((f) => f.includes('.'))) {
    assert.ok(readFileSync(path.join(second, 'pagefind', f)).equals(readFileSync(path.join(first, 'pagefind', f))), f);
  }
  assert.equal(entries().length, 1, 'nothing new for the same pages');
  await buildSearchIndex(site('drei', 'Partnerstadt Stryj'), cache);
  assert.equal(entries().length, 2, 'a changed page gives a new index');
});
