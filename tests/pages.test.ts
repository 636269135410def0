/**
 * The built site, as a visitor gets it: every page is there, each city page
 * shows the facts from its frontmatter, links work under /partnerstaedte/.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, BASE, SITE, htmlFiles, page, text, urlOf } from './support/site.ts';
import { cities, news, pages } from './support/content.ts';
import { formatKm } from '../src/lib/format.ts';
import { hash, id } from '../src/lib/ids.ts';

const CITY_SLUGS = ['altmuenster', 'cormeilles', 'karadeniz-eregli', 'gradacac', 'jinhua', 'stryj', 'valenciennes'];
/** Whitespace folded; typographic apostrophes (Markdown's smart quotes) as plain ones. */
const fold = (s: string) => s.replace(/\s+/g, ' ').replace(/’/g, "'").trim();

/** The fact box as label → value, the way a screen reader pairs <dt> and <dd>. */
function factBox($: ReturnType<typeof page>): Map<string, string> {
  const facts = new Map<string, string>();
  $('aside dt').each((_, dt) => {
    const dd = $(dt).next('dd');
    dd.find('br').replaceWith(' ');
    facts.set(fold($(dt).text()), fold(dd.text()));
  });
  return facts;
}

describe('Seiten und Adressen', () => {
  const required = [
    '', 'vorwort/', ...CITY_SLUGS.map((s) => `${s}/`), 'aktuelles/',
    'aktuelles/kooperation-kreis-dueren-staedteregion-jinhua/',
    'impressum/', 'datenschutz/', 'barrierefreiheit/', 'suche/', '404.html',
  ];
  for (const p of required) {
    test(`${BASE}${p} existiert`, () => {
      assert.ok(existsSync(path.join(DIST, p, p.endsWith('.html') ? '' : 'index.html')));
    });
  }

  test('jede Partnerstadt aus content/staedte hat ihre Seite, und es sind die sieben', () => {
    assert.deepEqual(cities().map((c) => c.id).sort(), [...CITY_SLUGS].sort());
  });

  test('jede Seite: <html lang="de">, eigener Titel, Sprunglink zum Inhalt, beschriftete Bereiche', () => {
    const titles = new Set<string>();
    for (const f of htmlFiles()) {
      const $ = page(f);
      assert.equal($('html').attr('lang'), 'de', f);
      const title = $('title').text();
      assert.ok(!titles.has(title), `${f}: Titel doppelt: ${title}`);
      titles.add(title);
      const skip = $('a').first();
      assert.equal(skip.attr('href'), hash('inhalt'), `${f}: erster Link ist nicht der Sprunglink`);
      assert.equal($('main').length, 1, f);
      assert.equal($('main').attr('id'), id('inhalt'), f);
      $('nav').each((_, n) => assert.ok($(n).attr('aria-label') || $(n).attr('aria-labelledby'), `${f}: nav ohne Beschriftung`));
      assert.equal($('h1').length, 1, `${f}: genau eine Hauptüberschrift`);
    }
  });

  test('die Fußzeile jeder Seite verlinkt Impressum, Datenschutz und Barrierefreiheit', () => {
    for (const f of htmlFiles()) {
      const $ = page(f);
      for (const p of ['impressum/', 'datenschutz/', 'barrierefreiheit/']) {
        assert.equal($(`footer a[href="${BASE}${p}"]`).length, 1, `${f}: Fußzeile ohne ${p}`);
      }
    }
  });

  test('die Navigation markiert die aktuelle Seite (aria-current)', () => {
    assert.equal(page('vorwort/')('header nav a[aria-current="page"]').text().trim(), 'Vorwort');
    assert.equal(page('')('header nav a[aria-current="page"]').text().trim(), 'Übersicht');
    const $ = page('aktuelles/kooperation-kreis-dueren-staedteregion-jinhua/');
    assert.equal($('header nav a[aria-current]').text().trim(), 'Aktuelles');
  });

  test('die 404-Seite hat das Design der Website und führt zurück', () => {
    const $ = page('404.html');
    assert.equal($('header nav').length, 1);
    assert.match(text($, 'h1'), /nicht gefunden/);
    assert.ok($(`main a[href="${BASE}"]`).length > 0);
  });
});

describe('Startseite', () => {
  const $ = page('');
  test('Titel und Einleitung', () => {
    assert.equal(text($, 'h1'), 'Gelebte Partnerschaften – in Europa und weltweit');
    assert.match(text($, 'main'), /sieben Partnerstädte/);
  });

  test('eine Karte je Stadt: Name, Land, Partner seit, Entfernung', () => {
    for (const c of cities()) {
      const link = $(`main a[href="${BASE}${c.id}/"]`).filter((_, a) => $(a).text().trim() === c.data.name);
      assert.equal(link.length, 1, `keine Karte für ${c.data.name}`);
      const card = fold(link.closest('article').text());
      assert.ok(card.includes(c.data.land.name), `${c.id}: Land`);
      assert.ok(card.includes(c.data.partnerschaftSeit.long), `${c.id}: Partner seit`);
      assert.ok(card.includes(formatKm(c.data.entfernungKm)), `${c.id}: Entfernung`);
    }
  });

  test('verlinkt Vorwort und Aktuelles', () => {
    assert.ok($(`main a[href="${BASE}vorwort/"]`).length > 0);
    assert.ok($(`main a[href="${BASE}aktuelles/"]`).length > 0);
  });
});

describe('Stadtseiten zeigen ihre Angaben aus dem Frontmatter', () => {
  for (const c of cities()) {
    const d = c.data;
    test(d.name, () => {
      const $ = page(`${c.id}/`);
      assert.equal(text($, 'h1'), d.name);
      const facts = factBox($);
      assert.equal(facts.get('Lage'), d.lage.join(' '));
      assert.equal(facts.get('Einwohnerzahl'), d.einwohner.text);
      assert.equal(facts.get('Entfernung von Düren'), formatKm(d.entfernungKm));
      assert.equal(facts.get(d.buergermeister.amt), d.buergermeister.name);
      assert.equal(facts.get('Land'), d.land.name);
      assert.equal(facts.get('Partnerstadt seit'), d.partnerschaftSeit.long);
      assert.match(text($, 'aside'), /Stand: September 2019/);
      assert.equal($(`aside time[datetime="${d.partnerschaftSeit.iso}"]`).text(), d.partnerschaftSeit.long);
      // Kontakt
      assert.equal($(`a[href="${d.kontakt.telefonHref}"]`).text(), d.kontakt.telefon);
      assert.equal($(`a[href="mailto:${d.kontakt.email}"]`).text(), d.kontakt.email);
      assert.ok(fold($('main').text()).includes(d.kontakt.name));
      // Website der Partnerstadt
      assert.equal($(`main a[href="${d.website}"]`).length, 1, 'Website');
      // Meilensteine
      for (const m of d.meilensteine) {
        assert.ok($(`li time[datetime="${m.iso}"]`).length > 0, `Meilenstein ${m.iso}`);
      }
      // Eigenname in eigener Schrift, mit Sprache ausgezeichnet
      if (d.eigenname) assert.equal($(`[lang="${d.eigenname.sprache}"]`).first().text(), d.eigenname.name);
    });
  }

  test('Daten in ihrer wahren Genauigkeit', () => {
    const long = (slug: string) => text(page(`${slug}/`), 'aside time');
    assert.equal(long('valenciennes'), 'Frühjahr 1959');
    assert.equal(long('cormeilles'), 'Juni 1970');
    assert.equal(long('altmuenster'), '18. Dezember 1971');
    assert.match(text(page('gradacac/'), 'main'), /23\.02\.2002/);
  });

  test('deutsche Zahlen: 9.800, ca. 1.200, 5,56 Mio., 2.750 km', () => {
    assert.equal(factBox(page('altmuenster/')).get('Einwohnerzahl'), '9.800');
    assert.equal(factBox(page('cormeilles/')).get('Einwohnerzahl'), 'ca. 1.200');
    assert.equal(factBox(page('jinhua/')).get('Einwohnerzahl'), '5,56 Mio. (einschl. Stadtbezirke)');
    assert.equal(factBox(page('karadeniz-eregli/')).get('Entfernung von Düren'), '2.750 km');
  });

  test('der ganze Text der Broschüre steht auf der Seite', () => {
    for (const c of cities()) {
      const main = fold(page(`${c.id}/`)('main').text());
      const paragraphs = c.body.split(/\n\s*\n/).map((p) => fold(p.replace(/\*\*|<br \/>/g, ''))).filter(Boolean);
      for (const p of paragraphs) assert.ok(main.includes(p), `${c.id}: fehlt: ${p.slice(0, 60)}…`);
    }
  });
});

describe('Vorwort, Impressum, Aktuelles', () => {
  test('Vorwort vollständig, unterschrieben von Paul Larue, Bürgermeister, 2019', () => {
    const $ = page('vorwort/');
    const main = fold($('main').text());
    const body = pages().find((p) => p.id === 'vorwort')!.body;
    for (const p of body.split(/\n\s*\n/).map((x) => fold(x.replace(/<br \/>/g, ' '))).filter(Boolean)) {
      assert.ok(main.includes(p.replace(/ {2,}/g, ' ')), `fehlt: ${p.slice(0, 60)}`);
    }
    assert.match(main, /Paul Larue/);
    assert.match(main, /Bürgermeister/);
    assert.match(main, /2019/);
  });

  test('Impressum nennt den Herausgeber wie die Broschüre', () => {
    const main = text(page('impressum/'), 'main');
    for (const s of ['Stadt Düren', 'Der Bürgermeister', 'Rathaus', 'Kaiserplatz 2-4', '52349 Düren', 'stadt@dueren.de']) {
      assert.ok(main.includes(s), s);
    }
    assert.equal(page('impressum/')('main a[href="mailto:stadt@dueren.de"]').length > 0, true);
  });

  test('die Meldung: Datum, Herausgeber, der doppelte Absatz nur einmal', () => {
    const item = news().find((n) => n.id === 'kooperation-kreis-dueren-staedteregion-jinhua')!;
    const $ = page(`aktuelles/${item.id}/`);
    assert.equal(text($, 'h1'), item.data.titel);
    assert.equal($('time[datetime="2023-03-03"]').first().text(), '3. März 2023');
    assert.match(text($, 'main'), /Kreis Düren/);
    assert.equal(text($, 'main').split('Nproxx').length - 1, 1, 'der wiederholte Absatz steht genau einmal da');
  });

  test('Jinhua verlinkt die Meldung, die Meldung verlinkt Jinhua', () => {
    const item = `${BASE}aktuelles/kooperation-kreis-dueren-staedteregion-jinhua/`;
    assert.ok(page('jinhua/')(`main a[href="${item}"]`).length > 0);
    assert.ok(page('aktuelles/kooperation-kreis-dueren-staedteregion-jinhua/')(`main a[href="${BASE}jinhua/"]`).length > 0);
    assert.ok(page('aktuelles/')(`main a[href="${item}"]`).length > 0);
  });
});

describe('Links, Skripte und Größe', () => {
  /** A link target inside the site → the file that must exist in dist. */
  function target(href: string, from: string): string | undefined {
    const u = new URL(href, `${SITE}${urlOf(from)}`);
    if (u.origin !== SITE || !u.pathname.startsWith(BASE)) return undefined;
    const rel = decodeURIComponent(u.pathname.slice(BASE.length));
    return rel === '' || rel.endsWith('/') ? path.join(DIST, rel, 'index.html') : path.join(DIST, rel);
  }

  test('kein interner Link ist kaputt (unter /partnerstaedte/)', () => {
    const broken: string[] = [];
    for (const f of htmlFiles()) {
      const $ = page(f);
      $('a[href], link[href], img[src], source[srcset], img[srcset], script[src]').each((_, el) => {
        const refs = [$(el).attr('href'), $(el).attr('src'), ...($(el).attr('srcset') ?? '').split(',').map((s) => s.trim().split(' ')[0])]
          .filter((r): r is string => !!r && !r.startsWith('mailto:') && !r.startsWith('tel:') && !r.startsWith('#'));
        for (const r of refs) {
          if (r.startsWith('/') && !r.startsWith(BASE)) broken.push(`${f}: ${r} (ohne /partnerstaedte/)`);
          const file = target(r, f);
          if (file && !existsSync(file)) broken.push(`${f}: ${r}`);
        }
      });
      $('[id]').length; // ids are checked below
      $('a[href^="#"]').each((_, a) => {
        const id = $(a).attr('href')!.slice(1);
        if (id && $(`[id="${id}"]`).length === 0) broken.push(`${f}: #${id}`);
      });
    }
    assert.deepEqual(broken, []);
  });

  test('kein JavaScript außer auf der Suchseite', () => {
    for (const f of htmlFiles()) {
      if (f.startsWith('suche/')) continue;
      const $ = page(f);
      const scripts = $('script').filter((_, s) => $(s).attr('type') !== 'application/ld+json');
      assert.equal(scripts.length, 0, `${f} lädt JavaScript`);
    }
  });

  test('jede Seite erlaubt per Content-Security-Policy nur eigene Dateien, kein unsafe-inline', () => {
    for (const f of htmlFiles()) {
      const csp = page(f)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      assert.match(csp, /default-src 'self'/, f);
      assert.match(csp, /script-src 'self'/, f);
      assert.doesNotMatch(csp, /unsafe-inline|https?:/, f);
    }
  });

  test('Größenbudget: HTML und CSS jeder Seite unter 20 KB (gzip)', () => {
    for (const f of htmlFiles()) {
      const html = readFileSync(path.join(DIST, f));
      let bytes = gzipSync(html, { level: 9 }).length;
      const $ = page(f);
      $('link[rel="stylesheet"]').each((_, l) => {
        const file = target($(l).attr('href')!, f)!;
        bytes += gzipSync(readFileSync(file), { level: 9 }).length;
      });
      assert.ok(bytes < 20 * 1024, `${f}: ${bytes} Bytes`);
    }
  });
});
