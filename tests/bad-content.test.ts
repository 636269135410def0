/**
 * Bad content stops the build with a German message that names the file and
 * the field – and the site built before stays as it was.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
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

test('falsche E-Mail-Adresse', () => {
  const r = buildWith('content/staedte/stryj.mdx', (t) => t.replace('email: stryj@dueren.de', 'email: stryj(at)dueren.de'));
  assertFailsWith(r, [
    'Fehler im Inhalt: content/staedte/stryj.mdx',
    'Feld »kontakt.email«: »stryj(at)dueren.de« ist keine gültige E-Mail-Adresse.',
  ]);
});

test('fehlendes Pflichtfeld', () => {
  const r = buildWith('content/staedte/gradacac.mdx', (t) => t.replace(/^entfernungKm: .*\n/m, ''));
  assertFailsWith(r, [
    'Fehler im Inhalt: content/staedte/gradacac.mdx',
    'Feld »entfernungKm«: entfernungKm muss eine Zahl sein (Kilometer, ohne Punkte).',
  ]);
});

test('unmögliches Datum', () => {
  const r = buildWith('content/staedte/altmuenster.mdx', (t) => t.replace(/(partnerschaftSeit:\n\s+datum: )"?1971-12-18"?/, '$1"1971-02-30"'));
  assertFailsWith(r, [
    'Fehler im Inhalt: content/staedte/altmuenster.mdx',
    'Feld »partnerschaftSeit.datum«: »1971-02-30«: Den 30. Februar 1971 gibt es nicht.',
  ]);
});

test('eine Meldung nennt eine Partnerstadt, die es nicht gibt', () => {
  const file = 'content/aktuelles/kooperation-kreis-dueren-staedteregion-jinhua.mdx';
  const r = buildWith(file, (t) => t.replace(/staedte:(\s*\n\s*-\s*|\s*\[\s*)jinhua/, (m) => m.replace('jinhua', 'jinhau')));
  assertFailsWith(r, [`Fehler im Inhalt: ${file}`, 'Feld »staedte«: Eine Partnerstadt »jinhau« gibt es nicht.']);
});

test('kaputtes Frontmatter (Einrückung)', () => {
  const r = buildWith('content/staedte/cormeilles.mdx', (t) => t.replace('\nname: Cormeilles\n', '\nname: Cormeilles\n   land: FR\n'));
  assertFailsWith(r, ['Fehler im Inhalt: content/staedte/cormeilles.mdx, Zeile']);
});

test('eine Begegnung mit Monat und wechselndem Fest zugleich', () => {
  const r = buildWith('content/staedte/cormeilles.mdx', (t) => t.replace(/(\n    fest: Christi Himmelfahrt\n)/, '$1    monat: 5\n'));
  assertFailsWith(r, [
    'Fehler im Inhalt: content/staedte/cormeilles.mdx',
    'Bitte entweder monat oder fest angeben, nicht beides: Ein Fest mit wechselndem Datum hat keinen festen Monat.',
  ]);
});

test('Koordinaten, die eine Stadt auf Düren legen: die Karte bricht ab, statt zu überdecken', () => {
  const r = buildWith('content/staedte/valenciennes.mdx', (t) => t.replace(/koordinaten:\n\s+breite: [\d.]+\n\s+laenge: [\d.]+/, 'koordinaten:\n  breite: 50.8\n  laenge: 6.49'));
  assertFailsWith(r, [
    'Fehler im Inhalt: content/staedte/valenciennes.mdx',
    'Feld »koordinaten«: Karte: Die Punkte von Düren und Valenciennes liegen auf der Karte übereinander.',
  ]);
});
