/**
 * German summaries of a failed Astro build, from excerpts of Astro 7's real output:
 * the site's own rules are named with file and line, anything else is "unerwartet".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeBuildError, UNEXPECTED } from '../../src/lib/build-errors.ts';

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

test('MDX-Syntax, die Astro selbst meldet: ein unerwarteter Fehler, kein geratener Inhaltsfehler', () => {
  // The content check refuses every body MDX cannot read before Astro runs; Astro's own report is a bug to pass on.
  const log = `16:36:04 [ERROR] [vite] ✗ Build failed in 660ms
49:41: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`) (mdx-jsx:unexpected-character)
  Location:
    ${root}/content/staedte/stryj.mdx:49:41
  Stack trace:
    at TransformPluginContextImpl.handler (file:///x.js:64:17)`;
  assert.equal(summarizeBuildError(log, root), UNEXPECTED);
  assert.match(UNEXPECTED, /Unerwarteter Fehler, siehe build\.log/);
});

test('unbekannte Fehler: keine erfundene Zusammenfassung', () => {
  assert.equal(summarizeBuildError('Error: something else', root), UNEXPECTED);
});

test('die Textregeln beim Übersetzen (ein plain astro build): Datei, Zeile und Feld', () => {
  const message = 'Im Text steht eine geschweifte Klammer »{«. In diesen Dateien beginnt damit Programmcode. Bitte weglassen oder mit Schrägstrich davor schreiben: \\{';
  const log = `02:25:03 [ERROR] [vite] ✗ Build failed in 1.18s
content/staedte/stryj.mdx, Zeile 61, Feld »Text«: ${message}
  Location:
    ${root}/content/staedte/stryj.mdx:0:0`;
  assert.equal(summarizeBuildError(log, root), `Fehler im Inhalt: content/staedte/stryj.mdx, Zeile 61\n  Feld »Text«: ${message}`);
});

test('die Inhaltsprüfung in Astro: ihr Bericht, wie er ist', () => {
  const report = '✖ Fehler in content/staedte/stryj.mdx\n  Zeile 61, Text: Im Text steht …\n\nInhalt geprüft: 1 Fehler, 0 Hinweise. Fehler verhindern die Veröffentlichung; bitte in der genannten Zeile korrigieren.';
  const log = `[Inhaltspruefung] Der Inhalt hat Fehler; der Build bricht ab.\n\n${report}\n  Location:\n    ${root}/src/integrations/content-check.ts:30:25`;
  assert.equal(summarizeBuildError(log, root), report);
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
