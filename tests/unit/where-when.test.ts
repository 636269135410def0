/**
 * Unit tests for the map (projection, label placement), directions, moveable feasts,
 * the chronicle, the encounters schema and the open data formats. Expectations come
 * from the content files through the schemas, or from rules that hold for any input.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { cities } from '../support/content.ts';
import { europeMap, globeMap, locatorMap, isFar, placeLabels, MapLabelError, SHARE_LOCATOR_SIZE, type MapDrawing, type Box } from '../../src/lib/map.ts';
import { DUEREN, direction, distanceKm } from '../../src/lib/geo.ts';
import { easterSunday, feastDate, nextFeastDate, FEASTS } from '../../src/lib/feasts.ts';
import { anniversaries, chronicle, dateKey } from '../../src/lib/chronicle.ts';
import { encounter } from '../../src/schemas/encounter.ts';
import { encounterCalendar } from '../../src/lib/encounters.ts';
import { dataSet, toCsv, toGeoJson, toJson, CSV_COLUMNS } from '../../src/lib/open-data.ts';
import { toPlace } from '../../src/lib/places.ts';

const all = cities();
const places = all.map((c) => toPlace({ id: c.id, ...c.data }, `/partnerstaedte/${c.id}/`));
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function assertReadable(map: MapDrawing, what: string) {
  const m = map.marker;
  // Names for all points, or (when they do not all fit, as designed) for none: the list beside the map names every city.
  const labelled = map.places.filter((p) => p.label).length;
  assert.ok(labelled === 0 || labelled === map.places.length, `${what}: ${labelled} von ${map.places.length} Punkten beschriftet`);
  for (const [i, p] of map.places.entries()) {
    assert.ok(p.x >= 0 && p.x <= map.width && p.y >= 0 && p.y <= map.height, `${what}: ${p.name} liegt im Bild`);
    for (const [j, q] of map.places.entries()) {
      if (i !== j) assert.ok(Math.hypot(p.x - q.x, p.y - q.y) > 0.5, `${what}: ${p.name} und ${q.name} an derselben Stelle`);
    }
    if (!p.label) continue;
    const box = p.label.box;
    assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.w <= map.width && box.y + box.h <= map.height, `${what}: Name ${p.name} ganz im Bild`);
    for (const [j, q] of map.places.entries()) {
      if (i === j) continue;
      assert.ok(!overlaps(box, q.label!.box), `${what}: ${p.name} überdeckt den Namen ${q.name}`);
      assert.ok(!overlaps(box, { x: q.x - m, y: q.y - m, w: 2 * m, h: 2 * m }), `${what}: ${p.name} überdeckt den Punkt von ${q.name}`);
    }
  }
}

describe('Karten', () => {
  test('die Europakarte zeigt Düren und jede nahe Partnerstadt, ohne Überschneidung', () => {
    for (const narrow of [false, true]) {
      const map = europeMap(places, narrow);
      const names = map.places.map((p) => p.name).sort();
      const expected = [DUEREN.name, ...places.filter((p) => !isFar(p)).map((p) => p.name)].sort();
      assert.deepEqual(names, expected);
      assertReadable(map, narrow ? 'schmal' : 'breit');
      assert.ok(map.land.length > 100 && map.borders.length > 100, 'Land und Grenzen gezeichnet');
    }
  });

  test('der Globus zeigt Düren und jede ferne Partnerstadt', () => {
    const map = globeMap(places);
    assert.deepEqual(map.places.map((p) => p.name).sort(), [DUEREN.name, ...places.filter(isFar).map((p) => p.name)].sort());
    assertReadable(map, 'Globus');
  });

  test('jede Stadt hat eine Lagekarte mit sich, Düren, ihrem Land und der Linie', () => {
    for (const c of all) {
      const map = locatorMap(places.find((p) => p.id === c.id)!, c.data.land.code);
      assert.deepEqual(map.places.map((p) => p.name).sort(), [DUEREN.name, c.data.name].sort());
      assert.ok(map.country && map.country.length > 20, `${c.id}: Land ${c.data.land.code} hervorgehoben`);
      assert.ok(map.line, `${c.id}: Linie von Düren`);
      assertReadable(map, c.id);
    }
  });

  test('die Lagekarte für Vorschaubilder (größere Schrift) gelingt für jede Stadt', () => {
    for (const c of all) {
      const map = locatorMap(places.find((p) => p.id === c.id)!, c.data.land.code, SHARE_LOCATOR_SIZE);
      assert.equal(map.width, SHARE_LOCATOR_SIZE.width);
      assertReadable(map, `Vorschaubild ${c.id}`);
    }
  });

  test('Pfaddaten: ganze Pixel, relative Schritte', () => {
    const map = europeMap(places);
    assert.match(map.land, /^m-?\d+ -?\d+(?:[lmz]|-?\d+| )*$/);
  });

  test('lässt sich nicht überschneidungsfrei beschriften, bricht der Build ab (mit Namen)', () => {
    const crowd = ['Aachen', 'Bochum', 'Celle', 'Dessau', 'Essen'].map((name, i) => ({ name, id: name.toLowerCase(), x: 20 + 15 * i, y: 50 }));
    assert.throws(
      () => placeLabels(crowd, { width: 100, height: 100 }, 16, 6),
      (e: unknown) => e instanceof MapLabelError && /nicht ohne Überschneidung/.test(e.message) && /content\/staedte\/[a-z]+\.mdx/.test(e.message),
    );
  });

  test('viele Partnerstädte dicht beieinander: die Übersicht zeigt die Punkte ohne Namen, statt den Build abzubrechen', () => {
    // 40 cities on a grid over Europe: far more names than the overview has room for.
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      id: `stadt-${i}`,
      name: `Partnerstadt ${i + 1}`,
      breite: 37 + (i % 6) * 4.5,
      laenge: -7 + Math.floor(i / 6) * 6 + (i % 2) * 3,
      href: `/partnerstaedte/stadt-${i}/`,
    }));
    for (const narrow of [false, true]) {
      const map = europeMap(crowd, narrow);
      assert.equal(map.places.length, crowd.length + 1, 'Düren und jede Stadt als Punkt');
      assert.ok(map.places.every((p) => p.label === undefined), 'keine Namen, wenn nicht alle passen');
    }
    // The fixture's cities (tests/fixtures/content) keep their names.
    assert.ok(europeMap(places).places.every((p) => p.label));
  });

  test('eine Stadt nah bei Düren mit langem Namen: Lagekarten (Seite und Vorschaubild) und Übersicht gelingen, mit Namen oder als Punkte', () => {
    const near = { id: 'neustadt', name: 'Neustadt an der Schelde im Land der langen Namen', breite: 51.2, laenge: 4.4, href: '/partnerstaedte/neustadt/' };
    for (const map of [locatorMap(near, 'BE'), locatorMap(near, 'BE', SHARE_LOCATOR_SIZE), europeMap([...places, near]), europeMap([...places, near], true)]) {
      assert.ok(map.places.some((p) => p.name === near.name), 'die Stadt ist auf der Karte');
      assertReadable(map, near.name);
    }
  });

  test('eine Stadt auf Düren (Koordinaten falsch) bricht auch ohne Namen ab: die Punkte liegen übereinander', () => {
    const onTop = { id: 'falsch', name: 'Falsch gesetzt an einem langen Fluss', breite: DUEREN.breite, laenge: DUEREN.laenge + 0.01, href: '/partnerstaedte/falsch/' };
    assert.throws(() => locatorMap(onTop, 'DE'), /Die Punkte von .* liegen auf der Karte übereinander/);
  });

  test('beliebig viele Städte mit langen Namen dicht beieinander: die Übersicht gelingt', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({
      id: `lang-${i}`,
      name: `Sehr lange Partnerstadt Nummer ${i + 1} an einem Fluss mit Namen`,
      breite: 49 + (i % 4) * 0.7,
      laenge: 3 + Math.floor(i / 4) * 1.1,
      href: `/partnerstaedte/lang-${i}/`,
    }));
    for (const narrow of [false, true]) assertReadable(europeMap(crowd, narrow), narrow ? 'schmal' : 'breit');
  });

  test('zwei Punkte übereinander brechen den Build ab, mit beiden Namen', () => {
    const pair = [{ name: 'Aachen', x: 50, y: 50 }, { name: 'Bonn', x: 55, y: 52 }];
    assert.throws(() => placeLabels(pair, { width: 300, height: 300 }, 16, 6), /Die Punkte von Aachen und Bonn liegen auf der Karte übereinander/);
  });

  test('Schrift mindestens 14 px bei der kleinsten Anzeigebreite', () => {
    // Narrow map and locators are shown at least 288 px wide (320 px screen minus margins), the wide map from 736 px.
    assert.ok((europeMap(places, true).fontSize * 288) / 360 >= 14);
    assert.ok((europeMap(places).fontSize * 736) / 800 >= 14);
    const l = locatorMap(places[0]!, all[0]!.data.land.code);
    assert.ok((l.fontSize * 288) / l.width >= 14);
  });
});

describe('Richtung und Entfernung', () => {
  const at = (breite: number, laenge: number) => ({ breite, laenge });
  test('acht Himmelsrichtungen', () => {
    assert.equal(direction(DUEREN, at(DUEREN.breite + 5, DUEREN.laenge)), 'Norden');
    assert.equal(direction(DUEREN, at(DUEREN.breite, DUEREN.laenge + 10)), 'Osten');
    assert.equal(direction(DUEREN, at(DUEREN.breite - 5, DUEREN.laenge)), 'Süden');
    assert.equal(direction(DUEREN, at(DUEREN.breite, DUEREN.laenge - 10)), 'Westen');
    assert.equal(direction(DUEREN, at(DUEREN.breite - 5, DUEREN.laenge + 8)), 'Südosten');
  });
  // Whether a stated distance fits the coordinates is a content rule: src/lib/check/distance.ts, tests/unit/distance.test.ts.
  test('Luftlinie Düren–Köln etwa 40 km, Düren–Paris etwa 365 km', () => {
    assert.ok(Math.abs(distanceKm(DUEREN, at(50.94, 6.96)) - 38) < 5);
    assert.ok(Math.abs(distanceKm(DUEREN, at(48.86, 2.35)) - 365) < 10);
  });
});

describe('Feste mit wechselndem Datum', () => {
  test('Ostersonntag (Gauß/anonymer Algorithmus)', () => {
    assert.equal(easterSunday(2024).toISOString().slice(0, 10), '2024-03-31');
    assert.equal(easterSunday(2026).toISOString().slice(0, 10), '2026-04-05');
    assert.equal(easterSunday(2027).toISOString().slice(0, 10), '2027-03-28');
  });
  test('Christi Himmelfahrt ist 39 Tage nach Ostern und ein Donnerstag', () => {
    for (const y of [2025, 2026, 2027, 2030]) {
      const d = feastDate('Christi Himmelfahrt', y)!;
      assert.equal(d.getUTCDay(), 4);
      assert.equal((d.getTime() - easterSunday(y).getTime()) / 86_400_000, 39);
    }
  });
  test('Karneval hat kein einzelnes Datum', () => {
    assert.equal(feastDate('Karneval', 2027), undefined);
  });
  test('das nächste Datum liegt nie in der Vergangenheit', () => {
    const today = new Date(Date.UTC(2026, 10, 22));
    for (const f of FEASTS) {
      const d = nextFeastDate(f, today);
      if (d) assert.ok(d.getTime() >= today.getTime(), f);
    }
  });
});

describe('Chronik', () => {
  const data = all.map((c) => ({ id: c.id, ...c.data }));
  const entries = chronicle(data, (city) => `Beginn mit ${city}`);
  test('zeitlich geordnet, jede Stadt mit Gründung und allen Meilensteinen', () => {
    for (let i = 1; i < entries.length; i++) assert.ok(dateKey(entries[i - 1]!.date) <= dateKey(entries[i]!.date), entries[i]!.text);
    for (const c of data) {
      const own = entries.filter((e) => e.city.id === c.id);
      assert.ok(own.some((e) => e.founding && e.date.iso === c.partnerschaftSeit.iso), `${c.id}: Gründung`);
      for (const m of c.meilensteine) assert.ok(own.some((e) => e.text === m.text && e.date.iso === m.iso), `${c.id}: ${m.text}`);
    }
  });
  test('die erste Eintragung ist die älteste Gründung oder ein älterer Meilenstein', () => {
    const oldest = Math.min(...data.flatMap((c) => [c.partnerschaftSeit, ...c.meilensteine].map(dateKey)));
    assert.equal(dateKey(entries[0]!.date), oldest);
  });
  test('runde Jubiläen: alle fünf Jahre ab der Gründung', () => {
    const years = [2026, 2027, 2031];
    const list = anniversaries(data, years);
    for (const y of years) {
      for (const c of data) {
        const n = y - c.partnerschaftSeit.year;
        assert.equal(list.some((a) => a.year === y && a.city.id === c.id), n > 0 && n % 5 === 0, `${c.id} ${y}`);
      }
    }
  });
});

describe('Begegnungen: Schema', () => {
  const parse = (v: unknown) => encounter().safeParse(v);
  const message = (v: unknown) => {
    const r = parse(v);
    assert.equal(r.success, false);
    return (r as { error: z.ZodError }).error.issues.map((i) => i.message).join(' | ');
  };
  test('monat 1–12, als Monatsname', () => {
    const r = parse({ name: 'Fest', monat: 7, quelle: 'Ein Satz.' });
    assert.ok(r.success && r.data.monatName === 'Juli');
    assert.equal(message({ name: 'Fest', monat: 13, quelle: 'Satz.' }), 'begegnungen → monat muss eine Zahl von 1 (Januar) bis 12 (Dezember) sein.');
  });
  test('entweder Monat oder wechselndes Fest', () => {
    assert.equal(
      message({ name: 'Umzug', monat: 5, fest: 'Christi Himmelfahrt', quelle: 'Satz.' }),
      'Bitte entweder monat oder fest angeben, nicht beides: Ein Fest mit wechselndem Datum hat keinen festen Monat.',
    );
  });
  test('ohne Quellensatz keine Begegnung', () => {
    assert.match(message({ name: 'Fest', monat: 7 }), /quelle/);
  });
  test('ein unbekanntes Fest wird abgelehnt, mit den erlaubten Werten', () => {
    assert.match(message({ name: 'Fest', fest: 'Ostermontag', quelle: 'Satz.' }), /Karneval, Ostern, Christi Himmelfahrt/);
  });
  test('Kalender: jede Begegnung aus dem Frontmatter genau einmal, Feste ohne Monat', () => {
    const cal = encounterCalendar(all.map((c) => ({ id: c.id, ...c.data })), new Date());
    const count = [...cal.byMonth, ...cal.feasts, ...cal.undated].reduce((n, g) => n + g.cities.length, 0);
    assert.equal(count, all.reduce((n, c) => n + c.data.begegnungen.length, 0));
    for (const g of cal.feasts) assert.equal(g.monat, undefined);
  });
});

describe('Offene Daten', () => {
  const data = all.map((c) => ({ id: c.id, ...c.data }));
  const set = dataSet(data, (id) => `https://example.org/${id}/`, { titel: 'T', herausgeber: 'Stadt Düren', quelle: 'https://example.org/daten/' });
  test('CSV für deutsche Tabellenprogramme: BOM, Semikolon, CRLF, Dezimalkomma', () => {
    const csv = toCsv(set);
    assert.ok(csv.startsWith('\uFEFF'));
    const rows = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(rows.length, data.length + 1);
    assert.equal(rows[0]!.split(';').length, CSV_COLUMNS.length);
    const col = (name: string) => rows[0]!.split(';').indexOf(name);
    for (const [i, c] of [...set.staedte].entries()) {
      const cells = rows[i + 1]!.split(';');
      assert.equal(cells[col('breite')], String(c.koordinaten.breite).replace('.', ','));
      assert.equal(cells[col('einwohner')], String(c.einwohner.wert.zahl));
    }
  });
  test('JSON und GeoJSON aus dem Frontmatter, jede Angabe mit Stand; Punkte als [Länge, Breite]', () => {
    const json = JSON.parse(toJson(set));
    const geo = JSON.parse(toGeoJson(set));
    assert.equal(geo.type, 'FeatureCollection');
    for (const c of data) {
      const j = json.staedte.find((s: { id: string }) => s.id === c.id);
      assert.equal(j.einwohner.wert.zahl, c.einwohner.zahl);
      assert.equal(j.entfernungKm.wert, c.entfernungKm);
      for (const fact of ['land', 'lage', 'einwohner', 'entfernungKm', 'buergermeister', 'partnerschaftSeit']) {
        assert.match(j[fact].stand, /^\d{4}(-\d{2}){0,2}$/, `${c.id}.${fact}.stand`);
      }
      const f = geo.features.find((x: { id: string }) => x.id === c.id);
      assert.deepEqual(f.geometry, { type: 'Point', coordinates: [c.koordinaten.laenge, c.koordinaten.breite] });
    }
  });
});
