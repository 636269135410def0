/**
 * The English interface strings (`src/i18n/en.json`) against the German ones:
 * the same keys, every value filled, the same {placeholders} per key, and
 * translated, not copied. The rules are checked on small fixtures first, so a
 * broken rule cannot pass unnoticed, then on the live files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import de from '../../src/i18n/de.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };

type Strings = Record<string, string>;

/** Keys whose English value may equal the German one, each with the reason. */
const SAME_IN_BOTH: Record<string, string> = {
  'data.size': 'a number and the unit KB, written alike in both languages',
  'city.inCountry': 'the preposition "in" before a country\'s name, alike in both languages (English adds "the" for the Netherlands and others in inCountry())',
};

/** Words with German letters (ä, ö, ü, ß) that English text may contain: names. */
const NAMES_WITH_UMLAUTS = new Set(['Düren', "Düren's", 'Altmünster', 'Ereğli', 'Gradačac']);

const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Everything wrong with a translation of the German strings, one line per problem. */
function problems(german: Strings, translated: Strings, sameInBoth: Record<string, string>): string[] {
  const found: string[] = [];
  for (const key of Object.keys(german)) {
    if (!(key in translated)) found.push(`${key}: missing`);
  }
  for (const [key, value] of Object.entries(translated)) {
    if (!(key in german)) {
      found.push(`${key}: not in the German file`);
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      found.push(`${key}: empty`);
      continue;
    }
    const want = placeholders(german[key]!).join(',');
    const got = placeholders(value).join(',');
    if (want !== got) found.push(`${key}: placeholders {${got}} instead of {${want}}`);
    if (value === german[key] && !(key in sameInBoth)) found.push(`${key}: same as the German`);
    if (/[„‚]/.test(value)) found.push(`${key}: German quotation marks`);
    const germanWords = (value.match(/[\p{L}'’-]*[äöüßÄÖÜ][\p{L}'’-]*/gu) ?? []).filter((w) => !NAMES_WITH_UMLAUTS.has(w));
    if (germanWords.length) found.push(`${key}: German words (${germanWords.join(', ')})`);
  }
  for (const key of Object.keys(sameInBoth)) {
    if (!(key in german)) found.push(`${key}: allowed to stay German, but there is no such key`);
  }
  return found;
}

test('the rules find a missing key, an extra key, an empty value and a lost placeholder', () => {
  const german = { 'a.one': 'Stand: {date}', 'a.two': 'Suche', 'a.three': '{count} Treffer für „{query}“' };
  assert.deepEqual(problems(german, { 'a.one': 'As of {date}', 'a.two': 'Search', 'a.three': '{count} results for “{query}”' }, {}), []);
  assert.deepEqual(problems(german, { 'a.one': 'As of {date}', 'a.three': '{count} results for “{query}”' }, {}), ['a.two: missing']);
  assert.deepEqual(problems(german, { 'a.one': 'As of {date}', 'a.two': 'Search', 'a.three': '{count} results', 'a.four': 'x' }, {}), [
    'a.three: placeholders {count} instead of {count,query}',
    'a.four: not in the German file',
  ]);
  assert.deepEqual(problems(german, { 'a.one': ' ', 'a.two': 'Search', 'a.three': '{count} results for “{query}”' }, {}), ['a.one: empty']);
  assert.deepEqual(problems(german, { 'a.one': 'As of {datum}', 'a.two': 'Search', 'a.three': '{count} results for “{query}”' }, {}), [
    'a.one: placeholders {datum} instead of {date}',
  ]);
});

test('the rules find German left in the English: a copied value, German quotes, German words', () => {
  const german = { 'a.one': 'Suche', 'a.two': '{size} KB', 'a.three': 'Karte mit Düren' };
  assert.deepEqual(problems(german, { 'a.one': 'Suche', 'a.two': '{size} KB', 'a.three': 'Map showing Düren' }, { 'a.two': 'unit' }), [
    'a.one: same as the German',
  ]);
  assert.deepEqual(problems(german, { 'a.one': 'Search', 'a.two': '{size} KB', 'a.three': 'Map showing Düren' }, {}), ['a.two: same as the German']);
  assert.deepEqual(problems(german, { 'a.one': 'Search „here“', 'a.two': '{size} KB', 'a.three': 'Map showing Düren und Köln' }, { 'a.two': 'unit' }), [
    'a.one: German quotation marks',
    'a.three: German words (Köln)',
  ]);
  assert.deepEqual(problems(german, { 'a.one': 'Search', 'a.two': '{size} KB', 'a.three': 'Map' }, { 'a.two': 'unit', 'a.gone': 'old' }), [
    'a.gone: allowed to stay German, but there is no such key',
  ]);
});

test('en.json has exactly the keys of de.json, each translated, with the same placeholders', () => {
  assert.deepEqual(problems(de as Strings, en as Strings, SAME_IN_BOTH), []);
});

test('the strings of the multilingual pages exist in both files', () => {
  for (const key of ['lang.switchLabel', 'lang.translatedFrom', 'lang.germanVersion', 'lang.outdated', 'lang.germanOnly', 'lang.privacySummary', 'lang.portraitLink', 'lang.inGerman']) {
    assert.ok(key in de, `${key} is missing in de.json`);
    assert.ok(key in en, `${key} is missing in en.json`);
  }
});
