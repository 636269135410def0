import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate, formatLong, formatShort, daysInMonth, formatDate, formatDateLong, isoHint, type PartialDate } from '../../src/lib/dates.ts';

const ok = (input: unknown, season?: 'Frühjahr') => {
  const r = parsePartialDate(input, season);
  assert.ok(!('error' in r), JSON.stringify(r));
  return r as PartialDate;
};

test('Genauigkeit: Jahr, Jahreszeit, Monat, Tag', () => {
  assert.equal(formatLong(ok('2002')), '2002');
  assert.equal(formatLong(ok('1959', 'Frühjahr')), 'Frühjahr 1959');
  assert.equal(formatLong(ok('1970-06')), 'Juni 1970');
  assert.equal(formatLong(ok('1971-12-18')), '18. Dezember 1971');
  assert.equal(formatShort(ok('2002-10-24')), '24.10.2002');
  assert.equal(formatShort(ok('1970-06')), '06/1970');
});

test('Schaltjahre', () => {
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(2024, 2), 29);
  assert.ok('error' in parsePartialDate('2023-02-29'));
});

test('volle Daten in deutscher Schreibweise', () => {
  const d = new Date(Date.UTC(2023, 2, 3));
  assert.equal(formatDate(d), '03.03.2023');
  assert.equal(formatDateLong(d), '3. März 2023');
});

test('ungültige Eingaben liefern eine Meldung statt einer Ausnahme', () => {
  for (const bad of ['', '19', '1971-1-1', 'gestern', null, {}, 12.5, new Date('x')]) {
    assert.ok('error' in parsePartialDate(bad), String(bad));
  }
});

test('isoHint: German ways of writing a date, and what is no date', () => {
  assert.equal(isoHint('Oktober 2026'), '2026-10');
  assert.equal(isoHint('3. Oktober 2026'), '2026-10-03');
  assert.equal(isoHint('März 2019'), '2019-03');
  assert.equal(isoHint('Okt. 2026'), '2026-10');
  assert.equal(isoHint('15.09.2001'), '2001-09-15');
  assert.equal(isoHint('Frühjahr 1959'), undefined);
  assert.equal(isoHint('irgendwann 2026'), undefined);
});
