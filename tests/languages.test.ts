/**
 * The site in several languages, as readers and search engines meet it; holds
 * for any valid content (every expectation comes from the inventory, which reads
 * the content and its translations):
 * - every page has the right <html lang>; a page exists in another language
 *   only where its content is translated (no German copies under /en/), and the
 *   legal pages stay German;
 * - hreflang links only between pages that exist, reciprocal, absolute, with
 *   x-default → German; the sitemap names the same alternates;
 * - a translated page says so in its language, with a link to the German page;
 * - the language switch is a list of links, each with hreflang and the language's own name.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { BASE, DIST, SITE, htmlFiles, page } from './support/site.ts';
import { inventory, paragraphs } from './support/content.ts';
import { CONTENT } from './support/root.ts';
import { LANGUAGE, splitPath, type Lang } from '../src/i18n/languages.ts';
import { GERMAN_ONLY_PAGES } from '../src/schemas/translation.ts';
import { STRINGS } from '../src/i18n/index.ts';

const pages = inventory();
const byPath = new Map(pages.map((p) => [p.path, p]));
const files = htmlFiles();
const abs = (p: string) => `${SITE}${BASE}${p ? `${p}/` : ''}`;
/** The inventory path of a built file: "en/stryj/index.html" → "en/stryj", "en/404.html" → "en/404". */
const pathOf = (file: string) => file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');

describe('every page in its language', () => {
  it('every built page is in the inventory, with <html lang> of its language', () => {
    for (const file of files) {
      const p = byPath.get(pathOf(file));
      assert.ok(p, `${file}: a page the inventory does not know`);
      assert.equal(page(file)('html').attr('lang'), LANGUAGE[p.lang].tag, file);
      assert.equal(splitPath(p.path).lang, p.lang, `${file}: its path starts with its language`);
    }
  });

  it('no page in another language without its translation: only translated entries and the pages the site makes itself', () => {
    for (const p of pages.filter((q) => q.lang !== 'de')) {
      if (p.entry) assert.ok(p.translation, `${p.path}: a content page in ${p.lang} needs its translation file`);
    }
    for (const key of GERMAN_ONLY_PAGES) {
      for (const lang of Object.keys(LANGUAGE).filter((l) => l !== 'de')) {
        assert.ok(!existsSync(path.join(DIST, lang, key)), `${lang}/${key} must not exist: the page stays German`);
      }
    }
  });

  it('a translated page says so in its language and links to the German page', () => {
    for (const p of pages.filter((q) => q.translation)) {
      const $ = page(`${p.path}/`);
      const note = $('.translation-note');
      assert.equal(note.length, 1, p.path);
      const german = note.find('a[hreflang="de"]');
      assert.equal(german.attr('href'), `${BASE}${p.alternates.de ? `${p.alternates.de}/` : ''}`.replace(/\/\/$/, '/'), p.path);
      assert.equal(german.text().trim(), STRINGS[p.lang]['lang.germanVersion'], p.path);
      assert.ok(note.text().includes(STRINGS[p.lang]['lang.translatedFrom']!.split('{')[0]!.trim()), `${p.path}: the note's sentence in ${p.lang}`);
    }
    // Pages gathered from the cities' translations (Chronik, Begegnungen) say so too.
    for (const p of pages.filter((q) => q.lang !== 'de' && ['chronik', 'begegnungen'].includes(q.key))) {
      const note = page(`${p.path}/`)('.translation-note');
      assert.equal(note.length, 1, p.path);
      assert.equal(note.find('a[hreflang="de"]').attr('href'), `${BASE}${p.key}/`, p.path);
    }
    for (const p of pages.filter((q) => q.lang === 'de' && q.key !== '404')) {
      assert.equal(page(p.path ? `${p.path}/` : '')('.translation-note').length, 0, `${p.path}: a German page is no translation`);
    }
  });
});

describe('translated text', () => {
  const fold = (s: string) => s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();
  it('a translated page shows every paragraph of its translation, and its translated description', () => {
    for (const p of pages.filter((q) => q.translation)) {
      const file = readFileSync(path.join(CONTENT, '..', p.translation!.source), 'utf8');
      const body = file.replace(/^---\n[\s\S]*?\n---\n/, '');
      const $ = page(p.path ? `${p.path}/` : '');
      const main = fold($('main').text());
      for (const para of paragraphs(body)) assert.ok(main.includes(fold(para)), `${p.path}: fehlt „${para.slice(0, 60)}…“`);
      assert.equal($('meta[name="description"]').attr('content'), p.description, p.path);
    }
  });
});

describe('structured data in the page\'s language', () => {
  it('a translated page\'s main item names its language and its own address', () => {
    for (const p of pages.filter((q) => q.translation)) {
      const $ = page(p.path ? `${p.path}/` : '');
      const graph = JSON.parse($('script[type="application/ld+json"]').text())['@graph'] as Record<string, unknown>[];
      const main = graph.find((n) => ['City', 'NewsArticle', 'Event', 'Article', 'WebPage'].includes(String(n['@type'])) && 'inLanguage' in n && n['@type'] !== 'WebSite');
      if (!main) continue;
      assert.equal(main.inLanguage, LANGUAGE[p.lang].tag, p.path);
      if ('url' in main) assert.equal(main.url, abs(p.path), `${p.path}: url`);
      if ('mainEntityOfPage' in main) assert.equal(main.mainEntityOfPage, abs(p.path), `${p.path}: mainEntityOfPage`);
    }
  });
});

describe('hreflang', () => {
  const linksOf = ($: cheerio.CheerioAPI) =>
    Object.fromEntries($('head link[rel="alternate"][hreflang]').toArray().map((l) => [$(l).attr('hreflang')!, $(l).attr('href')!]));

  it('only between pages that exist, absolute, every one naming all and x-default the German page', () => {
    for (const p of pages.filter((q) => q.key !== '404')) {
      const links = linksOf(page(p.path ? `${p.path}/` : ''));
      const alternates = Object.entries(p.alternates) as [Lang, string][];
      if (alternates.length < 2) {
        assert.deepEqual(links, {}, `${p.path}: no other language, no hreflang`);
        continue;
      }
      const expected = Object.fromEntries(alternates.map(([lang, q]) => [LANGUAGE[lang].tag, abs(q)]));
      if (p.alternates.de !== undefined) expected['x-default'] = abs(p.alternates.de);
      assert.deepEqual(links, expected, p.path);
      for (const href of Object.values(links)) {
        const target = decodeURIComponent(new URL(href).pathname).slice(BASE.length);
        assert.ok(existsSync(path.join(DIST, target, 'index.html')), `${p.path} → ${href}`);
        // Reciprocal: the page it names names the same set.
        assert.deepEqual(linksOf(page(target)), links, `${target} and ${p.path} name the same alternates`);
      }
    }
  });

  it('the sitemap names the same alternates', () => {
    const xml = cheerio.load(readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8'), { xml: true });
    for (const u of xml('url').toArray()) {
      const loc = xml(u).children('loc').text();
      const p = byPath.get(decodeURIComponent(new URL(loc).pathname).slice(BASE.length).replace(/\/$/, ''))!;
      assert.ok(p, loc);
      const links = Object.fromEntries(xml(u).children().toArray().filter((c) => c.tagName === 'xhtml:link').map((l) => [xml(l).attr('hreflang')!, xml(l).attr('href')!]));
      const listed = (Object.entries(p.alternates) as [Lang, string][]).filter(([, q]) => byPath.get(q)?.sitemap);
      if (listed.length < 2) assert.deepEqual(links, {}, loc);
      else assert.deepEqual(Object.keys(links).sort(), [...listed.map(([l]) => LANGUAGE[l].tag), ...(p.alternates.de !== undefined ? ['x-default'] : [])].sort(), loc);
    }
  });
});

describe('the language switch', () => {
  it('is a list of links to the page in its other languages, each in its own name, with hreflang and lang', () => {
    for (const file of files) {
      const p = byPath.get(pathOf(file))!;
      const $ = page(file);
      assert.equal($('select').length, 0, file);
      const links = $('nav.languages a').toArray().map((a) => ({ hreflang: $(a).attr('hreflang'), lang: $(a).attr('lang'), text: $(a).text().trim(), href: $(a).attr('href')! }));
      // A 404 page answers for any address: it offers the other languages' start pages instead.
      const alternates = p.key === '404' ? Object.fromEntries(Object.keys(p.alternates).map((l) => [l, l === 'de' ? '' : l])) : p.alternates;
      for (const [lang, q] of Object.entries(alternates) as [Lang, string][]) {
        if (lang === p.lang) continue;
        assert.ok(
          links.some((l) => l.hreflang === LANGUAGE[lang].tag && l.lang === LANGUAGE[lang].tag && l.text === LANGUAGE[lang].name && l.href === `${BASE}${q ? `${q}/` : ''}`),
          `${file}: a link to ${q} in ${LANGUAGE[lang].name}`,
        );
      }
      for (const l of links) assert.ok(existsSync(path.join(DIST, decodeURIComponent(l.href).slice(BASE.length), 'index.html')), `${file}: ${l.href}`);
    }
  });
});

describe('navigation in every language', () => {
  it('the start page link is current on the start page only, in every language', () => {
    for (const file of files) {
      const p = byPath.get(pathOf(file))!;
      const $ = page(file);
      const home = $('header nav:not(.languages) a').first();
      if (home.length === 0) continue;
      assert.equal(home.attr('aria-current'), p.key === '' ? 'page' : undefined, file);
    }
  });
});

describe('links into German from other languages', () => {
  it('a page in another language links to German pages only with hreflang="de"', () => {
    for (const file of files) {
      const p = byPath.get(pathOf(file))!;
      if (p.lang === 'de') continue;
      const $ = page(file);
      // SVG's <a> (the maps' city links) has no hreflang attribute; the list of cities beside each map has it.
      for (const a of $('a[href^="/partnerstaedte/"]').not('svg a').toArray()) {
        const href = decodeURIComponent($(a).attr('href')!.split('#')[0]!);
        const target = byPath.get(href.slice(BASE.length).replace(/\/$/, ''));
        if (!target || target.lang !== 'de') continue;
        assert.equal($(a).attr('hreflang'), 'de', `${file}: ${href} is German`);
      }
    }
  });
});
