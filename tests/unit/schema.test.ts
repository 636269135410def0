/**
 * Every rule of the content schema, with the exact German message an editor
 * sees when a field is wrong.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { citySchema } from '../../src/schemas/city.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { pageSchema } from '../../src/schemas/page.ts';

// Astro passes `image()`; here a path string stands in for the image.
const city = citySchema({ image: (() => z.string()) as never });
const news = newsSchema(z.string());
const page = pageSchema();

const validCity = () => ({
  name: 'Altmünster',
  land: 'AT',
  kontinent: 'Europa',
  lage: ['Oberösterreich', 'am Traunsee'],
  einwohner: { zahl: 9800 },
  entfernungKm: 765,
  buergermeister: { name: 'Elisabeth Feichtinger', amt: 'Bürgermeisterin' },
  partnerschaftSeit: { datum: '1971-12-18' },
  kontakt: {
    name: 'Sabine Briscolt-Junkersdorf',
    bezeichnung: 'Ansprechpartnerin',
    telefon: '+49 2421 25-2235',
    email: 'altmuenster@dueren.de',
  },
  website: 'https://www.altmuenster.at',
  koordinaten: { breite: 47.9, laenge: 13.76 },
  stand: { datum: '2019-09' },
  beschreibung: 'Altmünster am Traunsee in Oberösterreich ist seit 1971 Partnergemeinde von Düren.',
});

/** "field.path: message" for every problem, in schema order. */
function problems(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function withCity(change: (c: Record<string, any>) => void) {
  const c: Record<string, any> = validCity();
  change(c);
  return problems(city, c);
}

describe('Stadt: gültige Angaben', () => {
  test('eine vollständige Stadt besteht die Prüfung', () => {
    assert.deepEqual(problems(city, validCity()), []);
  });

  test('die Seite bekommt fertige Anzeigewerte', () => {
    const c = city.parse({
      ...validCity(),
      land: 'at',
      einwohner: { zahl: 5560000, zusatz: 'einschl. Stadtbezirke' },
      kontakt: { ...validCity().kontakt, email: 'Altmuenster@Dueren.DE' },
      partnerschaftSeit: { datum: 1959, jahreszeit: 'Frühjahr' },
      meilensteine: [
        { datum: '2002-02-23', text: 'deutsche Urkunde' },
        { datum: '2001-08-16', text: 'bosnische Urkunde' },
      ],
    });
    assert.deepEqual(c.land, { code: 'AT', name: 'Österreich' });
    assert.equal(c.einwohner.text, '5,56 Mio. (einschl. Stadtbezirke)');
    assert.equal(c.kontakt.email, 'altmuenster@dueren.de');
    assert.equal(c.kontakt.telefonHref, 'tel:+492421252235');
    assert.equal(c.kontakt.emailHref, 'mailto:altmuenster@dueren.de');
    assert.equal(c.partnerschaftSeit.long, 'Frühjahr 1959');
    assert.deepEqual(c.meilensteine.map((m) => m.short), ['16.08.2001', '23.02.2002']);
    assert.deepEqual(c.suchbegriffe, []);
    assert.deepEqual(c.bilder, []);
  });

  test('YAML-Datum (ohne Anführungszeichen) wird wie Text gelesen', () => {
    const c = city.parse({ ...validCity(), partnerschaftSeit: { datum: new Date('1971-12-18T00:00:00Z') } });
    assert.equal(c.partnerschaftSeit.long, '18. Dezember 1971');
  });

  test('ungefähre Einwohnerzahl', () => {
    assert.equal(city.parse({ ...validCity(), einwohner: { zahl: 1200, ca: true } }).einwohner.text, 'ca. 1.200');
  });
});

describe('Stadt: falsche Angaben und ihre Meldungen', () => {
  const cases: [string, (c: Record<string, any>) => void, string[]][] = [
    ['falsche E-Mail', (c) => (c.kontakt.email = 'altmuenster(at)dueren.de'), ['kontakt.email: »altmuenster(at)dueren.de« ist keine gültige E-Mail-Adresse.']],
    ['E-Mail fehlt', (c) => delete c.kontakt.email, ['kontakt.email: Die E-Mail-Adresse fehlt.']],
    ['unmögliches Datum', (c) => (c.partnerschaftSeit.datum = '2019-02-30'), ['partnerschaftSeit.datum: »2019-02-30«: Den 30. Februar 2019 gibt es nicht.']],
    ['Monat 13', (c) => (c.partnerschaftSeit.datum = '1970-13'), ['partnerschaftSeit.datum: »1970-13«: Einen Monat 13 gibt es nicht (1 bis 12).']],
    ['deutsches Datumsformat', (c) => (c.partnerschaftSeit.datum = '18.12.1971'), ['partnerschaftSeit.datum: »18.12.1971« ist in der deutschen Schreibweise. Hier steht Jahr-Monat-Tag: "1971-12-18".']],
    ['Jahreszeit mit Tag', (c) => (c.partnerschaftSeit = { datum: '1959-04-01', jahreszeit: 'Frühjahr' }), ['partnerschaftSeit.datum: Eine Jahreszeit passt nur zu einer Jahreszahl (z. B. 1959), nicht zu Monat oder Tag.']],
    ['unbekannte Jahreszeit', (c) => (c.partnerschaftSeit = { datum: '1959', jahreszeit: 'Lenz' }), ['partnerschaftSeit.jahreszeit: Die Jahreszeit muss Frühjahr, Sommer, Herbst oder Winter sein.']],
    ['Gründung fehlt', (c) => delete c.partnerschaftSeit, ['partnerschaftSeit: Die Gründung der Partnerschaft (partnerschaftSeit) fehlt: datum: JJJJ-MM-TT, JJJJ-MM oder JJJJ.']],
    ['Datum fehlt', (c) => (c.partnerschaftSeit = {}), ['partnerschaftSeit.datum: Das Datum fehlt (JJJJ-MM-TT, JJJJ-MM oder JJJJ).']],
    ['Name fehlt', (c) => delete c.name, ['name: Der Name der Stadt (name) fehlt oder ist kein Text.']],
    ['Name leer', (c) => (c.name = '  '), ['name: Der Name der Stadt (name) darf nicht leer sein.']],
    ['unbekannter Ländercode', (c) => (c.land = 'XY'), ['land: »XY« ist kein Ländercode nach ISO 3166 (z. B. AT für Österreich, FR für Frankreich).']],
    ['Land ausgeschrieben', (c) => (c.land = 'Österreich'), ['land: »ÖSTERREICH« ist kein Ländercode nach ISO 3166 (z. B. AT für Österreich, FR für Frankreich).']],
    ['unbekannter Kontinent', (c) => (c.kontinent = 'Eurasien'), ['kontinent: kontinent muss einer dieser Werte sein: Europa, Asien, Afrika, Nordamerika, Südamerika, Ozeanien.']],
    ['Lage leer', (c) => (c.lage = []), ['lage: Die Lage (lage) fehlt.']],
    ['Einwohnerzahl negativ', (c) => (c.einwohner.zahl = -5), ['einwohner.zahl: Die Einwohnerzahl muss größer als 0 sein.']],
    ['Einwohnerzahl mit Punkt als Text', (c) => (c.einwohner.zahl = '9.800'), ['einwohner.zahl: Die Einwohnerzahl (einwohner.zahl) muss eine Zahl sein, ohne Punkte: 9800.']],
    ['Einwohnerzahl mit Nachkommastellen', (c) => (c.einwohner.zahl = 9800.5), ['einwohner.zahl: Die Einwohnerzahl muss eine ganze Zahl sein.']],
    ['Einwohner fehlen', (c) => delete c.einwohner, ['einwohner: Die Einwohnerzahl (einwohner) fehlt: einwohner: { zahl: 9800 }.']],
    ['Entfernung null', (c) => (c.entfernungKm = 0), ['entfernungKm: Die Entfernung muss größer als 0 sein.']],
    ['Entfernung zu groß', (c) => (c.entfernungKm = 27500), ['entfernungKm: Keine Stadt der Erde ist weiter als 20.038 km entfernt.']],
    ['Entfernung fehlt', (c) => delete c.entfernungKm, ['entfernungKm: entfernungKm muss eine Zahl sein (Kilometer, ohne Punkte).']],
    ['Amt falsch', (c) => (c.buergermeister.amt = 'Oberbürgermeister'), ['buergermeister.amt: buergermeister.amt muss »Bürgermeister« oder »Bürgermeisterin« sein.']],
    ['Bürgermeister fehlt', (c) => delete c.buergermeister, ['buergermeister: Die Angaben zum Bürgermeister (buergermeister: name, amt) fehlen.']],
    ['Telefon ohne Ländervorwahl', (c) => (c.kontakt.telefon = '02421 25-2235'), ['kontakt.telefon: »02421 25-2235« ist keine Telefonnummer in der Form +49 2421 25-2235.']],
    ['Bezeichnung falsch', (c) => (c.kontakt.bezeichnung = 'Kontakt'), ['kontakt.bezeichnung: kontakt.bezeichnung muss »Ansprechpartner« oder »Ansprechpartnerin« sein.']],
    ['Kontakt fehlt', (c) => delete c.kontakt, ['kontakt: Die Ansprechperson (kontakt: name, bezeichnung, telefon, email) fehlt.']],
    ['Website ohne https', (c) => (c.website = 'www.altmuenster.at'), ['website: »www.altmuenster.at« ist keine Webadresse. Bitte vollständig mit https:// angeben.']],
    ['Website fehlt', (c) => delete c.website, ['website: Die Website der Partnerstadt (website) fehlt.']],
    ['Breitengrad zu groß', (c) => (c.koordinaten.breite = 147.9), ['koordinaten.breite: Der Breitengrad liegt zwischen −90 und 90.']],
    ['Längengrad zu klein', (c) => (c.koordinaten.laenge = -200), ['koordinaten.laenge: Der Längengrad liegt zwischen −180 und 180.']],
    ['Koordinaten fehlen', (c) => delete c.koordinaten, ['koordinaten: Die Koordinaten (koordinaten: breite, laenge) fehlen.']],
    ['Stand fehlt', (c) => delete c.stand, ['stand: Der Stand der Angaben (stand) fehlt: datum: JJJJ-MM-TT, JJJJ-MM oder JJJJ.']],
    ['Beschreibung zu kurz', (c) => (c.beschreibung = 'Altmünster am Traunsee.'), ['beschreibung: Die Beschreibung ist zu kurz (23 Zeichen, mindestens 50).']],
    ['Beschreibung zu lang', (c) => (c.beschreibung = 'x'.repeat(161)), ['beschreibung: Die Beschreibung ist zu lang (161 Zeichen, höchstens 160).']],
    ['Meilenstein ohne Text', (c) => (c.meilensteine = [{ datum: '2002' }]), ['meilensteine.0.text: Der Text des Meilensteins (text) fehlt oder ist kein Text.']],
    ['Meilenstein mit unmöglichem Datum', (c) => (c.meilensteine = [{ datum: '2002-02-29', text: 'x' }]), ['meilensteine.0.datum: »2002-02-29«: Den 29. Februar 2002 gibt es nicht.']],
    ['Bild ohne Alternativtext', (c) => (c.bilder = [{ datei: './a.jpg', bildunterschrift: 'Rathaus', bildnachweis: 'Stadt Düren' }]), ['bilder.0.alt: Der Alternativtext (alt) fehlt oder ist kein Text.']],
    ['Bild ohne Bildnachweis', (c) => (c.bilder = [{ datei: './a.jpg', alt: 'Das Rathaus', bildunterschrift: 'Rathaus' }]), ['bilder.0.bildnachweis: Der Bildnachweis (bildnachweis) fehlt oder ist kein Text.']],
    ['Tippfehler im Feldnamen', (c) => ((c.einwohnerzahl = 9800)), ['Unbekannter Schlüssel: "einwohnerzahl"']],
    ['Eigenname ohne Sprachcode', (c) => (c.eigenname = { name: '金华市', sprache: 'Chinesisch' }), ['eigenname.sprache: »Chinesisch« ist kein Sprachcode. Schreiben Sie einen Code nach BCP 47, z. B. de (Deutsch), de-x-ls (Leichte Sprache), uk (Ukrainisch), tr (Türkisch) oder zh-Hans (Chinesisch, Kurzzeichen).']],
    ['Tippfehler in einwohner', (c) => (c.einwohner = { zahl: 9800, zusaz: 'x' }), ['einwohner: Unbekannter Schlüssel: "zusaz"']],
    ['Platzhalter in der Website', (c) => (c.website = 'https://www.example.org'), ['website: Die Website der Partnerstadt (website) enthält noch den Platzhalter »example.« (»https://www.example.org«). Bitte durch die richtige Angabe ersetzen oder das Feld löschen, wenn es freiwillig ist.']],
    ['Stand einer Angabe unmöglich', (c) => (c.buergermeister.stand = '2026-13'), ['buergermeister.stand: Der Stand (buergermeister.stand): »2026-13«: Einen Monat 13 gibt es nicht (1 bis 12).']],
  ];
  for (const [name, change, expected] of cases) {
    test(name, () => {
      const got = withCity(change).map((p) => p.replace(/^: /, ''));
      assert.deepEqual(got, expected);
    });
  }

  test('ein 29. Februar im Schaltjahr ist gültig', () => {
    assert.deepEqual(withCity((c) => (c.partnerschaftSeit.datum = '2000-02-29')), []);
  });
});

describe('Aktuelles', () => {
  const valid = () => ({
    titel: 'Kooperation zwischen Städteregion Jinhua und Kreis Düren',
    datum: '2023-03-03',
    herausgeber: 'Kreis Düren',
    staedte: ['jinhua'],
    beschreibung: 'Der Kreis Düren und die Städteregion Jinhua vereinbaren eine Zusammenarbeit in Wirtschaft und Kultur.',
    quelle: { name: 'Pressemitteilung des Kreises Düren' },
  });

  test('gültige Meldung; das Datum wird ein Tag in UTC', () => {
    const n = news.parse(valid());
    assert.equal(n.datum.toISOString(), '2023-03-03T00:00:00.000Z');
  });

  const cases: [string, (n: Record<string, any>) => void, string[]][] = [
    ['unmögliches Datum', (n) => (n.datum = '2023-02-30'), ['datum: Das Datum (datum): »2023-02-30« ist kein gültiges Datum (JJJJ-MM-TT, z. B. 2023-03-03).']],
    ['Datum nur Monat', (n) => (n.datum = '2023-03'), ['datum: Das Datum (datum): »2023-03« ist kein gültiges Datum (JJJJ-MM-TT, z. B. 2023-03-03).']],
    ['Herausgeber fehlt', (n) => delete n.herausgeber, ['herausgeber: Der Herausgeber (herausgeber) fehlt oder ist kein Text.']],
    ['Quelle mit falscher Adresse', (n) => (n.quelle.url = 'kreis-dueren.de'), ['quelle.url: »kreis-dueren.de« ist keine Webadresse. Bitte vollständig mit https:// angeben.']],
    ['Titel fehlt', (n) => delete n.titel, ['titel: Der Titel (titel) fehlt oder ist kein Text.']],
  ];
  for (const [name, change, expected] of cases) {
    test(name, () => {
      const n: Record<string, any> = valid();
      change(n);
      assert.deepEqual(problems(news, n), expected);
    });
  }
});

describe('Seiten', () => {
  test('gültige Seite; Sprache ist Deutsch, wenn nichts anderes angegeben', () => {
    const p = page.parse({ titel: 'Impressum', beschreibung: 'Herausgeber und Kontakt der Website der Partnerstädte der Stadt Düren.' });
    assert.equal(p.sprache, 'de');
  });

  test('Beschreibung fehlt', () => {
    assert.deepEqual(problems(page, { titel: 'Impressum' }), ['beschreibung: Die Beschreibung (beschreibung) fehlt.']);
  });

  test('Stand so genau wie bekannt: Monat oder Tag', () => {
    const base = { titel: 'Vorwort', beschreibung: 'Das Vorwort des Bürgermeisters zu den Partnerstädten der Stadt Düren.' };
    assert.equal(page.parse({ ...base, datum: '2019-09' }).datum?.long, 'September 2019');
    assert.equal(page.parse({ ...base, datum: new Date('2026-11-21T00:00:00Z') }).datum?.short, '21.11.2026');
    assert.deepEqual(problems(page, { ...base, datum: '2019-13' }), ['datum: Das Datum (datum): »2019-13«: Einen Monat 13 gibt es nicht (1 bis 12).']);
  });
});

describe('Stadt: Meilensteine und Stand je Angabe', () => {
  test('Meilensteine in wahrer zeitlicher Reihenfolge, Jahreszeiten eingeschlossen', () => {
    const c = city.parse({
      ...validCity(),
      meilensteine: [
        { datum: '2002-06', text: 'Juni' },
        { datum: '2002', jahreszeit: 'Herbst', text: 'Herbst' },
        { datum: '2002', jahreszeit: 'Frühjahr', text: 'Frühjahr' },
        { datum: '2002', text: 'das Jahr' },
        { datum: '2001-12-31', text: 'Silvester' },
      ],
    });
    assert.deepEqual(c.meilensteine.map((m: { text: string }) => m.text), ['Silvester', 'das Jahr', 'Frühjahr', 'Juni', 'Herbst']);
  });

  test('jede Angabe hat ihren Stand: den eigenen, sonst den der Seite', () => {
    const c = city.parse({ ...validCity(), buergermeister: { ...validCity().buergermeister, stand: '2026-11' } });
    assert.equal(c.buergermeister.stand.long, 'November 2026');
    assert.equal(c.einwohner.stand.long, 'September 2019');
    assert.equal(c.kontakt.stand.long, 'September 2019');
  });
});
