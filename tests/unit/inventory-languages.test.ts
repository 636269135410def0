/**
 * The inventory per language: English pages exist only where the content is
 * translated (no German copies under /en/), the legal pages stay German,
 * portraits exist per translation, and every page knows its versions in the
 * other languages, reciprocally.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildInventory, navigation, type SiteContent, type TranslationEntry } from '../../src/lib/inventory.ts';

const city = (id: string, name: string, land = 'FR') => ({
  id,
  data: {
    name,
    beschreibung: `${name} ist eine Partnerstadt von Düren, mit vielen Begegnungen seit Jahrzehnten.`,
    land: { code: land, name: 'Frankreich' },
    entfernungKm: 300,
    koordinaten: { breite: 50, laenge: 3 },
  },
});
const tr = (id: string, extra: Partial<TranslationEntry['data']> = {}): TranslationEntry => ({
  id,
  data: { uebersetzung: { datum: new Date('2026-12-01T00:00:00Z') }, beschreibung: `Translated description of ${id}, long enough for search engines.`, ...extra },
});
const page = (id: string, titel: string) => ({ id, data: { titel, beschreibung: `${titel}: eine Seite der Partnerstädte der Stadt Düren, kurz beschrieben.` } });

function site(translations: NonNullable<SiteContent['translations']>): SiteContent {
  return {
    cities: [city('ahausen', 'Ahausen'), city('beburg', 'Beburg')],
    news: [],
    pages: [page('vorwort', 'Vorwort'), page('impressum', 'Impressum'), page('datenschutz', 'Datenschutz')],
    start: { data: { ueberschrift: 'Willkommen', beschreibung: 'Die Partnerstädte der Stadt Düren, ihre Geschichte und ihre Ansprechpersonen.' } },
    translations,
  };
}

test('without an English start page there is no English site, whatever else is translated', () => {
  const pages = buildInventory(site({ staedte: [tr('en/ahausen')] }));
  assert.deepEqual(pages.filter((p) => p.lang === 'en'), []);
  assert.ok(pages.every((p) => Object.keys(p.alternates).length === 1), 'no alternates without a second language');
});

test('English pages exist where translated, under en/, with the translated text and the German facts', () => {
  const pages = buildInventory(
    site({
      startseite: [tr('en/startseite', { ueberschrift: 'Welcome' })],
      staedte: [tr('en/ahausen')],
      seiten: [tr('en/vorwort', { titel: 'Foreword' }), tr('en/impressum', { titel: 'Legal notice' })],
    }),
  );
  const en = new Map(pages.filter((p) => p.lang === 'en').map((p) => [p.path, p]));
  assert.equal(en.get('en')?.title, 'Welcome');
  assert.equal(en.get('en/ahausen')?.title, 'Ahausen', 'names are facts: from the German entry');
  assert.match(en.get('en/ahausen')!.description, /^Translated description/);
  assert.equal(en.get('en/ahausen')?.translation?.source, 'content/staedte/en/ahausen.mdx');
  assert.equal(en.get('en/vorwort')?.title, 'Foreword');
  assert.ok(!en.has('en/beburg'), 'an untranslated city has no English page');
  assert.ok(!en.has('en/impressum'), 'the legal pages stay German, even with a translation file');
  assert.ok(!en.has('en/datenschutz'));
  // The pages the site makes itself exist in English once the English site does.
  for (const key of ['chronik', 'begegnungen', 'daten', 'bildnachweise', 'suche', '404', 'aktuelles']) assert.ok(en.has(`en/${key}`), key);
  // Every English path starts with en/ and every breadcrumb stays in English.
  for (const p of en.values()) for (const c of p.breadcrumbs) assert.match(c.path, /^en(\/|$)/, `${p.path}: ${c.path}`);
});

test('alternates are reciprocal and name only pages that exist', () => {
  const pages = buildInventory(
    site({ startseite: [tr('en/startseite', { ueberschrift: 'Welcome' })], staedte: [tr('en/ahausen'), tr('fr/ahausen')] }),
  );
  const paths = new Set(pages.map((p) => p.path));
  for (const p of pages) {
    assert.equal(p.alternates[p.lang], p.path, `${p.path} names itself`);
    for (const other of Object.values(p.alternates)) {
      assert.ok(paths.has(other!), `${p.path} → ${other}`);
      const back = pages.find((q) => q.path === other)!;
      assert.deepEqual(back.alternates, p.alternates, `${other} names the same group as ${p.path}`);
    }
  }
  const ahausen = pages.find((p) => p.path === 'ahausen')!;
  assert.deepEqual(ahausen.alternates, { de: 'ahausen', en: 'en/ahausen', fr: 'fr/ahausen' });
  assert.deepEqual(pages.find((p) => p.path === 'beburg')!.alternates, { de: 'beburg' });
});

test('a portrait in a partner language has its page and its language\'s search page, and no other page in that language', () => {
  const pages = buildInventory(site({ staedte: [tr('fr/ahausen')] }));
  const fr = pages.filter((p) => p.lang === 'fr').map((p) => p.path).sort();
  assert.deepEqual(fr, ['fr/ahausen', 'fr/suche']);
  const portrait = pages.find((p) => p.path === 'fr/ahausen')!;
  assert.equal(portrait.kind, 'city');
  assert.equal(portrait.translation?.source, 'content/staedte/fr/ahausen.mdx');
  assert.equal(pages.find((p) => p.path === 'fr/suche')!.sitemap, false);
});

test('navigation is per language', () => {
  const pages = buildInventory(site({ startseite: [tr('en/startseite', { ueberschrift: 'Welcome' })] }));
  const en = navigation(pages, 'header', 'en');
  assert.ok(en.length > 0);
  assert.ok(en.every((p) => p.lang === 'en'));
  assert.ok(navigation(pages, 'header').every((p) => p.lang === 'de'));
  // The German-only pages are no English footer links (the footer links to the German ones, marked).
  assert.ok(navigation(pages, 'footer', 'en').every((p) => !['impressum', 'datenschutz'].includes(p.key)));
});
