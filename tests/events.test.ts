/**
 * Events (content/termine) in a fixture build: four events dated relative to today
 * (upcoming with a time, upcoming over several days, upcoming but cancelled, past),
 * built under TZ=UTC and TZ=America/New_York. The pages, navigation, start and
 * city pages, search index, sitemap, share images, open data and the calendar
 * feeds, parsed back with ical.js.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import * as cheerio from 'cheerio';
import ICAL from 'ical.js';
import sharp from 'sharp';
import { buildProject, makeFixture, type Fixture } from './support/fixture.ts';
import { berlinDay, writeEvents, type FixtureEvent } from './support/events.ts';
import { cities } from './support/content.ts';
import { readEntryFile } from '../src/lib/entry-file.ts';
import { checksumsToRecord } from '../src/lib/translations.ts';
import en from '../src/i18n/en.json' with { type: 'json' };

let f: Fixture;
let events: FixtureEvent[];
/** dist of the build under TZ=UTC (copied away) and under TZ=America/New_York. */
let distUtc: string;
let distNy: string;

/** The English translation of one event: text only, its facts come from the German file. */
const EN = {
  titel: 'Reception for the guests from Valenciennes',
  beschreibung: 'The City of Düren receives the delegation from its oldest partner city, Valenciennes, at the town hall.',
  ort: 'Town hall of Düren',
  alt: 'A blue area standing in for a photo',
  bildunterschrift: 'The reception at the town hall',
  text: 'Everyone interested is welcome to meet the guests from Valenciennes.',
};

const PHOTO = { alt: 'Eine blaue Fläche als Platzhalter für ein Foto', bildunterschrift: 'Der Empfang im Rathaus', bildnachweis: 'Stadt Düren' };

before(async () => {
  f = makeFixture('termine');
  events = writeEvents(f);
  // One event with a photo, as the guide describes it (content/termine/bilder/).
  mkdirSync(f.file('content/termine/bilder'), { recursive: true });
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 120, b: 160 } } }).jpeg().toFile(f.file('content/termine/bilder/empfang.jpg'));
  const withPhoto = f.read('content/termine/empfang-valenciennes.mdx').replace(
    /\n---\n/,
    `\nbild:\n  datei: ./bilder/empfang.jpg\n${Object.entries(PHOTO).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n---\n`,
  );
  f.write('content/termine/empfang-valenciennes.mdx', withPhoto);
  // Its English translation (the fixture has an English start page, so an English site), stamped as the command does.
  mkdirSync(f.file('content/termine/en'), { recursive: true });
  const { body: germanBody = '', ...germanFields } = readEntryFile(withPhoto).data;
  const translation = { titel: EN.titel, beschreibung: EN.beschreibung, ort: EN.ort, bild: { alt: EN.alt, bildunterschrift: EN.bildunterschrift } };
  const vorlage = checksumsToRecord('termine', { frontmatter: germanFields, body: germanBody }, translation);
  f.write(
    'content/termine/en/empfang-valenciennes.mdx',
    `---\nuebersetzung:\n  datum: "2026-12-01"\n  vorlage:\n${Object.entries(vorlage).map(([k, v]) => `    ${k}: "${v}"`).join('\n')}\n` +
      `titel: ${EN.titel}\nbeschreibung: ${EN.beschreibung}\nort: ${EN.ort}\nbild:\n  alt: ${EN.alt}\n  bildunterschrift: ${EN.bildunterschrift}\n---\n\n${EN.text}\n`,
  );
  distUtc = path.join(f.dir, 'dist-utc');
  cpSync(buildProject(f.dir, { TZ: 'UTC' }), distUtc, { recursive: true });
  distNy = buildProject(f.dir, { TZ: 'America/New_York' });
});
after(() => f?.remove());

const load = (p: string, dist = distNy) => cheerio.load(readFileSync(path.join(dist, p, 'index.html'), 'utf8'));
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const titles = ($: cheerio.CheerioAPI, scope: string) => $(`${scope} .events li a`).map((_, a) => $(a).text().trim()).get();
const ev = (id: string) => events.find((e) => e.id === id)!;
const upcomingInOrder = () => events.filter((e) => e.upcoming).sort((a, b) => a.beginn.localeCompare(b.beginn));

describe('Seiten', () => {
  test('/termine/ zeigt die bevorstehenden Termine nach Datum, nicht den vergangenen; das Archiv den vergangenen unter seinem Jahr', () => {
    const $ = load('termine');
    assert.deepEqual(titles($, 'main'), upcomingInOrder().map((e) => e.titel));
    assert.ok(!words($('main').text()).includes(ev('besuch-jinhua').titel));
    const archiveLink = $('main a[href="/partnerstaedte/termine/archiv/"]');
    assert.equal(words(archiveLink.text()), 'Vergangene Termine (1)');
    const $a = load('termine/archiv');
    assert.deepEqual(titles($a, 'main'), [ev('besuch-jinhua').titel]);
    assert.equal($a('main h2').first().text(), ev('besuch-jinhua').beginn.slice(0, 4));
  });

  test('der abgesagte Termin bleibt in der Liste, als abgesagt markiert; seine Seite sagt es', () => {
    const $ = load('termine');
    const item = $('main .events li').filter((_, li) => $(li).text().includes(ev('konzert-altmuenster').titel));
    assert.match(words(item.text()), /^Abgesagt Konzert/);
    assert.match(words(load('termine/konzert-altmuenster')('main').text()), /Dieser Termin ist abgesagt\./);
  });

  test('jede Seite eines Termins: Zeit in Worten und <time>, Ort, Partnerstädte, Kalender der Städte', () => {
    const e = ev('empfang-valenciennes');
    const $ = load(`termine/${e.id}`);
    assert.equal($('h1').text(), e.titel);
    const [y, m, d] = e.beginn.slice(0, 10).split('-').map(Number) as [number, number, number];
    const month = new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
    assert.match(words($('main dd').first().text()), new RegExp(`^\\S+, ${d}\\. ${month} ${y}, 18:00 bis 20:30 Uhr$`));
    // 15 July: summer time in Düren.
    assert.equal($('main dd time').attr('datetime'), `${e.beginn}+02:00`);
    assert.equal(load('termine/konzert-altmuenster')('main dd time').attr('datetime'), `${ev('konzert-altmuenster').beginn}+01:00`);
    assert.ok(words($('main').text()).includes(e.ort));
    assert.equal($('main dd a[href="/partnerstaedte/valenciennes/"]').text(), 'Valenciennes');
    assert.equal($('main a[href="/partnerstaedte/termine/valenciennes.ics"]').length, 1);
    const multi = load('termine/buergerreise-stryj');
    assert.match(words(multi('main dd').first().text()), / bis \S+, \d+\. \S+ \d{4}$/);
  });

  test('ein Foto: auf der Seite des Termins mit Alternativtext und Bildunterschrift, auf der Seite der Bildnachweise', () => {
    const $ = load('termine/empfang-valenciennes');
    assert.equal($('main figure img').attr('alt'), PHOTO.alt);
    assert.ok(words($('main figure figcaption').text()).includes(PHOTO.bildunterschrift));
    const credits = load('bildnachweise');
    const item = credits('main li').filter((_, li) => credits(li).text().includes(PHOTO.bildunterschrift));
    assert.equal(item.find('a').attr('href'), '/partnerstaedte/termine/empfang-valenciennes/');
  });

  test('für Suchmaschinen: ein schema.org-Event mit Beginn, Ende, Ort und Status', () => {
    for (const e of events) {
      const $ = load(`termine/${e.id}`);
      const graph = JSON.parse($('script[type="application/ld+json"]').text())['@graph'] as Record<string, any>[];
      const thing = graph.find((g) => g['@type'] === 'Event')!;
      assert.ok(thing, e.id);
      assert.equal(thing.name, e.titel);
      assert.match(thing.startDate, e.beginn.includes('T') ? new RegExp(`^${e.beginn}\\+0[12]:00$`) : new RegExp(`^${e.beginn}$`));
      assert.equal(thing.endDate?.slice(0, 16), e.ende?.slice(0, 16));
      assert.equal(thing.location.name, e.ort);
      assert.equal(thing.eventStatus, `https://schema.org/${e.abgesagt ? 'EventCancelled' : 'EventScheduled'}`);
    }
  });

  test('die Navigation hat »Termine«, solange ein Termin bevorsteht', () => {
    const $ = load('');
    assert.equal($('header nav a[href="/partnerstaedte/termine/"]').text().trim(), 'Termine');
    assert.equal(load('termine')('header nav a[aria-current="page"]').text().trim(), 'Termine');
  });

  test('die Startseite zeigt die nächsten Termine', () => {
    const $ = load('');
    const section = $('main section').filter((_, s) => $(s).find('h2').text() === 'Nächste Termine');
    assert.deepEqual(section.find('.events li a').map((_, a) => $(a).text().trim()).get(), upcomingInOrder().map((e) => e.titel));
  });

  test('jede Partnerstadt zeigt ihre bevorstehenden Termine und verlinkt ihren Kalender; vergangene nicht', () => {
    for (const city of ['valenciennes', 'stryj', 'gradacac', 'altmuenster', 'jinhua', 'cormeilles']) {
      const $ = load(city);
      const expected = upcomingInOrder().filter((e) => e.staedte.includes(city)).map((e) => e.titel);
      const section = $('main section').filter((_, s) => /^Termine mit /.test($(s).find('h2').text()));
      assert.deepEqual(section.find('.events li a').map((_, a) => $(a).text().trim()).get(), expected, city);
      assert.equal(section.find(`a[href="/partnerstaedte/termine/${city}.ics"]`).length, expected.length ? 1 : 0, city);
    }
  });

  test('Termine sind im Suchindex, in der Sitemap und haben ein Vorschaubild', () => {
    const fragments = readdirSync(path.join(distNy, 'pagefind/fragment')).map((file) =>
      JSON.parse(gunzipSync(readFileSync(path.join(distNy, 'pagefind/fragment', file))).toString('utf8').replace(/^[^{]*/, '')),
    );
    const sitemap = readFileSync(path.join(distNy, 'sitemap-0.xml'), 'utf8');
    for (const e of events) {
      const fragment = fragments.find((fr) => fr.url === `/termine/${e.id}/`);
      assert.ok(fragment, `${e.id} im Suchindex`);
      assert.equal(fragment.meta.title, e.titel);
      assert.deepEqual(fragment.filters.Typ, ['Termin']);
      assert.ok(sitemap.includes(`<loc>https://www.dueren.de/partnerstaedte/termine/${e.id}/</loc>`), e.id);
      assert.ok(existsSync(path.join(distNy, `og/termine/${e.id}.png`)), `og/termine/${e.id}.png`);
    }
  });
});

test('die Begegnungen aus der Broschüre bleiben, was sie sind: »wiederkehrend laut Broschüre 2019« genau dort, wo die Broschüre es sagt; ein Link zu den Terminen', () => {
  const $ = load('begegnungen');
  const marked = $('main ul.cities > li').map((_, li) => {
    const city = $(li).children('a').first().attr('href')!.split('/').at(-2)!;
    const name = $(li).closest('ul.encounters > li').find('h3').text().replace(/^\S+: /, '').trim();
    return `${city}|${name}|${$(li).text().includes('wiederkehrend laut Broschüre 2019')}`;
  }).get().sort();
  const expected = cities().flatMap((c) => c.data.begegnungen.map((e) => `${c.id}|${e.name}|${e.wiederkehrend}`)).sort();
  assert.deepEqual(marked, expected);
  assert.equal($('main a[href="/partnerstaedte/termine/"]').length, 1);
});

describe('ein Termin auf Englisch', () => {
  test('die englische Seite: Text der Übersetzung, die Zeit aus der deutschen Datei in englischer Form, Hinweis auf die deutsche Fassung, hreflang in beide Richtungen', () => {
    const e = ev('empfang-valenciennes');
    const $ = load(`en/termine/${e.id}`);
    assert.equal($('html').attr('lang'), 'en');
    assert.equal($('h1').text(), EN.titel);
    assert.ok(words($('main').text()).includes(EN.text));
    assert.ok(words($('main').text()).includes(EN.ort));
    assert.ok(!words($('main').text()).includes(e.titel), 'no German title');
    // The time is the German file's, written the British way: "Wednesday, 15 July 2027, 18:00–20:30 CEST".
    const [y, m, d] = e.beginn.slice(0, 10).split('-').map(Number) as [number, number, number];
    const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
    assert.match(words($('main dd').first().text()), new RegExp(`^\\S+, ${d} ${month} ${y}, 18:00\\s?–\\s?20:30 CEST$`));
    assert.equal($('main dd time').attr('datetime'), `${e.beginn}+02:00`);
    assert.equal($('main figcaption').first().text().includes(EN.bildunterschrift), true);
    const note = $('.translation-note');
    assert.equal(note.find('a[hreflang="de"]').attr('href'), `/partnerstaedte/termine/${e.id}/`);
    assert.ok(!words(note.text()).includes(en['lang.outdated'].split('{')[0]!.trim()), 'stamped from today\'s German: not outdated');
    // hreflang both ways.
    assert.equal($('link[rel="alternate"][hreflang="de"]').attr('href'), `https://www.dueren.de/partnerstaedte/termine/${e.id}/`);
    assert.equal(load(`termine/${e.id}`)('link[rel="alternate"][hreflang="en"]').attr('href'), `https://www.dueren.de/partnerstaedte/en/termine/${e.id}/`);
  });

  test('/en/termine/ führt nur übersetzte Termine; die anderen haben keine englische Seite', () => {
    const $ = load('en/termine');
    const upcoming = upcomingInOrder().filter((e) => e.id === 'empfang-valenciennes');
    assert.deepEqual(titles($, 'main'), upcoming.length ? [EN.titel] : []);
    for (const e of events.filter((x) => x.id !== 'empfang-valenciennes')) {
      assert.ok(!existsSync(path.join(distNy, 'en', 'termine', e.id)), `${e.id} has no English page`);
    }
    // The English photo credits name the English caption.
    assert.ok(words(load('en/bildnachweise')('main').text()).includes(EN.bildunterschrift));
  });
});

describe('Offene Daten', () => {
  test('termine.json und termine.csv neben den Partnerstädten, verlinkt auf der Datenseite', () => {
    const json = JSON.parse(readFileSync(path.join(distNy, 'daten/termine.json'), 'utf8'));
    assert.equal(json.termine.length, events.length);
    for (const e of events) {
      const r = json.termine.find((t: { id: string }) => t.id === e.id);
      assert.equal(r.beginn, e.beginn);
      assert.equal(r.ende, e.ende ?? null);
      assert.equal(r.abgesagt, Boolean(e.abgesagt));
      assert.deepEqual(r.staedte, e.staedte);
      assert.equal(r.ganztaegig, !e.beginn.includes('T'));
      if (r.beginn_utc) assert.equal(berlinWall(Date.parse(r.beginn_utc)), e.beginn);
      else assert.equal(r.ganztaegig, true);
    }
    const csv = readFileSync(path.join(distNy, 'daten/termine.csv'), 'utf8');
    assert.ok(csv.startsWith('\uFEFFid;titel;beschreibung;beginn;ende;'));
    assert.equal(csv.trimEnd().split('\r\n').length, events.length + 1);
    const $ = load('daten');
    assert.equal($('main a[href="/partnerstaedte/daten/termine.csv"]').length, 1);
    assert.equal($('main a[href="/partnerstaedte/daten/termine.json"]').length, 1);
  });
});

/** The feeds' VEVENTs as ical.js reads them, by UID. */
function parseFeed(dist: string, name: string) {
  const text = readFileSync(path.join(dist, 'termine', name), 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  return { text, cal, events: cal.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) })) };
}

/** "2026-12-26T18:00" in Düren for an instant: independent of the code under test. */
const berlinWall = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(ms).replace(' ', 'T');

describe('Kalender (iCalendar)', () => {
  for (const [zone, dist] of [['UTC', () => distUtc], ['America/New_York', () => distNy]] as const) {
    test(`termine.ics, gebaut unter TZ=${zone}: CRLF, höchstens 75 Oktette je Zeile, richtige Zeitpunkte und Tage`, () => {
      const { text, cal, events: parsed } = parseFeed(dist(), 'termine.ics');
      assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'CRLF');
      for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `zu lang: ${line}`);
      assert.equal(cal.getFirstPropertyValue('version'), '2.0');
      assert.equal(parsed.length, events.length);
      for (const fe of events) {
        const found = parsed.find(({ e }) => e.uid === `termin-${fe.id}@www.dueren.de/partnerstaedte`);
        assert.ok(found, fe.id);
        const { v, e } = found;
        assert.equal(e.summary, fe.abgesagt ? `Abgesagt: ${fe.titel}` : fe.titel);
        assert.equal(e.location, fe.ort);
        assert.equal(v.getFirstPropertyValue('url'), `https://www.dueren.de/partnerstaedte/termine/${fe.id}/`);
        assert.equal(v.getFirstPropertyValue('status'), fe.abgesagt ? 'CANCELLED' : 'CONFIRMED');
        assert.equal(typeof e.sequence, 'number');
        // DTSTAMP in UTC, written with Z (RFC 5545 3.8.7.2).
        assert.match(text.split('\r\n').find((l, i, all) => l.startsWith('DTSTAMP:') && all.slice(0, i).reverse().find((x) => x.startsWith('UID:'))!.includes(fe.id))!, /^DTSTAMP:\d{8}T\d{6}Z$/);
        assert.equal((v.getFirstPropertyValue('dtstamp') as ICAL.Time).zone, ICAL.Timezone.utcTimezone);
        if (fe.beginn.includes('T')) {
          assert.equal(e.startDate.isDate, false);
          assert.equal(e.startDate.zone, ICAL.Timezone.utcTimezone, 'timed events in UTC');
          assert.equal(berlinWall(e.startDate.toUnixTime() * 1000), fe.beginn);
          if (fe.ende) assert.equal(berlinWall(e.endDate.toUnixTime() * 1000), fe.ende);
          // 18:00 on 15 July is 16:00 UTC (summer time), 10:00 on 15 January 09:00 UTC (winter time).
          const utc = { 'empfang-valenciennes': 'T16:00:00Z', 'konzert-altmuenster': 'T09:00:00Z' }[fe.id];
          if (utc) assert.equal(e.startDate.toString(), `${fe.beginn.slice(0, 10)}${utc}`);
        } else {
          assert.equal(e.startDate.isDate, true);
          assert.equal(e.startDate.toString(), fe.beginn);
          // DTEND of a whole day is exclusive: the day after the last.
          const last = fe.ende ?? fe.beginn;
          const next = new Date(`${last}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          assert.equal(e.endDate.toString(), next.toISOString().slice(0, 10));
        }
      }
    });
  }

  test('beide Zeitzonen ergeben dieselben Termine (bis auf DTSTAMP)', () => {
    const strip = (t: string) => t.replace(/DTSTAMP:\S+/g, '');
    assert.equal(strip(readFileSync(path.join(distUtc, 'termine/termine.ics'), 'utf8')), strip(readFileSync(path.join(distNy, 'termine/termine.ics'), 'utf8')));
  });

  test('ein Kalender je Partnerstadt mit Terminen, mit genau ihren Terminen', () => {
    const cities = [...new Set(events.flatMap((e) => e.staedte))];
    for (const city of cities) {
      const { events: parsed } = parseFeed(distNy, `${city}.ics`);
      assert.deepEqual(parsed.map(({ e }) => e.uid).sort(), events.filter((e) => e.staedte.includes(city)).map((e) => `termin-${e.id}@www.dueren.de/partnerstaedte`).sort());
    }
    assert.ok(!existsSync(path.join(distNy, 'termine/cormeilles.ics')), 'keine Datei für eine Stadt ohne Termine');
  });
});

test('der Testtag: die bevorstehenden liegen nach heute, der vergangene davor', () => {
  const today = berlinDay(0);
  for (const e of events) assert.equal(e.beginn.slice(0, 10) > today, e.upcoming, e.id);
});
