import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, countryName, telHref, formatKm } from '../../src/lib/format.ts';

test('deutsche Zahlen', () => {
  assert.equal(formatNumber(9800), '9.800');
  assert.equal(formatNumber(175600), '175.600');
  assert.equal(formatNumber(5560000), '5,56 Mio.');
  assert.equal(formatNumber(1200), '1.200');
  assert.equal(formatKm(2750), '2.750 km');
});

test('Ländernamen auf Deutsch aus ISO-Codes', () => {
  assert.equal(countryName('AT'), 'Österreich');
  assert.equal(countryName('TR'), 'Türkei');
  assert.equal(countryName('UA'), 'Ukraine');
  assert.equal(countryName('XY'), undefined);
  assert.equal(countryName('at'), undefined);
});

test('tel:-Links nur mit Ziffern', () => {
  assert.equal(telHref('+49 2421 25-1346'), 'tel:+492421251346');
});
