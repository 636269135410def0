/**
 * Events (content/termine): the schema's and the content check's German messages,
 * Düren's wall time turned into instants without the machine's time zone, and the lists.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { eventSchema } from '../../src/schemas/event.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { berlinKey, berlinToUtc, datetimeAttr, formatEventTime, isUpcoming, parseWallTime, type WallTime } from '../../src/lib/event-time.ts';
import { archivePages, splitEvents } from '../../src/lib/events.ts';
import { buildInventory, navigation } from '../../src/lib/inventory.ts';

const schema = eventSchema(z.string(), (() => z.string()) as never);

const valid = () => ({
  titel: 'Bürgerreise nach Valenciennes',
  beschreibung: 'Eine Bürgerreise in die Partnerstadt Valenciennes mit Besuch des Rathauses und der Altstadt.',
  beginn: '2027-09-10',
  ende: '2027-09-12',
  ort: 'Valenciennes',
  staedte: ['valenciennes'],
});

function problems(input: unknown): string[] {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const wall = (text: string) => parseWallTime(text) as WallTime;

describe('Termin: Schema', () => {
  test('ein mehrtägiger Termin besteht; das Ende ist der letzte Tag', () => {
    const d = schema.parse(valid());
    assert.equal(d.zeit.ganztaegig, true);
    assert.equal(d.zeit.letzterTag, '2027-09-12');
    assert.equal(d.zeit.endKey, '2027-09-13T00:00');
    assert.equal(d.abgesagt, false);
    assert.equal(formatEventTime(d.zeit), 'Freitag, 10. bis Sonntag, 12. September 2027');
  });

  test('YAML ohne Anführungszeichen (ein Datum um Mitternacht UTC) ist derselbe Tag', () => {
    assert.equal(schema.parse({ ...valid(), beginn: new Date(Date.UTC(2027, 8, 10)) }).zeit.beginn.date, '2027-09-10');
  });

  test('das Ende vor dem Beginn', () => {
    assert.deepEqual(problems({ ...valid(), ende: '2027-09-08' }), [
      'ende: Das Ende (8. September 2027) liegt vor dem Beginn (10. September 2027). Bitte die Angaben prüfen: Bei mehrtägigen Terminen ist das Ende der letzte Tag.',
    ]);
    assert.deepEqual(problems({ ...valid(), beginn: '2027-09-10T18:00', ende: '2027-09-10T17:00' }), [
      'ende: Das Ende (10. September 2027, 17:00 Uhr) liegt nicht nach dem Beginn (10. September 2027, 18:00 Uhr). Bitte die Angaben prüfen: Das Ende muss nach dem Beginn liegen.',
    ]);
  });

  test('ein Datum, das es nicht gibt; eine Uhrzeit, die es nicht gibt', () => {
    assert.deepEqual(problems({ ...valid(), beginn: '2027-02-30' }), ['beginn: Der Beginn (beginn): »2027-02-30«: Den 30. Februar 2027 gibt es nicht.']);
    assert.deepEqual(problems({ ...valid(), beginn: '2027-09-10T24:30', ende: undefined }), [
      'beginn: Der Beginn (beginn): »2027-09-10T24:30«: Eine Uhrzeit 24:30 gibt es nicht (00:00 bis 23:59).',
    ]);
    assert.deepEqual(problems({ ...valid(), beginn: '2027-03-28T02:30', ende: undefined }), [
      'beginn: Der Beginn (beginn): »2027-03-28T02:30«: Die Uhrzeit 02:30 gibt es am 28. März 2027 in Düren nicht: In dieser Nacht werden die Uhren von 2 auf 3 Uhr vorgestellt. Bitte eine andere Uhrzeit angeben.',
    ]);
  });

  test('deutsche Schreibweise: die richtige Form wird genannt', () => {
    assert.deepEqual(problems({ ...valid(), beginn: '10.09.2027, 18:00 Uhr', ende: undefined }), [
      'beginn: Der Beginn (beginn): »10.09.2027, 18:00 Uhr« ist in der deutschen Schreibweise. Hier steht Jahr-Monat-Tag: "2027-09-10T18:00".',
    ]);
  });

  test('Beginn und Ende in verschiedener Form; ein fehlender Beginn', () => {
    assert.deepEqual(problems({ ...valid(), ende: '2027-09-12T18:00' }), [
      'ende: Der Beginn ist ein ganzer Tag, das Ende hat eine Uhrzeit. Bitte beide in derselben Form schreiben: ohne Uhrzeit (ende: "2027-09-12") oder beide mit Uhrzeit (beginn: "2027-09-10T10:00").',
    ]);
    const { beginn, ...rest } = valid();
    assert.deepEqual(problems(rest), [
      'beginn: Der Beginn (beginn) fehlt: "JJJJ-MM-TT" für einen ganzen Tag oder "JJJJ-MM-TTTHH:MM" mit Uhrzeit, z. B. "2027-09-12T18:00".',
    ]);
  });

  test('abgesagt ist true oder false', () => {
    assert.deepEqual(problems({ ...valid(), abgesagt: 'ja' }), ['abgesagt: abgesagt muss true oder false sein.']);
    assert.equal(schema.parse({ ...valid(), abgesagt: true }).abgesagt, true);
  });
});

describe('Termin: Zeit in Düren, unabhängig von der Zeitzone des Rechners', () => {
  test('Sommerzeit +02:00, Winterzeit +01:00', () => {
    assert.equal(new Date(berlinToUtc(wall('2027-09-12T18:00'))!).toISOString(), '2027-09-12T16:00:00.000Z');
    assert.equal(new Date(berlinToUtc(wall('2027-01-15T09:30'))!).toISOString(), '2027-01-15T08:30:00.000Z');
    assert.equal(datetimeAttr(wall('2027-09-12T18:00')), '2027-09-12T18:00+02:00');
    assert.equal(datetimeAttr(wall('2027-01-15T09:30')), '2027-01-15T09:30+01:00');
    assert.equal(datetimeAttr(wall('2027-01-15')), '2027-01-15');
  });

  test('eine Uhrzeit, die es im Herbst zweimal gibt, ist die erste (Sommerzeit)', () => {
    assert.equal(new Date(berlinToUtc(wall('2027-10-31T02:30'))!).toISOString(), '2027-10-31T00:30:00.000Z');
  });

  test('„jetzt“ in Düren, und was noch bevorsteht', () => {
    const now = new Date('2027-09-12T22:30:00Z'); // 00:30 on 13 September in Düren
    assert.equal(berlinKey(now), '2027-09-13T00:30');
    const day = schema.parse({ ...valid(), beginn: '2027-09-12', ende: undefined }).zeit;
    assert.equal(isUpcoming(day, now), false);
    assert.equal(isUpcoming(day, new Date('2027-09-12T21:59:00Z')), true);
    const evening = schema.parse({ ...valid(), beginn: '2027-09-12T18:00', ende: '2027-09-13T01:00' }).zeit;
    assert.equal(isUpcoming(evening, now), true);
    assert.equal(formatEventTime(evening), 'Sonntag, 12. September 2027, 18:00 Uhr bis Montag, 13. September 2027, 01:00 Uhr');
  });
});

describe('Termin: Listen', () => {
  const ev = (id: string, beginn: string, ende?: string) => ({
    id, data: { ...schema.parse({ ...valid(), titel: id, beginn, ende }), staedte: [{ id: 'valenciennes' }] },
  });
  test('bevorstehende aufsteigend, vergangene absteigend; das Archiv nach Jahren, zehn je Seite', () => {
    const events = [ev('b', '2027-10-01'), ev('a', '2027-09-01T18:00'), ev('old1', '2025-05-01'), ev('old2', '2026-03-01', '2026-03-02')];
    for (let i = 0; i < 9; i++) events.push(ev(`x${i}`, `2024-0${i + 1}-10`));
    const { upcoming, past } = splitEvents(events, new Date('2027-06-01T00:00:00Z'));
    assert.deepEqual(upcoming.map((e) => e.id), ['a', 'b']);
    assert.deepEqual(past.slice(0, 3).map((e) => e.id), ['old2', 'old1', 'x8']);
    const pages = archivePages(past);
    assert.deepEqual(pages.map((p) => [p.path, p.years.map((y) => `${y.year}:${y.events.length}`).join(' ')]), [
      ['termine/archiv', '2026:1 2025:1 2024:8'],
      ['termine/archiv/2', '2024:1'],
    ]);
    assert.deepEqual(archivePages([]), []);
  });
});

describe('Termin: Inhaltsprüfung', () => {
  const city = { file: 'content/staedte/valenciennes.mdx', text: '---\nname: Valenciennes\n---\n' };
  const event = (front: string) => ({ file: 'content/termine/reise.mdx', text: `---\n${front}\n---\n` });
  const base = `titel: Bürgerreise
beschreibung: Eine Bürgerreise in die Partnerstadt Valenciennes mit Besuch des Rathauses und der Altstadt.
ort: Valenciennes`;
  const termin = (problems: ReturnType<typeof checkContent>) =>
    problems.filter((p) => p.file.startsWith('content/termine/')).map((p) => `${p.line ?? '-'} ${p.field}: ${p.message}`);

  test('eine unbekannte Stadt, mit Zeile und Feld', () => {
    const r = checkContent([city, event(`${base}\nbeginn: "2027-09-10"\nstaedte:\n  - valencienes`)]);
    assert.deepEqual(termin(r), ['7 1. Partnerstadt: Eine Partnerstadt »valencienes« gibt es nicht. Erlaubt sind die Dateinamen ohne .mdx: valenciennes.']);
  });

  test('das Ende vor dem Beginn: Zeile des Endes', () => {
    const r = checkContent([city, event(`${base}\nbeginn: "2027-09-10"\nende: "2027-09-01"`)]);
    assert.deepEqual(termin(r), [
      '6 Ende: Das Ende (1. September 2027) liegt vor dem Beginn (10. September 2027). Bitte die Angaben prüfen: Bei mehrtägigen Terminen ist das Ende der letzte Tag.',
    ]);
  });

  test('ein Tag, den es nicht gibt, ohne Anführungszeichen geschrieben', () => {
    const r = checkContent([city, event(`${base}\nbeginn: 2027-02-29`)]);
    assert.deepEqual(termin(r), ['5 Beginn: Der Beginn (beginn): »2027-02-29«: Den 29. Februar 2027 gibt es nicht.']);
  });

  test('archiv.mdx nähme dem Archiv die Adresse', () => {
    const r = checkContent([city, { ...event(`${base}\nbeginn: "2027-09-10"`), file: 'content/termine/archiv.mdx' }]);
    assert.deepEqual(termin(r), [
      '- Dateiname: Die Adresse /partnerstaedte/termine/archiv/ gehört schon zur Website selbst (das Archiv der Termine). Bitte die Datei anders benennen, z. B. archiv-treffen.mdx.',
    ]);
  });
});

describe('Termin: Seiten im Inventar', () => {
  const at = new Date('2027-06-01T10:00:00Z');
  const ev = (id: string, beginn: string) => ({
    id, data: { ...schema.parse({ ...valid(), titel: `Termin ${id}`, beginn, ende: undefined }), staedte: [{ id: 'valenciennes' }] },
  });
  const site = (events: ReturnType<typeof ev>[]) => buildInventory({ cities: [], news: [], pages: [], events, now: at });
  const header = (pages: ReturnType<typeof site>) => navigation(pages, 'header').map((p) => p.path);

  test('ohne Termine: keine Seite /termine/, kein Eintrag in der Navigation', () => {
    const pages = site([]);
    assert.equal(pages.filter((p) => p.path.startsWith('termine')).length, 0);
    assert.ok(!header(pages).includes('termine'));
  });

  test('nur vergangene Termine: /termine/ und das Archiv, aber nicht in der Navigation', () => {
    const pages = site([ev('alt', '2026-05-01')]);
    assert.deepEqual(pages.filter((p) => p.path.startsWith('termine')).map((p) => p.path), ['termine', 'termine/archiv', 'termine/alt']);
    assert.ok(!header(pages).includes('termine'));
  });

  test('ein bevorstehender Termin: »Termine« in der Navigation; kein Archiv ohne vergangene', () => {
    const pages = site([ev('neu', '2027-06-02T18:00')]);
    assert.deepEqual(pages.filter((p) => p.path.startsWith('termine')).map((p) => p.path), ['termine', 'termine/neu']);
    assert.equal(header(pages).includes('termine'), true);
    const event = pages.find((p) => p.path === 'termine/neu')!;
    assert.deepEqual(event.breadcrumbs.map((c) => c.label), ['Übersicht', 'Termine', 'Termin neu']);
    assert.equal(event.share.subtitle, 'Termin · Mittwoch, 2. Juni 2027, 18:00 Uhr');
  });
});

test('Termin: ein Foto, dessen Datei fehlt (Zeile von datei:)', () => {
  const text = `---
titel: Bürgerreise
beschreibung: Eine Bürgerreise in die Partnerstadt Valenciennes mit Besuch des Rathauses und der Altstadt.
beginn: "2027-09-10"
ort: Valenciennes
bild:
  datei: ./bilder/reise.jpg
  alt: Reisegruppe vor dem Rathaus
  bildunterschrift: Die Reisegruppe 2019
  bildnachweis: Stadt Düren
---
`;
  const files = [{ file: 'content/termine/reise.mdx', text }];
  const missing = checkContent(files, undefined, []).filter((p) => p.file === 'content/termine/reise.mdx');
  assert.deepEqual(missing.map((p) => `${p.line} ${p.field}: ${p.message}`), [
    '7 Foto, Bilddatei: Das Foto content/termine/bilder/reise.jpg gibt es nicht. Bitte die Datei dorthin legen oder den Pfad korrigieren (relativ zur Textdatei, z. B. ./bilder/rathaus.jpg; Groß- und Kleinschreibung zählt).',
  ]);
  assert.deepEqual(checkContent(files, undefined, ['content/termine/bilder/reise.jpg']).filter((p) => p.file === 'content/termine/reise.mdx'), []);
});
