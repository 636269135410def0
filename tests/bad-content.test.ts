/**
 * Bad content stops the build with a German message that names the file and
 * the field – and the site built before stays as it was.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { DIST } from './support/site.ts';
import { makeFixture, type Fixture } from './support/fixture.ts';

let fx: Fixture;
let goodIndex: string;

before(() => {
  fx = makeFixture();
  cpSync(DIST, fx.file('dist'), { recursive: true });
  goodIndex = readFileSync(fx.file('dist/stryj/index.html'), 'utf8');
});
after(() => fx.remove());

/** Changes one file, builds, restores the file; returns the build's output. */
function buildWith(file: string, change: (text: string) => string) {
  const original = fx.read(file);
  const changed = change(original);
  assert.notEqual(changed, original, 'die Änderung muss greifen');
  fx.write(file, changed);
  try {
    return fx.build();
  } finally {
    fx.write(file, original);
  }
}

function assertFailsWith(result: { status: number | null; output: string }, lines: string[]) {
  assert.notEqual(result.status, 0, 'der Build muss fehlschlagen');
  const summary = result.output.slice(result.output.indexOf('✖ Der Build ist fehlgeschlagen.'));
  for (const line of lines) assert.ok(summary.includes(line), `fehlt in der Meldung: ${line}\n---\n${summary}`);
  assert.match(summary, /Die zuletzt erfolgreich gebaute Fassung in dist\/ bleibt unverändert\./);
  // The last good build is still there, unchanged, and no half-built folder is left behind.
  assert.equal(readFileSync(fx.file('dist/stryj/index.html'), 'utf8'), goodIndex);
  assert.deepEqual(readdirSync(fx.dir).filter((f) => f.startsWith('dist.')), []);
}

/** Line (from 1) of the first line in `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('falsche E-Mail-Adresse', () => {
  const file = 'content/staedte/stryj.mdx';
  const line = lineOf(fx.read(file), 'email:');
  const r = buildWith(file, (t) => t.replace(/email: .*/, 'email: stryj(at)dueren.de'));
  assertFailsWith(r, [
    `✖ Fehler in ${file}`,
    `Zeile ${line}, Ansprechperson, E-Mail: »stryj(at)dueren.de« ist keine gültige E-Mail-Adresse.`,
  ]);
  assert.doesNotMatch(r.output, /\[ERROR\]|Stack trace|at .*\.js:\d+/, 'nur der deutsche Bericht, keine Meldungen von Astro');
});

test('fehlendes Pflichtfeld', () => {
  const r = buildWith('content/staedte/gradacac.mdx', (t) => t.replace(/^entfernungKm: .*\n/m, ''));
  assertFailsWith(r, [
    '✖ Fehler in content/staedte/gradacac.mdx',
    'Entfernung von Düren (km): entfernungKm muss eine Zahl sein (Kilometer, ohne Punkte).',
  ]);
});

test('Einwohnerzahl mit Tausenderpunkt', () => {
  const file = 'content/staedte/altmuenster.mdx';
  const line = lineOf(fx.read(file), '  zahl:');
  const r = buildWith(file, (t) => t.replace(/ {2}zahl: \d+/, '  zahl: 12.000'));
  assertFailsWith(r, [`Zeile ${line}, Einwohnerzahl, Zahl: »12.000« ist mit Tausenderpunkt geschrieben; so liest die Website 12. Bitte ohne Punkte schreiben: 12000.`]);
});

test('unmögliches Datum', () => {
  const r = buildWith('content/staedte/altmuenster.mdx', (t) => t.replace(/(partnerschaftSeit:\n\s+datum: )"?[\d-]+"?/, '$1"1971-02-30"'));
  assertFailsWith(r, [
    '✖ Fehler in content/staedte/altmuenster.mdx',
    'Partnerschaft seit, Datum: »1971-02-30«: Den 30. Februar 1971 gibt es nicht.',
  ]);
});

test('eine Meldung nennt eine Partnerstadt, die es nicht gibt', () => {
  const file = 'content/aktuelles/kooperation-kreis-dueren-staedteregion-jinhua.mdx';
  const r = buildWith(file, (t) => t.replace(/staedte:(\s*\n\s*-\s*|\s*\[\s*)jinhua/, (m) => m.replace('jinhua', 'jinhau')));
  assertFailsWith(r, [`✖ Fehler in ${file}`, '1. Partnerstadt: Eine Partnerstadt »jinhau« gibt es nicht.']);
});

test('eine Seite, die die Adresse einer Stadt nähme', () => {
  fx.write('content/seiten/stryj.mdx', fx.read('content/seiten/impressum.mdx'));
  try {
    const r = fx.build();
    assertFailsWith(r, ['Die Adresse /partnerstaedte/stryj/ hat auch content/staedte/stryj.mdx.']);
  } finally {
    rmSync(fx.file('content/seiten/stryj.mdx'));
  }
});

test('spitze Klammer im Text: die Zeile im Text', () => {
  const file = 'content/staedte/cormeilles.mdx';
  const text = fx.read(file);
  const lines = text.split('\n');
  const last = lines.length - (lines.at(-1) === '' ? 1 : 0);
  const r = buildWith(file, (t) => `${t.trimEnd()} Mehr als <3 Besuche.\n`);
  assertFailsWith(r, [`Zeile ${last}, Text: Im Text steht eine spitze Klammer »<«.`]);
});

test('kaputtes Frontmatter (Einrückung)', () => {
  const r = buildWith('content/staedte/cormeilles.mdx', (t) => t.replace(/\nname: (.*)\n/, '\nname: $1\n   land: FR\n'));
  assertFailsWith(r, ['✖ Fehler in content/staedte/cormeilles.mdx', 'Zeile 2, Kopfbereich: Der Kopfbereich lässt sich ab hier nicht lesen.']);
});
