/**
 * What the editor writes into a translation at save time (src/admin/translation.ts):
 * only translatable text, and the checksums of the German version, field by field:
 * a field the translator changed (or the whole translation, marked as checked)
 * is stamped with the German text as it is now; an untouched field keeps its
 * old checksum, so a German change is never hidden by a save.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/root.ts';
import { readEntryFile } from '../../src/lib/entry-file.ts';
import { checksumsToRecord, staleness } from '../../src/lib/translations.ts';
import { cityTranslationSchema } from '../../src/schemas/translation.ts';
import { fieldsOf, germanParts, overlay, stampTranslation, staleMessage, type EditorConfig } from '../../src/admin/translation.ts';

const config = parse(readFileSync(path.join(ROOT, 'src/admin/config.yml'), 'utf8')) as EditorConfig;
const fields = fieldsOf(config, 'staedte');
const german = germanParts(readEntryFile(readFileSync(path.join(ROOT, 'content/staedte/stryj.mdx'), 'utf8')).data);
const fm = german.frontmatter as { meilensteine: { datum: string; text: string }[]; lage: string[] };
const TODAY = '2026-12-06';

/** A translation of the fixture's Stryj (texts only), as read from its file. */
function translation(from = german) {
  const data = {
    beschreibung: 'Stryj in western Ukraine has been a twin town of Düren since 15 September 2001, with contacts in business and schools.',
    lage: fm.lage.map((_, i) => `Line ${i + 1}`),
    meilensteine: fm.meilensteine.map((m, i) => ({ datum: m.datum, text: `Milestone ${i + 1}` })),
    body: 'Since 15 September 2001 Düren has had a town twinning with Stryj.',
  };
  return { ...data, uebersetzung: { datum: '2026-11-02', vorlage: checksumsToRecord('staedte', from, data) } };
}

const withBody = (body: string) => ({ ...german, body });
const stamp = (t: Record<string, unknown>, original: Record<string, unknown> | undefined, g = german) =>
  stampTranslation({ collection: 'staedte', fields, german: g, translation: t, original, today: TODAY });

test('a new translation: every field it covers stamped with the German version of today, the facts left out', () => {
  const { uebersetzung: _, ...fresh } = translation();
  const out = stamp({ ...fresh, einwohner: { zahl: 99, zusatz: 'incl. districts' }, buergermeister: { name: 'Someone' }, land: 'UA' }, undefined);
  const { body, ...front } = out;
  const parsed = cityTranslationSchema().parse(front);
  assert.deepEqual(parsed.einwohner, { zusatz: 'incl. districts' }, 'der Zusatz bleibt, die Zahl nicht');
  assert.equal('buergermeister' in front || 'land' in front, false);
  assert.equal(body, fresh.body);
  assert.deepEqual(parsed.uebersetzung.vorlage, checksumsToRecord('staedte', german, out));
  assert.equal(new Date(parsed.uebersetzung.datum).toISOString().slice(0, 10), TODAY);
});

test('saved unchanged after a German change: the old checksums stay, the translation stays behind', () => {
  const t = translation();
  const changed = withBody(`${german.body}\n\nEin neuer Absatz.`);
  const out = stamp(t, t, changed);
  assert.deepEqual(out.uebersetzung, t.uebersetzung);
  assert.deepEqual(staleness('staedte', 'en', (out.uebersetzung as { vorlage: Record<string, string> }).vorlage, changed).changed, ['text']);
});

test('the translator changes the text: that field stamped anew, the others keep theirs', () => {
  const t = translation();
  const changed = { ...german, frontmatter: { ...german.frontmatter, beschreibung: `${german.frontmatter.beschreibung as string} Neu.` }, body: `${german.body}\n\nNeu.` };
  const out = stamp({ ...t, body: `${t.body}\n\nNew.` }, t, changed);
  const vorlage = (out.uebersetzung as { vorlage: Record<string, string>; datum: string }).vorlage;
  assert.deepEqual(staleness('staedte', 'en', vorlage, changed).changed, ['beschreibung']);
  assert.equal((out.uebersetzung as { datum: string }).datum, TODAY);
});

test('a milestone date copied from German is no change of the translation', () => {
  const t = translation();
  const moved = fm.meilensteine.map((m, i) => (i === 0 ? { ...m, datum: '1998' } : m));
  const changed = { ...german, frontmatter: { ...german.frontmatter, meilensteine: moved } };
  const out = stamp({ ...t, meilensteine: t.meilensteine.map((m, i) => ({ ...m, datum: moved[i]!.datum })) }, t, changed);
  assert.deepEqual(out.uebersetzung, t.uebersetzung);
  assert.match(staleMessage(staleness('staedte', 'en', t.uebersetzung.vorlage, changed), fields) ?? '', /geändert: Feld Meilensteine; bitte Übersetzung prüfen und anpassen\./);
});

test('"Übersetzung ist geprüft": every field stamped with the German version of today, the mark not written', () => {
  const t = translation();
  const changed = withBody(`${german.body}\n\nEin neuer Absatz.`);
  const out = stamp({ ...t, uebersetzung: { ...t.uebersetzung, geprueft: true } }, t, changed);
  assert.deepEqual(out.uebersetzung, { datum: TODAY, vorlage: checksumsToRecord('staedte', changed, out) });
  assert.deepEqual(staleness('staedte', 'en', (out.uebersetzung as { vorlage: Record<string, string> }).vorlage, changed).changed, []);
});

test('the preview of a translation: German facts, translated texts, lists by position', () => {
  const merged = overlay(german.frontmatter, { lage: ['A'], einwohner: { zusatz: 'x' } }) as typeof fm & { einwohner: { zahl: number; zusatz: string } };
  assert.deepEqual(merged.lage, ['A', ...fm.lage.slice(1)]);
  assert.equal(merged.einwohner.zahl, (german.frontmatter.einwohner as { zahl: number }).zahl);
  assert.equal(merged.einwohner.zusatz, 'x');
});

test('a photo added on the German side: its empty caption in the translation is no translation', () => {
  const t = translation();
  const out = stamp({ ...t, bilder: [{ alt: '', bildunterschrift: '' }] }, t);
  assert.equal('bilder' in out, false);
  assert.deepEqual(out.uebersetzung, t.uebersetzung);
});
