import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { numberFields, numbersToText, textToNumbers } from '../../src/admin/numbers.ts';

const config = parse(readFileSync(new URL('../../src/admin/config.yml', import.meta.url), 'utf8'));
const fields = numberFields(config);

test('the configuration marks the schemas’ number fields, list items included', () => {
  assert.equal(fields.get('einwohner.zahl'), 'integer');
  assert.equal(fields.get('entfernungKm'), 'integer');
  assert.equal(fields.get('koordinaten.breite'), 'decimal');
  assert.equal(fields.get('begegnungen.*.monat'), 'integer');
});

test('what was typed is written: a number only when the text is exactly one', () => {
  const typed = { einwohner: { zahl: '59.500' }, entfernungKm: '1 200', koordinaten: { breite: '50.8', laenge: '6,48' }, begegnungen: [{ monat: '9' }, { monat: 'Mai' }], name: '123' };
  assert.deepEqual(textToNumbers(typed, fields), {
    einwohner: { zahl: '59.500' }, entfernungKm: '1 200', koordinaten: { breite: 50.8, laenge: '6,48' }, begegnungen: [{ monat: 9 }, { monat: 'Mai' }], name: '123',
  });
  assert.deepEqual(textToNumbers({ einwohner: { zahl: '59500' } }, fields), { einwohner: { zahl: 59500 } });
});

test('a file’s numbers are shown as text and come back unchanged', () => {
  const file = { einwohner: { zahl: 46200, ca: true }, koordinaten: { breite: 50.8, laenge: -6.5 }, begegnungen: [{ monat: 9 }] };
  const shown = numbersToText(file, fields);
  assert.deepEqual(shown, { einwohner: { zahl: '46200', ca: true }, koordinaten: { breite: '50.8', laenge: '-6.5' }, begegnungen: [{ monat: '9' }] });
  assert.deepEqual(textToNumbers(shown, fields), file);
});
