import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeBuildError } from '../../src/lib/build-errors.ts';

const root = '/home/redaktion/partnerstaedte';

test('Schemafehler: Datei und Felder auf Deutsch', () => {
  const log = `[InvalidContentEntryDataError] staedte → stryj data does not match collection schema.

  kontakt.email: »x« ist keine gültige E-Mail-Adresse.
  entfernungKm: Die Entfernung muss größer als 0 sein.

  Hint:
    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.
  Location:
    ${root}/content/staedte/stryj.mdx:0:0
`;
  assert.equal(
    summarizeBuildError(log, root),
    'Fehler im Inhalt: content/staedte/stryj.mdx\n' +
      '  Feld »kontakt.email«: »x« ist keine gültige E-Mail-Adresse.\n' +
      '  Feld »entfernungKm«: Die Entfernung muss größer als 0 sein.',
  );
});

test('kaputtes YAML: Datei und Zeile', () => {
  const log = `bad indentation of a mapping entry\n  Location:\n    ${root}/content/staedte/stryj.mdx:3:5\n  Stack trace:`;
  assert.match(summarizeBuildError(log, root)!, /^Fehler im Inhalt: content\/staedte\/stryj\.mdx, Zeile 3, Spalte 5\n/);
});

test('unbekannte Fehler: keine erfundene Zusammenfassung', () => {
  assert.equal(summarizeBuildError('Error: something else', root), undefined);
});
