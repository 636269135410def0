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
import { buildSearchIndex } from '../src/integrations/pagefind.ts';

const pages = htmlFiles().map((file) => ({ file, $: page(file) }));
const indexed = pages.filter(({ $ }) => $('[data-pagefind-body]').length > 0);
const filtersOf = ($: ReturnType<typeof page>) =>
  $('[data-pagefind-filter]')
    .map((_, el) => $(el).attr('data-pagefind-filter')!)
    .get();

test('the index lies under /partnerstaedte/pagefind/, in German, with every page that has content', () => {
  const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
  assert.deepEqual(Object.keys(entry.languages), ['de']);
  assert.equal(entry.languages.de.page_count, indexed.length);
  assert.ok(existsSync(path.join(DIST, 'pagefind/pagefind.js')));
  assert.ok(existsSync(path.join(DIST, 'pagefind/wasm.de.pagefind')), 'German stemming needs the German WASM');
  for (const { file, $ } of pages) assert.equal($('html').attr('lang'), 'de', file);
});

test('the search page, the error page and the lists beyond /aktuelles/ are not in the index; every other page is', () => {
  const left = pages.filter(({ $ }) => $('[data-pagefind-body]').length === 0).map(({ file }) => file);
  // The inventory says which pages search leaves out: a list's teasers would compete with the items' own pages.
  const expected = inventory()
    .filter((p) => !p.search)
    .map((p) => (p.path === '404' ? '404.html' : `${p.path ? `${p.path}/` : ''}index.html`));
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
    assert.ok(['Typ:Partnerstadt', 'Typ:Aktuelles', 'Typ:Termin', 'Typ:Seite'].includes(kinds[0]!), file);
    if (kinds[0] !== 'Typ:Seite') {
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

test('no page ships a script, except the search page with its own small one', () => {
  for (const { file, $ } of pages) {
    const scripts = $('script').filter((_, el) => $(el).attr('type') !== 'application/ld+json');
    if (file === 'suche/index.html') {
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
