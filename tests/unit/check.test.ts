/**
 * The content check (src/lib/check): for each mistake an editor makes, the exact
 * German message with file, line and the field as the editor knows it.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent, checkEntry, formatReport, type Problem } from '../../src/lib/check/index.ts';

const CITY = 'content/staedte/neustadt.mdx';
const TODAY = new Date(Date.UTC(2026, 10, 22));

/** A valid city file; `change` edits its text. Line numbers below refer to this text. */
const cityText = (change: (t: string) => string = (t) => t) =>
  change(`---
name: Neustadt
land: AT
kontinent: Europa
lage:
  - Oberösterreich
einwohner:
  zahl: 9800
entfernungKm: 765
buergermeister:
  name: Erika Muster
  amt: Bürgermeisterin
partnerschaftSeit:
  datum: "1971-12-18"
meilensteine:
  - datum: "1965"
    text: Erste Kontakte
  - datum: "1971-12-18"
    text: Gründung der Partnerschaft
kontakt:
  name: Max Muster
  bezeichnung: Ansprechpartner
  telefon: "+49 2421 25-2235"
  email: neustadt@dueren.de
website: https://www.neustadt.at
koordinaten:
  breite: 47.9
  laenge: 13.76
stand:
  datum: "2026-09"
beschreibung: "Neustadt in Oberösterreich ist seit 1971 Partnerstadt von Düren, mit Schulen und Vereinen."
---

Der Text der Seite.
`);

const NEWS = 'content/aktuelles/meldung.mdx';
const newsText = (change: (t: string) => string = (t) => t) =>
  change(`---
titel: Jugendcamp mit Neustadt
datum: "2027-07-15"            # Tag der Veröffentlichung
herausgeber: Stadt Düren
staedte: [neustadt]            # Dateinamen der betroffenen Städte, ohne .mdx
beschreibung: "Jugendliche aus Düren und Neustadt verbringen eine Woche zusammen, mit Sport und Musik."
quelle:
  name: Pressemitteilung der Stadt Düren vom 15. Juli 2027
---

Text der Meldung.
`);

const only = (problems: Problem[]) => {
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
  return problems[0]!;
};
const errors = (file: string, text: string) => checkEntry(file, text, { cityIds: ['neustadt'], today: TODAY }).filter((p) => p.severity === 'fehler');

describe('gültige Dateien', () => {
  test('eine vollständige Stadt und eine Meldung nach der Vorlage des Leitfadens (mit Kommentaren) bestehen', () => {
    assert.deepEqual(checkEntry(CITY, cityText(), { today: TODAY }), []);
    assert.deepEqual(checkEntry(NEWS, newsText(), { cityIds: ['neustadt'], today: TODAY }), []);
  });
});

describe('Zahlen, wie sie im Kopfbereich stehen', () => {
  test('12.000 mit Tausenderpunkt', () => {
    const p = only(errors(CITY, cityText((t) => t.replace('zahl: 9800', 'zahl: 12.000'))));
    assert.deepEqual({ ...p }, {
      file: CITY, line: 8, field: 'Einwohnerzahl, Zahl', key: 'einwohner.zahl', found: '12.000', severity: 'fehler',
      message: '»12.000« ist mit Tausenderpunkt geschrieben; so liest die Website 12. Bitte ohne Punkte schreiben: 12000. Die Punkte setzt die Website selbst.',
      suggestion: '12000',
    });
  });

  // The browser editor writes numbers as typed: text the website cannot read stays text, in quotes.
  test('"59.500" als Text (aus der Redaktion): Meldung ohne »so liest die Website«, Vorschlag 59500', () => {
    const p = only(errors(CITY, cityText((t) => t.replace('zahl: 9800', 'zahl: "59.500"'))));
    assert.deepEqual([p.key, p.suggestion, p.message], ['einwohner.zahl', '59500', '»59.500« ist mit Tausenderpunkt geschrieben. Bitte ohne Punkte schreiben: 59500. Die Punkte setzt die Website selbst.']);
  });

  test('"ca. 59500" als Text: nur die Ziffern vorgeschlagen, Hinweis auf das Häkchen', () => {
    const p = only(errors(CITY, cityText((t) => t.replace('zahl: 9800', 'zahl: "ca. 59 500"'))));
    assert.equal(p.suggestion, '59500');
    assert.match(p.message, /Häkchen/);
  });

  test('"Oktober 2026" als Stand: Vorschlag 2026-10', () => {
    const p = only(errors(CITY, cityText((t) => t.replace(/^stand:\n  datum: .*$/m, 'stand:\n  datum: "Oktober 2026"'))));
    assert.deepEqual([p.key, p.suggestion], ['stand.datum', '2026-10']);
  });

  test('46.200 (YAML liest 46.2) – nicht »muss eine ganze Zahl sein«', () => {
    const p = only(errors(CITY, cityText((t) => t.replace('zahl: 9800', 'zahl: 46.200'))));
    assert.equal(p.message, '»46.200« ist mit Tausenderpunkt geschrieben; so liest die Website 46.2. Bitte ohne Punkte schreiben: 46200. Die Punkte setzt die Website selbst.');
  });

  test('Dezimalkomma in einer ganzen Zahl', () => {
    const p = only(errors(CITY, cityText((t) => t.replace('entfernungKm: 765', 'entfernungKm: 765,5'))));
    assert.deepEqual([p.line, p.field, p.message], [9, 'Entfernung von Düren (km)', '»765,5« hat ein Komma. Hier steht eine ganze Zahl ohne Punkte und Komma, z. B. 46200.']);
  });
});

describe('Felder, Platzhalter, Sprachen', () => {
  test('Tippfehler in einem Feldnamen innerhalb von einwohner', () => {
    const p = only(errors(CITY, cityText((t) => t.replace('  zahl: 9800', '  zahl: 9800\n  zusaz: einschl. Ortsteile'))));
    assert.deepEqual([p.line, p.field, p.message], [
      9, 'Einwohnerzahl, zusaz',
      'Ein Feld »zusaz« gibt es unter »Einwohnerzahl« nicht. Meinten Sie »zusatz«? Erlaubt sind: zahl, ca, zusatz, stand.',
    ]);
  });

  test('der Platzhalter des Leitfadens als Webadresse der Quelle', () => {
    const p = only(errors(NEWS, newsText((t) => t.replace('  name: Pressemitteilung', '  url: https://www.dueren.de/…\n  name: Pressemitteilung'))));
    assert.deepEqual([p.line, p.field, p.message], [
      8, 'Quelle, Webadresse',
      'Die Webadresse der Quelle (quelle.url) enthält noch den Platzhalter »…« (»https://www.dueren.de/…«). Bitte durch die richtige Angabe ersetzen oder das Feld löschen, wenn es freiwillig ist.',
    ]);
  });

  test('TODO im Text, example. in der E-Mail-Adresse', () => {
    const ps = errors(CITY, cityText((t) => t.replace('name: Max Muster', 'name: TODO').replace('neustadt@dueren.de', 'name@example.org')));
    assert.deepEqual(ps.map((p) => [p.line, p.field, p.message]), [
      [21, 'Ansprechperson, Name', 'Der Name der Ansprechperson (kontakt.name) enthält noch den Platzhalter »TODO« (»TODO«). Bitte durch die richtige Angabe ersetzen oder das Feld löschen, wenn es freiwillig ist.'],
      [24, 'Ansprechperson, E-Mail', 'Die E-Mail-Adresse enthält noch den Platzhalter »example.« (»name@example.org«). Bitte durch die richtige Angabe ersetzen oder das Feld löschen, wenn es freiwillig ist.'],
    ]);
  });

  test('sprache: Leichte Sprache ist kein Sprachcode; de-x-ls, uk, zh-Hans sind es', () => {
    const page = (sprache: string) => `---\ntitel: Leichte Sprache\nbeschreibung: "Hier steht in Leichter Sprache, worum es auf dieser Website geht und wie man sie benutzt."\nsprache: ${sprache}\n---\n\nText.\n`;
    const p = only(errors('content/seiten/leicht.mdx', page('Leichte Sprache')));
    assert.deepEqual([p.line, p.field, p.message], [
      4, 'Sprache',
      '»Leichte Sprache« ist kein Sprachcode. Schreiben Sie einen Code nach BCP 47, z. B. de (Deutsch), de-x-ls (Leichte Sprache), uk (Ukrainisch), tr (Türkisch) oder zh-Hans (Chinesisch, Kurzzeichen).',
    ]);
    for (const ok of ['de', 'de-x-ls', 'uk', 'zh-Hans']) assert.deepEqual(errors('content/seiten/leicht.mdx', page(ok)), [], ok);
  });
});

describe('Daten und Listen: Positionen ab 1, mit Zeile', () => {
  test('15.09.2001 im 2. Meilenstein: die richtige Form wird genannt', () => {
    const p = only(errors(CITY, cityText((t) => t.replace('  - datum: "1971-12-18"', '  - datum: 15.09.2001'))));
    assert.deepEqual({ ...p }, {
      file: CITY, line: 18, field: '2. Meilenstein, Datum', key: 'meilensteine.1.datum', found: '15.09.2001', severity: 'fehler',
      message: '»15.09.2001« ist in der deutschen Schreibweise. Hier steht Jahr-Monat-Tag: "2001-09-15".',
      suggestion: '2001-09-15',
    });
  });

  test('kaputter Kopfbereich: die Zeile, ab der er sich nicht lesen lässt', () => {
    const p = only(errors(CITY, cityText((t) => t.replace('\nland: AT\n', '\n   land: AT\n'))));
    assert.equal(p.line, 2);
    assert.match(p.message, /^Der Kopfbereich lässt sich ab hier nicht lesen\. Oft ist die Einrückung falsch/);
  });
});

describe('der Text unter dem Kopfbereich', () => {
  test('< und { im Text: die Zeile im Text, nicht der Kopfbereich', () => {
    const ps = errors(CITY, cityText((t) => t.replace('Der Text der Seite.', 'Der Text der Seite.\n\nMehr als <3 Städte {und} mehr.')));
    assert.deepEqual(ps.map((p) => [p.line, p.field]), [[36, 'Text'], [36, 'Text']]);
    assert.equal(ps[0]!.message, 'Im Text steht eine geschweifte Klammer »{«. In diesen Dateien beginnt damit Programmcode. Bitte weglassen oder mit Schrägstrich davor schreiben: \\{');
    assert.equal(ps[1]!.message, 'Im Text steht eine spitze Klammer »<«. In diesen Dateien beginnt damit ein HTML-Baustein. Bitte in Worten schreiben („kleiner als“) oder mit Schrägstrich davor: \\<');
  });

  test('<br /> und Kontakt-Überschriften sind erlaubt', () => {
    assert.deepEqual(errors(CITY, cityText((t) => t.replace('Der Text der Seite.', 'Ihr<br />\nName\n\n## Kontakt\n\nText.'))), []);
  });
});

describe('über Dateien hinweg', () => {
  const files = (...extra: { file: string; text: string }[]) => [{ file: CITY, text: cityText() }, { file: NEWS, text: newsText() }, ...extra];

  test('eine Meldung nennt eine Stadt, die es nicht gibt', () => {
    const bad = newsText((t) => t.replace('[neustadt]', '[neustad]'));
    const p = only(checkContent([{ file: CITY, text: cityText() }, { file: NEWS, text: bad }], TODAY));
    assert.deepEqual([p.line, p.field, p.found, p.message], [5, '1. Partnerstadt', 'neustad', 'Eine Partnerstadt »neustad« gibt es nicht. Erlaubt sind die Dateinamen ohne .mdx: neustadt.']);
  });

  test('content/seiten/neustadt.mdx nähme der Stadt ihre Adresse', () => {
    const page = `---\ntitel: Neustadt\nbeschreibung: "Eine Seite, die zufällig so heißt wie eine Partnerstadt und ihr die Adresse nehmen würde."\n---\n\nText.\n`;
    const ps = checkContent(files({ file: 'content/seiten/neustadt.mdx', text: page }), TODAY);
    assert.deepEqual(ps.map((p) => [p.file, p.message]), [
      [CITY, 'Die Adresse /partnerstaedte/neustadt/ hat auch content/seiten/neustadt.mdx. Zwei Seiten können nicht dieselbe Adresse haben: bitte eine der Dateien umbenennen.'],
      ['content/seiten/neustadt.mdx', `Die Adresse /partnerstaedte/neustadt/ hat auch ${CITY}. Zwei Seiten können nicht dieselbe Adresse haben: bitte eine der Dateien umbenennen.`],
    ]);
  });

  test('eine Seite namens suche.mdx nähme der Suche die Adresse', () => {
    const page = `---\ntitel: Suche\nbeschreibung: "Eine Seite, die so heißt wie die Suchseite der Website und ihr die Adresse nehmen würde."\n---\n`;
    const p = only(checkContent([{ file: 'content/seiten/suche.mdx', text: page }], TODAY));
    assert.equal(p.message, 'Die Adresse /partnerstaedte/suche/ gehört schon zur Website selbst. Bitte die Datei anders benennen.');
  });

  test('dieselbe Beschreibung auf zwei Seiten', () => {
    const copy = cityText((t) => t.replace('name: Neustadt', 'name: Altstadt').replace('neustadt@', 'altstadt@'));
    const ps = checkContent([{ file: CITY, text: cityText() }, { file: 'content/staedte/altstadt.mdx', text: copy }], TODAY);
    assert.deepEqual(ps.map((p) => [p.file, p.line, p.message]), [
      [CITY, 31, 'Dieselbe Beschreibung steht auch in content/staedte/altstadt.mdx. Jede Seite braucht ihre eigene Beschreibung, damit Suchmaschinen sie unterscheiden.'],
      ['content/staedte/altstadt.mdx', 31, `Dieselbe Beschreibung steht auch in ${CITY}. Jede Seite braucht ihre eigene Beschreibung, damit Suchmaschinen sie unterscheiden.`],
    ]);
  });

  test('ein Foto, dessen Datei fehlt', () => {
    const text = cityText((t) => t.replace('beschreibung:', 'bilder:\n  - datei: ./bilder/rathaus.jpg\n    alt: Das Rathaus mit Turm\n    bildunterschrift: Das Rathaus\n    bildnachweis: Stadt Düren\nbeschreibung:'));
    assert.deepEqual(checkContent([{ file: CITY, text }], TODAY, ['content/staedte/bilder/rathaus.jpg']), []);
    const p = only(checkContent([{ file: CITY, text }], TODAY, ['content/staedte/bilder/Rathaus.JPG']));
    assert.deepEqual([p.line, p.field, p.message], [
      32, '1. Foto, Bilddatei',
      'Das Foto content/staedte/bilder/rathaus.jpg gibt es nicht. Bitte die Datei dorthin legen oder den Pfad korrigieren (relativ zur Textdatei, z. B. ./bilder/rathaus.jpg; Groß- und Kleinschreibung zählt).',
    ]);
  });
});

describe('Angaben mit eigenem Stand', () => {
  test('älter als zwei Jahre: ein Hinweis je Angabe (Stadt, Angabe, Datum), kein Fehler', () => {
    const text = cityText((t) => t.replace('datum: "2026-09"', 'datum: "2019-09"').replace('  amt: Bürgermeisterin', '  amt: Bürgermeisterin\n  stand: "2026-11"'));
    const ps = checkEntry(CITY, text, { today: TODAY });
    assert.ok(ps.every((p) => p.severity === 'warnung'));
    assert.deepEqual(ps.map((p) => [p.line, p.field, p.found]), [
      [31, 'Einwohnerzahl (Neustadt)', 'September 2019'],
      [31, 'Ansprechperson (Neustadt)', 'September 2019'],
    ]);
    assert.equal(ps[0]!.message, 'Stand September 2019, älter als 2 Jahre. Stimmt die Angabe noch? Dann unter einwohner: die Zeile stand: "2026-11" eintragen; sonst die Angabe berichtigen.');
  });

  test('genau zwei Jahre alt ist noch aktuell', () => {
    const text = cityText((t) => t.replace('datum: "2026-09"', 'datum: "2024-11"'));
    assert.deepEqual(checkEntry(CITY, text, { today: TODAY }), []);
  });
});

test('der Bericht: Datei, Zeile, Feld, Meldung; Fehler vor Hinweisen; Zusammenfassung', () => {
  const report = formatReport([
    { file: CITY, line: 31, field: 'Einwohnerzahl (Neustadt)', found: 'September 2019', message: 'Stand September 2019, älter als 2 Jahre.', severity: 'warnung' },
    { file: CITY, line: 18, field: '2. Meilenstein, Datum', found: '15.09.2001', message: 'Hier steht Jahr-Monat-Tag: "2001-09-15".', severity: 'fehler' },
  ]);
  assert.equal(report, [
    `✖ Fehler in ${CITY}`,
    '  Zeile 18, 2. Meilenstein, Datum: Hier steht Jahr-Monat-Tag: "2001-09-15". (gefunden: »15.09.2001«)',
    '',
    `⚠ Bitte prüfen in ${CITY}`,
    '  Zeile 31, Einwohnerzahl (Neustadt): Stand September 2019, älter als 2 Jahre.',
    '',
    'Inhalt geprüft: 1 Fehler, 1 Hinweis. Fehler verhindern die Veröffentlichung; bitte in der genannten Zeile korrigieren.',
  ].join('\n'));
});

test('der Bericht wiederholt die gefundene Angabe nicht, wenn die Meldung sie schon nennt (auch in Anführungszeichen geschrieben)', () => {
  const text = cityText((t) => t.replace(/(meilensteine:\n  - datum: )"[^"]+"/, '$1"15.09.2001"'));
  const report = formatReport(checkEntry(CITY, text, { today: TODAY }));
  assert.match(report, /»15\.09\.2001«/);
  assert.equal(report.split('15.09.2001').length - 1, 1, report);
});

describe('Startseite und Seiten', () => {
  const START = 'content/startseite.mdx';
  const startText = (head: string) => `---\n${head}\n---\n\nDie Einleitung.\n`;
  test('die Einleitung der Startseite braucht Überschrift und Beschreibung, sonst nichts', () => {
    const ok = 'ueberschrift: Gelebte Partnerschaften\nbeschreibung: "Die Partnerstädte der Stadt Düren: Geschichte, Fakten und Ansprechpersonen."';
    assert.deepEqual(checkEntry(START, startText(ok)), []);
    const p = only(checkEntry(START, startText(`${ok}\nuntertitel: Mehr`)));
    assert.deepEqual([p.line, p.message], [4, 'Ein Feld »untertitel« gibt es nicht. Erlaubt sind: ueberschrift, beschreibung.']);
    const missing = only(checkEntry(START, startText(ok.split('\n')[1]!)));
    assert.deepEqual([missing.field, missing.message], ['Überschrift', 'Die Überschrift (ueberschrift) fehlt oder ist kein Text.']);
  });

  test('Dateien außerhalb der Sammlungen prüft sie nicht; eine .md-Datei in staedte/ wird gemeldet', () => {
    assert.deepEqual(checkEntry('content/TRANSKRIPTION.md', '# Notizen {mit Klammern}'), []);
    assert.equal(only(checkEntry('content/staedte/neustadt.md', cityText())).message, 'Die Datei endet auf .md und wird nicht veröffentlicht. Bitte in .mdx umbenennen.');
  });
});
