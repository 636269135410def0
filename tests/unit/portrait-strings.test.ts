/**
 * The interface strings of the partner languages (src/i18n/fr.json …): every
 * string a portrait page or its search page needs (PORTRAIT_KEYS) exists in
 * each of them, is not empty and has the same placeholders as the German one,
 * so no page mixes languages or shows a raw "{city}".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PORTRAIT_KEYS, PORTRAIT_LANGS, STRINGS, t, type UIKey } from '../../src/i18n/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const de = STRINGS.de as Record<UIKey, string>;

test('PORTRAIT_KEYS names German strings, each once', () => {
  assert.ok(PORTRAIT_KEYS.length > 0);
  assert.equal(new Set(PORTRAIT_KEYS).size, PORTRAIT_KEYS.length, 'a key listed twice');
  for (const key of PORTRAIT_KEYS) assert.equal(typeof de[key], 'string', `${key} is not in de.json`);
});

for (const lang of PORTRAIT_LANGS) {
  test(`${lang}.json has every portrait string, not empty, with the German placeholders`, () => {
    const strings = STRINGS[lang];
    const missing = PORTRAIT_KEYS.filter((key) => strings[key] === undefined);
    assert.deepEqual(missing, [], `missing in src/i18n/${lang}.json`);
    for (const key of PORTRAIT_KEYS) {
      const value = strings[key]!;
      assert.ok(value.trim().length > 0, `${lang}: ${key} is empty`);
      assert.deepEqual(placeholders(value), placeholders(de[key]), `${lang}: ${key} »${value}«`);
      // Filled in, nothing of the template is left over.
      const vars = Object.fromEntries(placeholders(de[key]).map((p) => [p, 'X']));
      assert.doesNotMatch(t(key, vars, lang), /[{}]/, `${lang}: ${key}`);
    }
  });

  test(`${lang}.json holds only keys the German file knows`, () => {
    const unknown = Object.keys(STRINGS[lang]).filter((key) => !(key in de));
    assert.deepEqual(unknown, [], `src/i18n/${lang}.json`);
  });

  test(`${lang}.json is written in its language, not copied from German`, () => {
    // Strings with more than a word or two besides their placeholders: the same as German means untranslated.
    const words = (s: string) => s.replace(/\{\w+\}/g, '').trim();
    const copied = PORTRAIT_KEYS.filter((key) => words(de[key]).length > 12 && STRINGS[lang][key] === de[key]);
    assert.deepEqual(copied, [], `${lang}: the same as German`);
  });

  test(`${lang}: the search page's description fits search engines (50–160 characters)`, () => {
    const length = [...t('search.description', {}, lang)].length;
    assert.ok(length >= 50 && length <= 160, `${lang}: ${length} characters`);
  });
}
