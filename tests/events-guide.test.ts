/**
 * The guide's section "Termine eintragen", followed step by step in a copy of the
 * project: the template becomes an event file (its description filled in, the
 * optional link deleted as the comment says), a second copy is cancelled with the
 * guide's own line, and the calendar addresses the guide names are the files the build writes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import ICAL from 'ical.js';
import { buildProject, makeFixture, type Fixture } from './support/fixture.ts';
import { ROOT } from './support/site.ts';

const guide = readFileSync(path.join(ROOT, 'docs/redaktion.md'), 'utf8');
const section = (() => {
  const from = guide.indexOf('\n## Termine eintragen');
  assert.ok(from >= 0, 'der Leitfaden hat einen Abschnitt »Termine eintragen«');
  const to = guide.indexOf('\n## ', from + 1);
  return guide.slice(from, to < 0 ? undefined : to);
})();
/** The YAML blocks of the section, in order. */
const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

let f: Fixture;
let dist: string;
const FILE = /`content\/termine\/([a-z0-9-]+)\.mdx`/.exec(section)?.[1];

before(() => {
  assert.ok(FILE, 'der Abschnitt nennt einen Dateinamen');
  assert.ok(blocks.length >= 2, 'Vorlage und Zeile zum Absagen');
  f = makeFixture('termine-leitfaden');
  mkdirSync(f.file('content/termine'), { recursive: true });
  const template = blocks[0]!
    .replace(/^beschreibung: .*$/m, 'beschreibung: "Gemeinsame Reise von Bürgerinnen und Bürgern aus Düren in die Partnerstadt Valenciennes."')
    // "sonst Zeile löschen": there is no page with more information.
    .replace(/^link: .*\n/m, '');
  f.write(`content/termine/${FILE}.mdx`, template);
  // Cancelled: the guide's line added to the header.
  f.write(`content/termine/${FILE}-abgesagt.mdx`, template.replace(/^titel: (.*)$/m, 'titel: $1 (2)').replace(/^beschreibung: "(.*)"$/m, 'beschreibung: "$1 Zweiter Termin."').replace(/\n---\n/, `\n${blocks[1]!.trim()}\n---\n`));
  dist = buildProject(f.dir);
});
after(() => f?.remove());

test('die Vorlage des Leitfadens wird zu einer Terminseite; die Seite »Termine« führt sie (bevorstehend oder im Archiv)', () => {
  const $ = cheerio.load(readFileSync(path.join(dist, 'termine', FILE!, 'index.html'), 'utf8'));
  const titel = /^titel: (.*)$/m.exec(blocks[0]!)![1]!;
  assert.equal($('h1').text(), titel);
  assert.ok($('main').text().includes('Valenciennes'));
  const lists = ['termine', 'termine/archiv'].filter((p) => existsSync(path.join(dist, p, 'index.html')))
    .map((p) => cheerio.load(readFileSync(path.join(dist, p, 'index.html'), 'utf8'))('main .events a').map((_, a) => cheerio.load(a).text()).get());
  assert.ok(lists.flat().includes(titel));
});

test('abgesagt: true aus dem Leitfaden: »Abgesagt« auf der Seite, STATUS:CANCELLED im Kalender', () => {
  const $ = cheerio.load(readFileSync(path.join(dist, 'termine', `${FILE}-abgesagt`, 'index.html'), 'utf8'));
  assert.match($('main').text(), /Dieser Termin ist abgesagt\./);
  const cal = new ICAL.Component(ICAL.parse(readFileSync(path.join(dist, 'termine/termine.ics'), 'utf8')));
  // The copy holds whatever events the live content has, too: only the guide's two count here.
  const status = (file: string) =>
    cal.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith(`termin-${file}@`))?.getFirstPropertyValue('status');
  assert.equal(status(FILE!), 'CONFIRMED');
  assert.equal(status(`${FILE}-abgesagt`), 'CANCELLED');
});

test('jede Kalenderadresse des Leitfadens (https:// und webcal://) ist eine Datei des Baus', () => {
  const addresses = [...section.matchAll(/(https|webcal):\/\/www\.dueren\.de\/partnerstaedte\/(termine\/[a-z0-9-]+\.ics)/g)];
  assert.ok(addresses.some((a) => a[1] === 'webcal'), 'der Leitfaden erklärt webcal://');
  assert.ok(addresses.length >= 3);
  for (const [, , file] of addresses) assert.ok(existsSync(path.join(dist, file!)), String(file));
});
