/**
 * Where and when, in the built site: the maps (points and labels against the
 * frontmatter, readable on screen, no overlap in a real browser), the chronicle's
 * order, the encounters with their source sentences, the open data files against
 * the schemas. Expectations come from the content files, never from today's texts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BASE, DIST, SITE, page, text } from './support/site.ts';
import { cities } from './support/content.ts';
import { siteInBrowser } from './support/browser.ts';
import { isFar } from '../src/lib/map.ts';
import { DUEREN, direction } from '../src/lib/geo.ts';
import { formatKm } from '../src/lib/format.ts';
import { id } from '../src/lib/ids.ts';
import { dateKey } from '../src/lib/chronicle.ts';
import { feastDate } from '../src/lib/feasts.ts';
import { DATA_LICENSE } from '../src/config/open-data.ts';

const all = cities();
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('Übersichtskarte auf der Startseite', () => {
  const $ = page('');
  const near = all.filter((c) => !isFar(c.data.koordinaten));
  const far = all.filter((c) => isFar(c.data.koordinaten));

  for (const version of ['wide', 'narrow']) {
    test(`Europa (${version}): jede nahe Partnerstadt als Kreis mit Link und Namen (beschriftet oder, wenn die Namen nicht passen, als Titel des Punkts), Düren als Quadrat`, () => {
      const svg = $(`svg.map.${version}`);
      assert.equal(svg.length, 1);
      const links = svg.find('a');
      assert.deepEqual(links.map((_, a) => $(a).attr('href')).get().sort(), near.map((c) => `${BASE}${c.id}/`).sort());
      // Names on the map, or points only (every name then is the point's <title>, and the list below names every city).
      const named = svg.find('text').length > 0;
      const nameOf = (el: ReturnType<typeof svg.find>) => fold(el.find(named ? 'text' : 'title').text());
      for (const c of near) {
        const a = svg.find(`a[href="${BASE}${c.id}/"]`);
        assert.equal(nameOf(a), c.data.name);
        assert.equal(a.find('circle').length, 1, `${c.id}: Kreis`);
      }
      assert.equal(svg.find('rect').length, 1, 'Düren als Quadrat');
      assert.equal(nameOf(svg.find('rect').parent()), DUEREN.name);
      const label = svg.attr('aria-label') ?? '';
      for (const c of near) assert.ok(label.includes(c.data.name), `aria-label nennt ${c.data.name}`);
    });
  }

  test('Globus: die fernen Partnerstädte mit Link', () => {
    const svg = $('svg.map.globe');
    assert.equal(svg.length, far.length > 0 ? 1 : 0);
    const named = svg.find('text').length > 0;
    for (const c of far) assert.equal(fold(svg.find(`a[href="${BASE}${c.id}/"] ${named ? 'text' : 'title'}`).text()), c.data.name);
  });

  test('gleich unter der Karte dieselben Angaben in Worten: Stadt (Link), Land, Entfernung, Richtung, Partner seit – aus dem Frontmatter', () => {
    const overview = $('.overview');
    const list = overview.next(`section[aria-labelledby="${id('staedte')}"]`);
    assert.equal(list.length, 1, 'die Liste der Städte folgt direkt auf die Karte');
    const items = list.find('ul > li');
    assert.equal(items.length, all.length);
    for (const c of all) {
      const item = items.filter((_, li) => $(li).find(`a[href="${BASE}${c.id}/"]`).length === 1);
      assert.equal(item.length, 1, c.id);
      const line = fold(item.text());
      for (const part of [c.data.name, c.data.land.name, formatKm(c.data.entfernungKm), direction(DUEREN, c.data.koordinaten), c.data.partnerschaftSeit.long]) {
        assert.ok(line.includes(part), `${c.id}: ${part} in „${line}“`);
      }
    }
  });

  test('keine Kacheln, keine Bilder von anderswo, kein <style> und kein style="" in den Karten', () => {
    const maps = $('svg.map');
    assert.equal(maps.find('style, image, foreignObject, [style]').length, 0);
  });
});

describe('Lagekarte auf jeder Stadtseite', () => {
  for (const c of all) {
    test(c.data.name, () => {
      const $ = page(`${c.id}/`);
      const svg = $('main svg.map[role="img"]');
      assert.equal(svg.length, 1);
      const label = svg.attr('aria-label') ?? '';
      assert.ok(label.includes(c.data.name) && label.includes(formatKm(c.data.entfernungKm)), label);
      assert.deepEqual(svg.find('text').map((_, t) => $(t).text()).get().sort(), [DUEREN.name, c.data.name].sort());
      assert.equal(svg.find('a').length, 0, 'die Lagekarte ist ein Bild ohne Links');
      assert.ok(svg.find('path.country').length === 1, 'Land hervorgehoben');
      assert.ok(fold(svg.parent().find('figcaption').text()).includes(formatKm(c.data.entfernungKm)));
    });
  }
});

describe('Karten im Browser', () => {
  const session = siteInBrowser();
  const paths = ['', ...all.map((c) => `${c.id}/`)];
  const widths = [320, 375, 1280];
  // One load per page: it is measured at each width (the viewport resized; the maps follow by CSS
  // alone), first in the site's font, then with a wide font and the WCAG 1.4.12 text spacing.
  test(`${widths.join(', ')} px: Namen mindestens 14 px groß, keine Überschneidung – auch mit breiter Schrift und Textabständen`, async () => {
    const context = await session.browser.newContext({ viewport: { width: widths[0]!, height: 900 }, bypassCSP: true });
    const problems: string[] = [];
    try {
      const tab = await context.newPage();
      for (const p of paths) {
        await tab.goto(session.site.url(p));
        for (const font of ['', "'DejaVu Sans', sans-serif"]) {
          if (font) {
            // A wide font and the WCAG 1.4.12 text spacing must not make labels collide.
            await tab.addStyleTag({ content: `svg.map text { font-family: ${font} !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }` });
          }
          for (const width of widths) {
            await tab.setViewportSize({ width, height: 900 });
            problems.push(
              ...(await tab.evaluate(([where, width]) => {
                const out: string[] = [];
                if (window.innerWidth !== width) out.push(`${where}: Fenster ${window.innerWidth} statt ${width} px breit`);
                for (const svg of document.querySelectorAll<SVGSVGElement>('svg.map')) {
                  if (svg.getBoundingClientRect().width === 0) continue; // the other version, hidden
                  const boxes = [...svg.querySelectorAll('text')].map((t) => ({ name: t.textContent, r: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize) * (svg.getScreenCTM()?.a ?? 1) }));
                  const marks = [...svg.querySelectorAll('circle, rect')].map((m) => m.getBoundingClientRect());
                  const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
                  const frame = svg.getBoundingClientRect();
                  for (const [i, b] of boxes.entries()) {
                    if (b.px < 13.95) out.push(`${where}: ${b.name} nur ${b.px.toFixed(1)} px`);
                    if (b.r.left < frame.left - 1 || b.r.right > frame.right + 1) out.push(`${where}: ${b.name} ragt aus der Karte`);
                    for (const o of boxes.slice(i + 1)) if (hit(b.r, o.r)) out.push(`${where}: ${b.name} überdeckt ${o.name}`);
                    for (const m of marks) if (hit(b.r, m)) out.push(`${where}: ${b.name} überdeckt einen Punkt`);
                  }
                }
                return out;
              }, [`/${p} ${width} px ${font || 'Standardschrift'}`, width] as const)),
            );
          }
        }
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(problems, []);
  });
});

describe('Farben der Karten (axe prüft SVG-Text nur als „unvollständig“)', () => {
  const session = siteInBrowser();
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
    return (x! + 0.05) / (y! + 0.05);
  };
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme === 'light' ? 'hell' : 'dunkel'}: Namen 4,5:1 zu ihrem Rand, Punkte 3:1 zu Land und Meer`, async () => {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      const tab = await context.newPage();
      await tab.goto(session.site.url(''));
      const c = await tab.evaluate(() => {
        const svg = document.querySelector('svg.map.wide')!;
        const style = (sel: string) => getComputedStyle(svg.querySelector(sel)!);
        const globe = document.querySelector('svg.map.globe');
        return {
          text: style('g text').fill,
          link: style('a text').fill,
          halo: style('text').stroke,
          land: style('.land').fill,
          page: getComputedStyle(document.body).backgroundColor,
          sea: globe ? getComputedStyle(globe.querySelector('.sea')!).fill : getComputedStyle(document.body).backgroundColor,
          partner: style('.partner').fill,
          home: style('.home').fill,
        };
      });
      await context.close();
      assert.ok(contrast(c.text, c.halo) >= 4.5, `Düren ${c.text} auf ${c.halo}`);
      assert.ok(contrast(c.link, c.halo) >= 4.5, `Städte ${c.link} auf ${c.halo}`);
      for (const ground of [c.land, c.page, c.sea]) {
        assert.ok(contrast(c.partner, ground) >= 3, `Kreis ${c.partner} auf ${ground}`);
        assert.ok(contrast(c.home, ground) >= 3, `Quadrat ${c.home} auf ${ground}`);
      }
    });
  }
});

describe('Chronik', () => {
  const $ = page('chronik/');
  test('alle Meilensteine und Gründungen, zeitlich geordnet, in ihrer Genauigkeit, mit Link zur Stadt', () => {
    const items = $('ol.timeline > li');
    const milestones = all.reduce((n, c) => n + c.data.meilensteine.length, 0);
    const foundingsWithoutMilestone = all.filter((c) => !c.data.meilensteine.some((m) => m.iso === c.data.partnerschaftSeit.iso && m.season === c.data.partnerschaftSeit.season)).length;
    assert.equal(items.length, milestones + foundingsWithoutMilestone);
    const shown = items.map((_, li) => ({ iso: $(li).find('time').attr('datetime')!, text: fold($(li).find('time').text()), href: $(li).find('a').attr('href') })).get();
    const byIso = new Map(all.flatMap((c) => [c.data.partnerschaftSeit, ...c.data.meilensteine].map((d) => [`${d.iso}|${d.long}`, d])));
    let previous = -Infinity;
    for (const s of shown) {
      const d = byIso.get(`${s.iso}|${s.text}`);
      assert.ok(d, `${s.text} (${s.iso}) steht so im Frontmatter`);
      assert.ok(dateKey(d) >= previous, `${s.text} steht in zeitlicher Reihenfolge`);
      previous = dateKey(d);
      assert.ok(all.some((c) => s.href === `${BASE}${c.id}/`), `${s.text}: Link zur Stadt`);
    }
    for (const c of all) {
      for (const m of c.data.meilensteine) assert.ok(fold($('ol.timeline').text()).includes(fold(m.text)), `${c.id}: ${m.text}`);
    }
  });

  test('runde Jubiläen in diesem und im nächsten Jahr, aus den Gründungsdaten', () => {
    const year = new Date().getUTCFullYear();
    const section = fold($(`section[aria-labelledby="seite:jubilaeen"]`).text());
    for (const y of [year, year + 1]) {
      for (const c of all) {
        const n = y - c.data.partnerschaftSeit.year;
        const phrase = `${y}: ${n} Jahre Partnerschaft mit ${c.data.name}`;
        assert.equal(section.includes(phrase), n > 0 && n % 5 === 0, phrase);
      }
    }
  });
});

describe('Begegnungen', () => {
  const $ = page('begegnungen/');
  const main = fold($('main').text());
  test('jede Begegnung aus dem Frontmatter mit Stadt-Link und ihrem Quellensatz', () => {
    for (const c of all) {
      for (const e of c.data.begegnungen) {
        const quote = $('blockquote').filter((_, b) => fold($(b).text()) === `„${fold(e.quelle)}“`);
        assert.ok(quote.length >= 1, `${c.id}: ${e.name}`);
        assert.ok(quote.parent().find(`a[href="${BASE}${c.id}/"]`).length >= 1, `${c.id}: ${e.name} verlinkt die Stadt`);
        assert.ok(main.includes(e.name), e.name);
      }
    }
  });
  // Whether each source sentence stands word for word in a city's text or the transcription is a content rule:
  // src/lib/check/sources.ts (a warning of npm run pruefen), tests/unit/sources.test.ts.
  test('Feste mit wechselndem Datum: kein Monat, nur das Datum des Feiertags selbst, als solches benannt', () => {
    const feasts = $(`section[aria-labelledby="seite:feste"] > ul > li`);
    for (const li of feasts.toArray()) {
      const t = fold($(li).text());
      const time = $(li).find('p.feast time');
      if (time.length) {
        assert.match(t, /kein bestätigter Termin/);
        const d = new Date(`${time.attr('datetime')}T00:00:00Z`);
        const heading = fold($(li).find('h3').text());
        const fest = all.flatMap((c) => c.data.begegnungen).find((e) => e.fest && e.name === heading)!.fest!;
        assert.equal(feastDate(fest, d.getUTCFullYear())?.getTime(), d.getTime());
      }
      assert.equal($(li).find('.when').length, 0);
    }
  });
});

describe('Offene Daten', () => {
  const $ = page('daten/');
  const json = JSON.parse(readFileSync(path.join(DIST, 'daten/partnerstaedte.json'), 'utf8'));
  const csv = readFileSync(path.join(DIST, 'daten/partnerstaedte.csv'), 'utf8');
  const geo = JSON.parse(readFileSync(path.join(DIST, 'daten/partnerstaedte.geojson'), 'utf8'));

  test('JSON: jede Stadt mit den Angaben aus dem Frontmatter und ihrem Stand, Lizenz', () => {
    assert.equal(json.lizenz.name, DATA_LICENSE.name);
    assert.equal(json.staedte.length, all.length);
    for (const c of all) {
      const r = json.staedte.find((s: { id: string }) => s.id === c.id);
      assert.equal(r.name, c.data.name);
      assert.deepEqual(r.land.wert, { code: c.data.land.code, name: c.data.land.name });
      assert.equal(r.einwohner.wert.zahl, c.data.einwohner.zahl);
      assert.equal(r.entfernungKm.wert, c.data.entfernungKm);
      assert.equal(r.buergermeister.wert.name, c.data.buergermeister.name);
      assert.equal(r.partnerschaftSeit.wert.datum, c.data.partnerschaftSeit.iso);
      assert.equal(r.url, `${SITE}${BASE}${c.id}/`);
      // Each fact's Stand: its own where the frontmatter has one, else the page's.
      assert.equal(r.einwohner.stand, c.data.einwohner.stand.iso, `${c.id}.einwohner.stand`);
      assert.equal(r.buergermeister.stand, c.data.buergermeister.stand.iso, `${c.id}.buergermeister.stand`);
      for (const fact of ['land', 'lage', 'entfernungKm', 'partnerschaftSeit']) assert.equal(r[fact].stand, c.data.stand.iso, `${c.id}.${fact}`);
    }
  });

  test('CSV öffnet in deutschen Tabellenprogrammen: BOM, Semikolon, Dezimalkomma, eine Zeile je Stadt', () => {
    assert.equal(csv.charCodeAt(0), 0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, all.length + 1);
    const head = lines[0]!.split(';');
    for (const c of all) {
      const row = lines.find((l) => l.startsWith(`${c.id};`))!.split(';');
      assert.equal(row[head.indexOf('breite')], String(c.data.koordinaten.breite).replace('.', ','));
      assert.equal(row[head.indexOf('laenge')], String(c.data.koordinaten.laenge).replace('.', ','));
    }
  });

  test('GeoJSON: Punkte in [Länge, Breite]', () => {
    assert.equal(geo.type, 'FeatureCollection');
    assert.equal(geo.features.length, all.length);
    for (const c of all) {
      const f = geo.features.find((x: { id: string }) => x.id === c.id);
      assert.deepEqual(f.geometry.coordinates, [c.data.koordinaten.laenge, c.data.koordinaten.breite]);
    }
  });

  test('die Seite verlinkt die drei Dateien, nennt Lizenz und Stand; JSON-LD Dataset', () => {
    for (const f of ['partnerstaedte.json', 'partnerstaedte.csv', 'partnerstaedte.geojson']) {
      assert.equal($(`main a[href="${BASE}daten/${f}"]`).length, 1, f);
    }
    assert.ok(text($, 'main').includes(DATA_LICENSE.name));
    const graph = JSON.parse($('script[type="application/ld+json"]').text());
    const things = (graph['@graph'] ?? [graph]) as Record<string, unknown>[];
    const dataset = things.find((t) => t['@type'] === 'Dataset') as { license: string; distribution: { contentUrl: string }[] };
    assert.ok(dataset, 'Dataset');
    assert.equal(dataset.license, DATA_LICENSE.url);
    for (const d of dataset.distribution) assert.ok(existsSync(path.join(DIST, d.contentUrl.replace(`${SITE}${BASE}`, ''))), d.contentUrl);
  });
});

describe('Wo Bürgerinnen und Bürger suchen', () => {
  test('Chronik und Begegnungen im Kopf, Offene Daten im Fuß jeder Seite; Kartendaten auf Bildnachweise', () => {
    for (const p of ['', `${all[0]!.id}/`, 'chronik/']) {
      const $ = page(p);
      assert.equal($(`header nav a[href="${BASE}chronik/"]`).length, 1, `/${p}: Chronik`);
      assert.equal($(`header nav a[href="${BASE}begegnungen/"]`).length, 1, `/${p}: Begegnungen`);
      assert.equal($(`footer a[href="${BASE}daten/"]`).length, 1, `/${p}: Daten`);
    }
    assert.match(text(page('bildnachweise/'), 'main'), /Natural Earth/);
  });
});
