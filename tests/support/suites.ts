/**
 * The two kinds of tests (README, "Tests"):
 *
 * - Tests over the live content (LIVE_SUITES): they check only what holds for
 *   every valid content (each city has its page, valid HTML, axe 0, reflow,
 *   links, sitemap = inventory, feeds well-formed …) and take every
 *   expectation from content/. They run on content/ and dist/, in `npm test`
 *   and in the content gate `npm run test:inhalt`.
 * - Code tests (every other file under tests/, and tests/unit/): they run on
 *   the frozen fixture tree tests/fixtures/content (built into .build-fixture/)
 *   and may name its cities, queries and texts.
 *
 * A new test file is a code test unless it is listed here.
 */
export const LIVE_SUITES = [
  'tests/a11y.test.ts',
  'tests/html-valid.test.ts',
  'tests/inventory.test.ts',
  'tests/landmarks.test.ts',
  'tests/languages.test.ts',
  'tests/pages.test.ts',
  'tests/phone.test.ts',
  'tests/seo.test.ts',
  'tests/where-when.test.ts',
];

/** What each live suite checks, in German, for the content gate's summary: what to fix when it fails. */
export const LIVE_SUITE_HINTS: Record<string, string> = {
  'tests/a11y.test.ts': 'Barrierefreiheit im Browser (Kontrast, Tastatur, Umbruch bei 320 px). Oft: ein sehr langes Wort ohne Trennmöglichkeit, eine Überschrift, die eine Ebene überspringt, ein Bild ohne Alternativtext.',
  'tests/html-valid.test.ts': 'Gültiges HTML. Oft: HTML-Zeichen wie < oder & im Text; bitte als Text schreiben oder die Prüfung fragen (npm run pruefen).',
  'tests/inventory.test.ts': 'Seitenliste und Sitemap. Oft: zwei Dateien mit demselben Namen in verschiedenen Ordnern.',
  'tests/landmarks.test.ts': 'Seitenbereiche (Kopf, Inhalt, Fuß) und eindeutige Kennungen. Oft: eine Überschrift im Text, die wie ein Bereich der Seite heißt.',
  'tests/languages.test.ts': 'Sprachen: Sprachangabe jeder Seite, Hinweis auf Übersetzungen, Verweise zwischen den Sprachfassungen. Oft: eine Übersetzung, deren deutsche Seite umbenannt oder gelöscht wurde.',
  'tests/pages.test.ts': 'Jede Angabe aus dem Kopfbereich und jeder Absatz erscheint auf der Seite; keine Seite ist zu groß (15 KB). Oft: ein sehr langer Text; bitte kürzen oder in eine Meldung auslagern.',
  'tests/phone.test.ts': 'Darstellung auf dem Handy. Oft: sehr lange Namen oder Angaben im Steckbrief.',
  'tests/seo.test.ts': 'Titel, Beschreibung und Vorschaubild jeder Seite. Oft: eine Beschreibung, die zu kurz, zu lang oder doppelt ist.',
  'tests/where-when.test.ts': 'Karten, Chronik und Begegnungen. Oft: Koordinaten, die nicht zur Stadt passen (Breite und Länge vertauscht?).',
};
