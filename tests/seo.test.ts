/**
 * What search engines and shared links see: titles, descriptions, canonical
 * URLs, share cards with their images, structured data, sitemap and feed.
 * Expected values come from the content files and from each page's own text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import de from '../src/i18n/de.json' with { type: 'json' };
import { BASE, DIST, SITE, htmlFiles, page, text, urlOf } from './support/site.ts';
import { cities, news } from './support/content.ts';
import { isoDate } from '../src/lib/dates.ts';
import { STRINGS } from '../src/i18n/index.ts';
import { splitPath, type Lang } from '../src/i18n/languages.ts';

const files = htmlFiles();
/** Each page with its language (the first path segment) and what the tests expect of it in that language. */
const pages = files.map((file) => {
  const { lang, path: key } = splitPath(urlOf(file).slice(BASE.length).replace(/\.html$/, ''));
  return { file, url: urlOf(file), $: page(file), lang, home: key === '', notFound: key === '404', siteTitle: STRINGS[lang]['site.title']! };
});
const OG_LOCALE: Record<Lang, string> = { de: 'de_DE', en: 'en_GB', fr: 'fr_FR', tr: 'tr_TR', bs: 'bs_BA', uk: 'uk_UA', zh: 'zh_CN' };
const noindex = (p: (typeof pages)[number]) => p.$('meta[name="robots"]').attr('content')?.includes('noindex') ?? false;
/** The built file of an absolute URL under the site. */
const fileOf = (absolute: string) => path.join(DIST, decodeURIComponent(new URL(absolute).pathname).slice(BASE.length));

type Node = Record<string, any>;
function graph($: cheerio.CheerioAPI): Node[] {
  const blocks = $('script[type="application/ld+json"]');
  assert.equal(blocks.length, 1, 'one JSON-LD block');
  const data = JSON.parse(blocks.text());
  assert.equal(data['@context'], 'https://schema.org');
  return data['@graph'];
}
const ofType = (nodes: Node[], type: string) => nodes.filter((n) => n['@type'] === type);

describe('every page describes itself', () => {
  it('has a title of its own: the page heading, then the site', () => {
    for (const { file, $, home, siteTitle } of pages) {
      assert.equal($('head title').length, 1, file);
      const title = $('head title').text();
      const expected = home ? siteTitle : `${text($, 'main h1')} – ${siteTitle}`;
      assert.equal(title, expected, file);
    }
    const titles = pages.map((p) => p.$('title').text());
    assert.equal(new Set(titles).size, titles.length, 'no two pages share a title');
  });

  it('has a meta description of 50–160 characters, different on each page', () => {
    const all = pages.map(({ file, $ }) => {
      const d = $('meta[name="description"]').attr('content') ?? '';
      assert.ok(d.length >= 50 && d.length <= 160, `${file}: ${d.length} characters`);
      return d;
    });
    assert.equal(new Set(all).size, all.length, 'no two pages share a description');
  });

  it('names its absolute canonical URL under /partnerstaedte/', () => {
    for (const { file, url, $, notFound } of pages) {
      const canonical = $('link[rel="canonical"]').attr('href');
      // The 404 pages are served at whatever address was not found: they name none.
      assert.equal(canonical, notFound ? undefined : SITE + url, file);
    }
  });

  it('carries an Open Graph card with the page’s values and a large Twitter card', () => {
    for (const { file, url, $, home, siteTitle, lang } of pages) {
      const og = (p: string) => $(`meta[property="og:${p}"]`).attr('content');
      assert.equal(og('title'), home ? siteTitle : text($, 'main h1'), file);
      assert.equal(og('description'), $('meta[name="description"]').attr('content'), file);
      assert.equal(og('url'), $('link[rel="canonical"]').attr('href'), file);
      assert.equal(og('site_name'), siteTitle, file);
      assert.equal(og('locale'), OG_LOCALE[lang], file);
      assert.equal(og('type'), news().some((n) => url === `${BASE}${lang === 'de' ? '' : `${lang}/`}aktuelles/${n.id}/`) ? 'article' : 'website', file);
      assert.ok(og('image')?.startsWith(`${SITE}${BASE}og/`), `${file}: ${og('image')}`);
      assert.equal(og('image:width'), '1200');
      assert.equal(og('image:height'), '630');
      assert.ok((og('image:alt') ?? '').length > 0, `${file}: og:image:alt`);
      assert.equal($('meta[name="twitter:card"]').attr('content'), 'summary_large_image', file);
    }
  });

  it('shares an image of its own that exists and is a 1200×630 PNG', async () => {
    const images = new Set<string>();
    for (const { file, $ } of pages) {
      const image = $('meta[property="og:image"]').attr('content')!;
      images.add(image);
      assert.ok(existsSync(fileOf(image)), `${file}: ${image} is built`);
      const meta = await sharp(fileOf(image)).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['png', 1200, 630], image);
    }
    assert.equal(images.size, pages.length, 'each page has its own image');
  });

  it('links the news feed of its language from its head, where that language has one', () => {
    for (const { file, $, lang } of pages) {
      const href = $('link[rel="alternate"][type="application/rss+xml"]').attr('href');
      const feed = `${lang === 'de' ? '' : `${lang}/`}aktuelles/rss.xml`;
      assert.equal(href, lang === 'de' || existsSync(path.join(DIST, feed)) ? `${BASE}${feed}` : undefined, file);
    }
  });
});

describe('structured data (JSON-LD)', () => {
  it('names the site and its publisher, the Stadt Düren, on every page', () => {
    for (const { file, $ } of pages) {
      const nodes = graph($);
      const [site] = ofType(nodes, 'WebSite');
      const [org] = ofType(nodes, 'GovernmentOrganization');
      assert.ok(site && org, file);
      assert.equal(site.url, SITE + BASE);
      assert.equal(site.name, de['site.title'], 'one site, named in German whatever the page language');
      assert.equal(org.name, 'Stadt Düren');
      assert.equal(site.publisher['@id'], org['@id'], `${file}: the site's publisher is the city`);
    }
  });

  it('gives the breadcrumb trail that the page shows', () => {
    for (const { file, $ } of pages) {
      const visible = $('main nav.breadcrumbs li').map((_, li) => $(li).text().replace(/\s+/g, ' ').replace(/›/g, '').trim()).get();
      const lists = ofType(graph($), 'BreadcrumbList');
      if (visible.length === 0) {
        assert.equal(lists.length, 0, `${file}: no trail shown, none claimed`);
        continue;
      }
      assert.equal(lists.length, 1, file);
      const items = lists[0]!.itemListElement as Node[];
      assert.deepEqual(items.map((i) => i.name), visible, file);
      assert.deepEqual(items.map((i) => i.position), items.map((_, i) => i + 1));
      assert.ok(items.every((i) => String(i.item).startsWith(SITE + BASE)), `${file}: absolute URLs`);
      assert.equal(items.at(-1)!.item, $('link[rel="canonical"]').attr('href'), `${file}: the trail ends here`);
    }
  });

  it('describes each partner city as a City with its coordinates', () => {
    for (const { id, data } of cities()) {
      const $ = page(`${id}/`);
      const [city] = ofType(graph($), 'City');
      assert.ok(city, id);
      assert.equal(city.name, text($, 'main h1'));
      assert.equal(city.geo['@type'], 'GeoCoordinates');
      assert.equal(city.geo.latitude, data.koordinaten.breite, `${id}: latitude`);
      assert.equal(city.geo.longitude, data.koordinaten.laenge, `${id}: longitude`);
      assert.equal(city.sameAs, data.website);
      assert.equal(city.containedInPlace.name, data.land.name, `${id}: country`);
      assert.ok(text($, 'main').includes(city.containedInPlace.name), `${id}: country as shown`);
    }
  });

  it('describes each news item as a NewsArticle with date and publisher', () => {
    for (const { id, data } of news()) {
      const $ = page(`aktuelles/${id}/`);
      const nodes = graph($);
      const [article] = ofType(nodes, 'NewsArticle');
      assert.ok(article, id);
      assert.equal(article.headline, text($, 'main h1'));
      assert.equal(article.datePublished, isoDate(data.datum));
      assert.equal(article.datePublished, $('main time').first().attr('datetime'), 'the date shown');
      // The publisher inline, or (the Stadt Düren itself) by its @id.
      const publisher = article.publisher['@id'] ? nodes.find((n) => n['@id'] === article.publisher['@id']) : article.publisher;
      assert.ok(publisher, `${id}: publisher`);
      assert.equal(publisher.name, data.herausgeber);
      assert.ok(['GovernmentOrganization', 'Organization'].includes(publisher['@type']), `${id}: ${publisher['@type']}`);
      assert.equal(article.mainEntityOfPage, $('link[rel="canonical"]').attr('href'));
      assert.ok(existsSync(fileOf(article.image)), `${article.image} exists`);
    }
  });

  it('keeps "</script>" out of the JSON so it cannot end the block early', () => {
    for (const { file, $ } of pages) assert.ok(!$('script[type="application/ld+json"]').text().includes('</'), file);
  });
});

describe('sitemap', () => {
  const index = cheerio.load(readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8'), { xml: true });
  const listed = index('sitemap > loc').map((_, l) => index(l).text()).get().flatMap((loc) => {
    const $ = cheerio.load(readFileSync(fileOf(loc), 'utf8'), { xml: true });
    return $('url > loc').map((_, l) => $(l).text()).get();
  });

  it('lists every public page and nothing else', () => {
    const expected = pages.filter((p) => !noindex(p)).map((p) => SITE + p.url).sort();
    assert.deepEqual([...listed].sort(), expected);
  });

  it('leaves out the pages that ask not to be indexed (search, 404)', () => {
    const hidden = pages.filter(noindex).map((p) => p.file);
    assert.ok(hidden.includes('404.html') && hidden.includes('suche/index.html'), hidden.join(', '));
    for (const p of pages.filter(noindex)) assert.ok(!listed.some((l) => l.startsWith(SITE + p.url)), p.file);
  });
});

describe('news feed', () => {
  const $ = cheerio.load(readFileSync(path.join(DIST, 'aktuelles/rss.xml'), 'utf8'), { xml: true });

  it('links the news page, with the base path', () => {
    assert.equal($('channel > link').text(), `${SITE}${BASE}aktuelles/`);
  });

  it('has every news item with an absolute link to its page, title and date', () => {
    const items = $('item').toArray();
    assert.equal(items.length, Math.min(news().length, 20), 'the latest 20 items');
    for (const item of items) {
      const link = $(item).find('link').text();
      assert.ok(link.startsWith(`${SITE}${BASE}aktuelles/`), link);
      assert.ok(existsSync(path.join(fileOf(link), 'index.html')), `${link} is a page`);
      const target = page(path.relative(DIST, fileOf(link)) + '/');
      assert.equal($(item).find('title').text(), text(target, 'main h1'));
      assert.equal(new Date($(item).find('pubDate').text()).toISOString().slice(0, 10), target('main time').first().attr('datetime'));
    }
  });
});
