/**
 * German summaries of the errors only Astro finds (after the content check passed),
 * from excerpts of Astro 7's real output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeBuildError } from '../../src/lib/build-errors.ts';

const root = '/home/redaktion/partnerstaedte';

test('ein Foto, das es nicht gibt: Datei und Zeile, in der es steht', () => {
  const log = `16:36:10 [ERROR] [vite] ✗ Build failed in 288ms
[ImageNotFound] Could not find requested image \`./bilder/fehlt.jpg\`. Does it exist?
  Hint:
    This is often caused by a typo in the image path. Please make sure the file exists, and is spelled correctly.
  Location:
    ${root}/node_modules/astro/dist/content/vite-plugin-content-assets.js:42:19
  Stack trace:
    at PluginContextImpl.handler (file:///x.js:42:19)`;
  const files = [
    { file: 'content/staedte/altmuenster.mdx', text: '---\nname: Altmünster\n---\n' },
    { file: 'content/staedte/stryj.mdx', text: '---\nname: Stryj\nbilder:\n  - datei: ./bilder/fehlt.jpg\n---\n' },
  ];
  assert.equal(
    summarizeBuildError(log, root, files),
    'Fehler im Inhalt: content/staedte/stryj.mdx, Zeile 4\n' +
      '  Das Foto »./bilder/fehlt.jpg« wurde nicht gefunden. Bitte die Datei dorthin legen oder den Pfad korrigieren ' +
      '(relativ zur Textdatei, z. B. ./bilder/rathaus.jpg; Groß- und Kleinschreibung zählt).',
  );
});

test('MDX-Syntax im Text: Zeile und Spalte im Text, in Worten erklärt', () => {
  const log = `16:36:04 [ERROR] [vite] ✗ Build failed in 660ms
49:41: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`) (mdx-jsx:unexpected-character)
  Location:
    ${root}/content/staedte/stryj.mdx:49:41
  Stack trace:
    at TransformPluginContextImpl.handler (file:///x.js:64:17)`;
  const summary = summarizeBuildError(log, root)!;
  assert.match(summary, /^Fehler im Inhalt: content\/staedte\/stryj\.mdx, Zeile 49, Spalte 41\n/);
  assert.match(summary, /In diesen Dateien beginnen < und \{ Programmcode/);
  assert.doesNotMatch(summary, /Stack|Unexpected/);
});

test('unbekannte Fehler: keine erfundene Zusammenfassung', () => {
  assert.equal(summarizeBuildError('Error: something else', root), undefined);
});

test('ein Zeichen, das das Vorschaubild nicht zeichnen kann: Datei, Zeile und Feld', () => {
  const message = 'Das Zeichen »ש« (U+05E9) in »Besuch aus שלום« kann das Vorschaubild nicht zeichnen: Keine der eingebauten Schriften enthält es.';
  // With four pages at a time, Astro's progress line and the error line may follow each other closely.
  const log = `17:03:25   ├─ /og/jinhua.png (+12ms)
17:03:25 [ERROR] Error: content/aktuelles/besuch.mdx, Feld »titel«: ${message}
  Stack trace:
    at Module.GET (file:///x.mjs:18:10)`;
  const files = [{ file: 'content/aktuelles/besuch.mdx', text: '---\ntitel: "Besuch aus שלום"\ndatum: "2027-01-01"\n---\n' }];
  assert.equal(
    summarizeBuildError(log, root, files),
    `Fehler im Inhalt: content/aktuelles/besuch.mdx, Zeile 2\n  Feld »titel«: ${message}`,
  );
});
