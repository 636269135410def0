/**
 * One list of pages (src/lib/inventory.ts): what it lists is built – with its
 * title, description, trail, share image and search flag – and nothing else
 * is; navigation, sitemap and the search page's list read it; two files for
 * one address stop the build; the site's own ids never collide with the ids of
 * headings in the content.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { DIST, SITE, BASE, htmlFiles, page, text } from './support/site.ts';
import { inventory } from './support/content.ts';
import { makeFixture, type Fixture } from './support/fixture.ts';
import { navigation, type SitePage } from '../src/lib/inventory.ts';
import { t } from '../src/i18n/index.ts';

const pages = inventory();
const fileOf = (p: SitePage) => (p.key === '404' ? `${p.path}.html` : `${p.path ? `${p.path}/` : ''}index.html`);
const href = (p: string) => `${BASE}${p ? `${p}/` : ''}`;
/** One page of each kind in each language: enough to see the shared parts (header, footer) on every template. */
const sample = [...new Map(pages.map((p) => [`${p.lang}:${p.kind}`, p])).values()];

describe('every page of the inventory is built', () => {
  for (const p of pages) {
    test(`${href(p.path)} (${p.source})`, () => {
      const file = path.join(DIST, fileOf(p));
      assert.ok(existsSync(file), `${fileOf(p)} fehlt`);
      const $ = page(fileOf(p));
      assert.equal(text($, 'h1'), p.title.replace(/\s+/g, ' '));
      assert.equal($('meta[name="description"]').attr('content'), p.description);
      assert.deepEqual(
        $('nav.breadcrumbs a').map((_, a) => ({ label: $(a).text().trim(), path: $(a).attr('href') })).get(),
        p.breadcrumbs.map((c) => ({ label: c.label, path: href(c.path) })),
      );
      assert.ok(existsSync(path.join(DIST, 'og', `${p.path || 'index'}.png`)), 'Vorschaubild fehlt');
      assert.equal($('[data-pagefind-body]').length, p.search ? 1 : 0, 'Suchindex');
      assert.equal($('meta[name="robots"][content="noindex"]').length, p.sitemap ? 0 : 1, 'noindex');
    });
  }
});

test('no page is built that the inventory does not list', () => {
  const known = new Set(pages.map(fileOf));
  assert.deepEqual(htmlFiles().filter((f) => !known.has(f)), []);
});

test('the sitemap lists exactly the pages the inventory gives search engines', () => {
  const xml = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
  assert.deepEqual(locs, pages.filter((p) => p.sitemap).map((p) => `${SITE}${href(p.path)}`).sort());
  assert.match(readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8'), new RegExp(`<loc>${SITE}${BASE}sitemap-0\\.xml</loc>`));
});

test('header and footer show the inventory\'s navigation, in its order, on a page of every kind', () => {
  for (const p of sample) {
    const $ = page(fileOf(p));
    // The language switch is a navigation of its own (tests/languages.test.ts); other languages' footers
    // also link the German-only pages, marked with hreflang="de".
    for (const [where, selector] of [['header', 'header.site-header nav:not(.languages) a'], ['footer', 'footer nav a:not([hreflang="de"])']] as const) {
      const links = $(selector).map((_, a) => ({ href: $(a).attr('href'), label: $(a).text().trim() })).get();
      assert.deepEqual(links, navigation(pages, where, p.lang).map((n) => ({ href: href(n.path), label: n.shortTitle })), `${p.path} ${where}`);
    }
  }
});

test('without JavaScript each language\'s search page links every page of its language but the system pages, news items and events through their lists', () => {
  for (const search of pages.filter((p) => p.key === 'suche')) {
    const $ = page(`${search.path}/`);
    const links = new Set($('[data-all-pages] a').map((_, a) => $(a).attr('href')).get());
    const expected = pages.filter((p) => p.lang === search.lang && p.kind !== 'system' && p.kind !== 'news' && p.kind !== 'event').map((p) => href(p.path));
    assert.deepEqual([...links].sort(), expected.sort(), search.path);
  }
});

/** The content gate (npm run test:inhalt) checks the live content; the code's behaviour on copies is tested by npm test. */
const IN_GATE = process.env.TEST_GATE === '1' ? 'im Inhalts-Check nicht nötig (npm test prüft es)' : false;

describe('two files for one address stop the build', { skip: IN_GATE }, () => {
  let fx: Fixture;
  before(() => (fx = makeFixture('adressen')));
  after(() => fx.remove());

  test('a page with the file name of a city', () => {
    const city = pages.find((p) => p.kind === 'city')!;
    // Any page of the seiten collection, moved onto the city's address.
    const other = readdirSync(fx.file('content/seiten')).find((f) => f.endsWith('.mdx'))!;
    const text = fx.read(`content/seiten/${other}`);
    fx.write(`content/seiten/${city.path}.mdx`, text);
    const result = fx.build();
    assert.notEqual(result.status, 0, 'der Build muss fehlschlagen');
    // The content check (src/lib/check) reports it before Astro runs.
    assert.match(result.output, new RegExp(`Fehler in content/seiten/${city.path}\\.mdx\n.*Die Adresse /partnerstaedte/${city.path}/ hat auch content/staedte/${city.path}\\.mdx`));
    assert.ok(!existsSync(fx.file('dist')), 'nichts gebaut');
  });
});

describe('the site\'s own ids never collide with headings in the content', { skip: IN_GATE }, () => {
  let fx: Fixture;
  let built: string;
  /** The own ids of a city page and the texts of the headings they label. */
  const city = pages.find((p) => p.kind === 'city')!;
  const $built = page(fileOf(city));
  const own = $built('[id^="seite:"]')
    .map((_, el) => ({ id: $built(el).attr('id')!, text: /^h\d$/.test(el.tagName) ? $built(el).text().trim() : '' }))
    .get();

  before(() => {
    fx = makeFixture('ids');
    // Headings named like every component section: by its id ("## Kontakt") and by its visible heading.
    const headings = own.flatMap((o) => [o.id.replace(/^seite:/, '').replace(/-/g, ' '), o.text]).filter(Boolean);
    const file = `content/staedte/${city.path}.mdx`;
    fx.write(file, `${fx.read(file)}\n${headings.map((h) => `\n## ${h}\n\nText.\n`).join('')}`);
    built = path.join(fx.dir, 'dist');
    const result = fx.build();
    assert.equal(result.status, 0, result.output);
  });
  after(() => fx.remove());

  test('the city page has its own ids to test (fact box, contact, main …)', () => {
    assert.ok(own.length >= 3, JSON.stringify(own));
    assert.ok(own.some((o) => o.text === t('city.contactHeading')));
  });

  test('every id once, and every aria-labelledby names the heading inside its own section', () => {
    const $ = cheerio.load(readFileSync(path.join(built, fileOf(city)), 'utf8'));
    const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'doppelte ids');
    // The content's headings are there too, with their own ids.
    assert.ok($('h2').filter((_, h) => $(h).text().trim() === t('city.contactHeading')).length >= 2);
    $('[aria-labelledby]').each((_, el) => {
      for (const ref of $(el).attr('aria-labelledby')!.split(/\s+/)) {
        const target = $(el).find(`[id="${ref}"]`);
        assert.equal(target.length, 1, `aria-labelledby="${ref}" zeigt nicht auf eine Überschrift in seinem Bereich`);
      }
    });
    const contact = $(`section[aria-labelledby="${own.find((o) => o.text === t('city.contactHeading'))!.id}"]`);
    assert.equal(contact.length, 1);
    assert.ok(contact.find('a[href^="mailto:"]').length === 1, 'die Ansprechperson ist der beschriftete Bereich');
  });
});
