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
import { cities, inventory, news, pages, paragraphs, start } from './support/content.ts';
import { countWord, formatKm } from '../src/lib/format.ts';
import { formatDateLong, isoDate } from '../src/lib/dates.ts';
import de from '../src/i18n/de.json' with { type: 'json' };
import { hash, id } from '../src/lib/ids.ts';
import { NEWS_LATEST } from '../src/lib/pagination.ts';
import { navigation } from '../src/lib/inventory.ts';
import { LANGUAGE, splitPath } from '../src/i18n/languages.ts';

/** Whitespace folded; typographic apostrophes (Markdown's smart quotes) as plain ones. */
const fold = (s: string) => s.replace(/\s+/g, ' ').replace(/’/g, "'").trim();

/** The fact box as label → value, the way a screen reader pairs <dt> and <dd>. */
function factBox($: ReturnType<typeof page>): Map<string, string> {
  const facts = new Map<string, string>();
  $('aside dt').each((_, dt) => {
    const dd = $(dt).next('dd').clone();
    dd.find('br').replaceWith(' ');
    dd.find('.fact-as-of').remove();
    facts.set(fold($(dt).text()), fold(dd.text()));
  });
  return facts;
}

describe('Seiten und Adressen', () => {
  // Every page of the inventory (the one list the build's routes read), built from today's content.
  const required = inventory().map((p) => (p.key === '404' ? `${p.path}.html` : p.path ? `${p.path}/` : ''));
  for (const p of required) {
    test(`${BASE}${p} existiert`, () => {
      assert.ok(existsSync(path.join(DIST, p, p.endsWith('.html') ? '' : 'index.html')));
    });
  }

  test('die Startseite zeigt jede Partnerstadt aus content/staedte und nennt ihre Zahl', () => {
    const $ = page('');
    const linked = new Set($('main article h3 a').map((_, a) => $(a).attr('href')).get());
    assert.deepEqual([...linked].sort(), cities().map((c) => `${BASE}${c.id}/`).sort());
    assert.equal(text($, `main h2[id="${id('staedte')}"]`), de['home.citiesHeading'].replace('{count}', countWord(cities().length)));
  });

  test('jede Seite: <html lang> ihrer Sprache, Sprunglink zum Inhalt, beschriftete Bereiche', () => {
    for (const f of htmlFiles()) {
      const $ = page(f);
      assert.equal($('html').attr('lang'), LANGUAGE[splitPath(f.replace(/(index)?\.html$/, '')).lang].tag, f);
      const skip = $('a').first();
      assert.equal(skip.attr('href'), hash('inhalt'), `${f}: erster Link ist nicht der Sprunglink`);
      assert.equal($('main').length, 1, f);
      assert.equal($('main').attr('id'), id('inhalt'), f);
      $('nav').each((_, n) => assert.ok($(n).attr('aria-label') || $(n).attr('aria-labelledby'), `${f}: nav ohne Beschriftung`));
      assert.equal($('h1').length, 1, `${f}: genau eine Hauptüberschrift`);
    }
  });

  test('keine id kommt auf einer Seite doppelt vor (auch nicht mit Überschriften aus dem Text)', () => {
    for (const f of htmlFiles()) {
      const $ = page(f);
      const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
      assert.deepEqual(ids.filter((x, i) => ids.indexOf(x) !== i), [], f);
    }
  });

  test('die Navigation markiert die aktuelle Seite (aria-current)', () => {
    // Every header link marks its own page (the inventory names them).
    for (const item of navigation(inventory(), 'header')) {
      const $ = page(item.path ? `${item.path}/` : '');
      assert.equal($('header nav a[aria-current="page"]').text().trim(), item.shortTitle, item.path);
    }
    for (const n of news()) {
      assert.equal(page(`aktuelles/${n.id}/`)('header nav a[aria-current]').text().trim(), de['nav.news'], n.id);
    }
  });

  test('die 404-Seite hat das Design der Website und führt zurück', () => {
    const $ = page('404.html');
    assert.equal($('header nav:not(.languages)').length, 1);
    assert.equal(text($, 'h1'), de['notFound.title']);
    assert.ok($(`main a[href="${BASE}"]`).length > 0);
  });
});

describe('Startseite', () => {
  const $ = page('');
  test('Überschrift und Einleitung aus content/startseite.mdx', () => {
    const s = start();
    assert.equal(text($, 'h1'), s.data.ueberschrift);
    assert.equal($('meta[name="description"]').attr('content'), s.data.beschreibung);
    const main = fold($('main').text());
    for (const p of paragraphs(s.body)) assert.ok(main.includes(p), `fehlt: ${p.slice(0, 60)}…`);
  });

  test('eine Karte je Stadt: Name, Land, Partner seit, Entfernung', () => {
    for (const c of cities()) {
      const link = $(`main article a[href="${BASE}${c.id}/"]`).filter((_, a) => $(a).text().trim() === c.data.name);
      assert.equal(link.length, 1, `keine Karte für ${c.data.name}`);
      const card = fold(link.closest('article').text());
      assert.ok(card.includes(c.data.land.name), `${c.id}: Land`);
      assert.ok(card.includes(c.data.partnerschaftSeit.long), `${c.id}: Partner seit`);
      assert.ok(card.includes(formatKm(c.data.entfernungKm)), `${c.id}: Entfernung`);
    }
  });

  test('das Vorwort erscheint als Vorwort der Broschüre, mit Autor und Datum, nicht als heutiger Gruß', () => {
    const v = pages().find((p) => p.id === 'vorwort');
    if (!v) return;
    const section = fold($(`main section[aria-labelledby="${id('vorwort')}"]`).text());
    if (v.data.datum) assert.ok(section.includes(v.data.datum.long), 'Datum des Vorworts');
    if (v.data.autor) assert.ok(section.includes(v.data.autor), 'Autor des Vorworts');
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
      assert.equal($(`aside time[datetime="${d.partnerschaftSeit.iso}"]`).text(), d.partnerschaftSeit.long);
      // Kontakt, mit dem Stand der Angaben
      assert.equal($(`a[href="${d.kontakt.telefonHref}"]`).text(), d.kontakt.telefon);
      assert.equal($(`a[href="mailto:${d.kontakt.email}"]`).text(), d.kontakt.email);
      assert.ok(fold($('main').text()).includes(d.kontakt.name));
      assert.ok(fold($('main').text()).includes(`Stand: ${d.kontakt.stand.long}`), 'Stand der Ansprechperson');
      // Website der Partnerstadt
      assert.equal($(`main a[href="${d.website}"]`).length, 1, 'Website');
      // Meilensteine in zeitlicher Reihenfolge, so genau wie bekannt
      const shown = $('main ol > li > time').map((_, t) => $(t).attr('datetime')).get();
      assert.deepEqual(shown, d.meilensteine.map((m) => m.iso), 'Meilensteine');
      for (const m of d.meilensteine) {
        assert.equal($(`li time[datetime="${m.iso}"]`).first().text(), m.precision === 'day' ? m.short : m.long, `Meilenstein ${m.iso}`);
      }
      // Eigenname in eigener Schrift, mit Sprache ausgezeichnet
      if (d.eigenname) assert.equal($(`main [lang="${d.eigenname.sprache}"]`).first().text(), d.eigenname.name);
    });

    test(`${d.name}: der Stand jeder Angabe im Steckbrief`, () => {
      const $ = page(`${c.id}/`);
      const aside = fold($('aside').text());
      const asOf = (date: string) => de['city.asOf'].replace('{date}', date);
      if (d.einwohner.stand.iso === d.buergermeister.stand.iso) {
        // One Stand for the whole box, said once.
        assert.equal(aside.split(asOf(d.einwohner.stand.long)).length - 1, 1, aside);
      } else {
        const dd = (label: string) => fold($('aside dt').filter((_, dt) => fold($(dt).text()) === label).next('dd').text());
        assert.ok(dd('Einwohnerzahl').includes(asOf(d.einwohner.stand.long)), 'Stand der Einwohnerzahl');
        assert.ok(dd(d.buergermeister.amt).includes(asOf(d.buergermeister.stand.long)), 'Stand beim Bürgermeister');
      }
    });
  }

  test('Zahlen mit deutschen Tausenderpunkten', () => {
    for (const c of cities()) {
      const shown = factBox(page(`${c.id}/`)).get('Einwohnerzahl')!;
      if (c.data.einwohner.zahl >= 1_000_000) assert.match(shown, /\d,\d+ Mio\./, c.id);
      else assert.match(shown, c.data.einwohner.zahl >= 1000 ? /(^|\s)\d{1,3}(\.\d{3})+\b/ : /\b\d{1,3}\b/, c.id);
      assert.match(factBox(page(`${c.id}/`)).get('Entfernung von Düren')!, /^\d{1,3}(\.\d{3})*( ,\d+)? km$/, c.id);
    }
  });

  test('der ganze Text jeder Stadt steht auf der Seite', () => {
    for (const c of cities()) {
      const main = fold(page(`${c.id}/`)('main').text());
      for (const p of paragraphs(c.body)) assert.ok(main.includes(p), `${c.id}: fehlt: ${p.slice(0, 60)}…`);
    }
  });
});

describe('Vorwort, Seiten, Aktuelles', () => {
  test('jede Seite aus content/seiten zeigt ihren ganzen Text', () => {
    for (const p of pages()) {
      const main = fold(page(`${p.id}/`)('main').text()).replace(/ {2,}/g, ' ');
      for (const para of paragraphs(p.body)) assert.ok(main.includes(para), `${p.id}: fehlt: ${para.slice(0, 60)}`);
    }
  });

  test('ein Text mit Autor und Datum (das Vorwort) ist unterschrieben und datiert', () => {
    for (const p of pages().filter((x) => x.data.autor && x.data.datum)) {
      const $ = page(`${p.id}/`);
      const meta = fold($('main .meta').text());
      assert.equal(meta, `${p.data.autor}, ${p.data.datum!.long}`, p.id);
      if (p.data.herkunft) assert.ok(fold($('main').text()).includes(p.data.herkunft), `${p.id}: Herkunft`);
    }
  });

  test('das Impressum (wenn es eines gibt) verlinkt die E-Mail-Adressen aus seinem Text', () => {
    for (const p of pages().filter((x) => x.id === 'impressum')) {
      for (const [address] of p.body.matchAll(/[\w.-]+@[\w.-]+\.\w+/g)) {
        assert.ok(page(`${p.id}/`)(`main a[href="mailto:${address}"]`).length > 0, `${p.id}: ${address}`);
      }
    }
  });

  test('zwischen Begriff und Wert steht ein Leerzeichen (Suchauszug „Partnerstadt seit 15. …“, nicht „seit15.“)', () => {
    const glued: string[] = [];
    for (const f of htmlFiles()) {
      const $ = page(f);
      $('main dt').each((_, dt) => {
        const next = dt.nextSibling;
        const between = next && next.type === 'text' ? $(next).text() : '';
        if (!/\s/.test(between) && !/\s$/.test($(dt).text())) glued.push(`${urlOf(f)}: ${$(dt).text()}`);
      });
    }
    assert.deepEqual(glued, []);
  });

  test('der Link zu allen Meldungen einer Stadt nennt eine Zahl nur, wenn die Seite nicht alle zeigt (kein „Alle 1 Meldungen“)', () => {
    for (const city of cities()) {
      const own = news().filter((n) => n.data.staedte.includes(city.id));
      if (own.length === 0) continue;
      const link = text(page(`${city.id}/`), `main a[href="${BASE}aktuelles/${city.id}/"]`);
      const expected = own.length > NEWS_LATEST
        ? de['news.allForCity'].replace('{count}', String(own.length)).replace('{city}', city.data.name)
        : de['news.allForCityFew'].replace('{city}', city.data.name);
      assert.equal(link, expected, city.id);
    }
  });

  for (const item of news()) {
    test(`Meldung ${item.id}: Titel, Datum, Herausgeber, Quelle, jeder Absatz genau einmal`, () => {
      const $ = page(`aktuelles/${item.id}/`);
      assert.equal(text($, 'h1'), item.data.titel);
      assert.equal($(`time[datetime="${isoDate(item.data.datum)}"]`).first().text(), formatDateLong(item.data.datum));
      const main = fold($('main').text());
      assert.ok(main.includes(item.data.herausgeber));
      assert.ok(main.includes(`${de['news.source']}: ${item.data.quelle.name}`), 'Quelle: mit Leerzeichen');
      for (const p of paragraphs(item.body, { headings: false })) {
        assert.equal(main.split(p).length - 1, 1, `genau einmal: ${p.slice(0, 60)}`);
      }
      // Each city named in the item links to it, and the item links back.
      for (const city of item.data.staedte) {
        assert.ok(page(`${city}/`)(`main a[href="${BASE}aktuelles/${item.id}/"]`).length > 0, `${city} verlinkt die Meldung`);
        assert.ok($(`main a[href="${BASE}${city}/"]`).length > 0, `die Meldung verlinkt ${city}`);
      }
      assert.ok(page('aktuelles/')(`main a[href="${BASE}aktuelles/${item.id}/"]`).length > 0);
    });
  }
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
      $('a[href^="#"]').each((_, a) => {
        const id = $(a).attr('href')!.slice(1);
        if (id && $(`[id="${id}"]`).length === 0) broken.push(`${f}: #${id}`);
      });
    }
    assert.deepEqual(broken, []);
  });

  test('jede Seite erlaubt per Content-Security-Policy nur eigene Dateien, kein unsafe-inline', () => {
    for (const f of htmlFiles()) {
      const csp = page(f)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      assert.match(csp, /default-src 'self'/, f);
      assert.match(csp, /script-src 'self'/, f);
      assert.doesNotMatch(csp, /unsafe-inline|https?:/, f);
    }
  });

  test('Größenbudget: HTML und CSS jeder Seite unter 15 KB (gzip), wie der Leitfaden verlangt', () => {
    for (const f of htmlFiles()) {
      const html = readFileSync(path.join(DIST, f));
      let bytes = gzipSync(html, { level: 9 }).length;
      const $ = page(f);
      $('link[rel="stylesheet"]').each((_, l) => {
        const file = target($(l).attr('href')!, f)!;
        bytes += gzipSync(readFileSync(file), { level: 9 }).length;
      });
      assert.ok(bytes < 15 * 1024, `${f}: ${bytes} Bytes`);
    }
  });
});
