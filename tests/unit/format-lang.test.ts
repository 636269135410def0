/** Dates, numbers, distances and countries in the page's language: German as always, English and the partner languages through Intl. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateText, formatDate, formatDateLong, formatLong, formatShort, parsePartialDate, seasonText, type PartialDate, type Season } from '../../src/lib/dates.ts';
import { countWord, countryName, directionName, formatKm, formatNumber, inCountry, populationText } from '../../src/lib/format.ts';
import { LANGS } from '../../src/i18n/languages.ts';

const date = (v: string, season?: Season) => parsePartialDate(v, season) as PartialDate;
const day = date('1971-12-18');
const month = date('1970-06');
const season = date('1959', 'Frühjahr');
const year = date('2002');
const march3 = new Date('2023-03-03T00:00:00Z');

test('German stays as it was, with and without the language given', () => {
  for (const lang of [undefined, 'de'] as const) {
    assert.equal(formatLong(day, lang), '18. Dezember 1971');
    assert.equal(formatLong(month, lang), 'Juni 1970');
    assert.equal(formatLong(season, lang), 'Frühjahr 1959');
    assert.equal(formatLong(year, lang), '2002');
    assert.equal(formatShort(day, lang), '18.12.1971');
    assert.equal(formatShort(month, lang), '06/1970');
    assert.equal(formatDate(march3, lang), '03.03.2023');
    assert.equal(formatDateLong(march3, lang), '3. März 2023');
    assert.equal(formatNumber(62000, lang), '62.000');
    assert.equal(formatNumber(5560000, lang), '5,56 Mio.');
    assert.equal(formatKm(2750, lang), '2.750 km');
    assert.equal(countryName('AT', lang), 'Österreich');
    assert.equal(countWord(7, lang), 'sieben');
    assert.equal(inCountry('UA', 'Ukraine', lang), 'in der Ukraine');
    assert.equal(directionName('Nordosten', lang), 'Nordosten');
    assert.equal(populationText({ zahl: 62000, ca: true, zusatz: 'einschl. Ortsteile' }, lang), 'ca. 62.000 (einschl. Ortsteile)');
  }
});

test('English dates at each precision', () => {
  assert.equal(formatLong(day, 'en'), 'December 18, 1971');
  assert.equal(formatLong(month, 'en'), 'June 1970');
  assert.equal(formatLong(season, 'en'), 'spring 1959');
  assert.equal(formatLong(year, 'en'), '2002');
  assert.equal(formatShort(day, 'en'), 'Dec 18, 1971');
  assert.equal(formatShort(month, 'en'), 'Jun 1970');
  assert.equal(formatShort(season, 'en'), 'spring 1959');
  assert.equal(dateText(day, 'en'), 'December 18, 1971');
  assert.equal(dateText(day, 'en', 'short'), 'Dec 18, 1971');
  assert.equal(formatDate(march3, 'en'), 'Mar 3, 2023');
  assert.equal(formatDateLong(march3, 'en'), 'March 3, 2023');
  assert.deepEqual((['Frühjahr', 'Sommer', 'Herbst', 'Winter'] as const).map((s) => seasonText(s, 2000, 'en')), [
    'spring 2000', 'summer 2000', 'autumn 2000', 'winter 2000',
  ]);
});

test('a date is the calendar day written, whatever the time zone of the machine', () => {
  // Midnight UTC is still the day before in America: the day must not slip.
  assert.equal(formatDateLong(new Date('2023-01-01T00:00:00Z'), 'en'), 'January 1, 2023');
  assert.equal(formatLong(date('2000-01-01'), 'en'), 'January 1, 2000');
});

test('English numbers, distances, countries and counts', () => {
  assert.equal(formatNumber(62000, 'en'), '62,000');
  assert.equal(formatNumber(9800, 'en'), '9,800');
  assert.equal(formatNumber(5560000, 'en'), '5.56 million');
  assert.equal(formatKm(2750, 'en'), '2,750 km');
  assert.equal(countryName('AT', 'en'), 'Austria');
  assert.equal(countryName('UA', 'en'), 'Ukraine');
  assert.equal(countryName('FR', 'en'), 'France');
  assert.equal(countryName('BA', 'en'), 'Bosnia and Herzegovina');
  assert.equal(countryName('XY', 'en'), undefined);
  assert.equal(countWord(7, 'en'), 'seven');
  assert.equal(countWord(12, 'en'), 'twelve');
  assert.equal(countWord(13, 'en'), '13');
  assert.equal(inCountry('FR', 'Frankreich', 'en'), 'in France');
  assert.equal(inCountry('NL', 'Niederlande', 'en'), 'in the Netherlands');
  assert.equal(directionName('Nordosten', 'en'), 'northeast');
  assert.equal(directionName('Südwesten', 'en'), 'southwest');
  assert.equal(populationText({ zahl: 62000, ca: true, zusatz: 'einschl. Ortsteile' }, 'en', 'including districts'), 'about 62,000 (including districts)');
  assert.equal(populationText({ zahl: 5560000, ca: false }, 'en'), '5.56 million');
});

test('Chinese and Ukrainian: no German forms, digits of the date kept', () => {
  for (const lang of ['zh', 'uk'] as const) {
    const texts = [
      formatLong(day, lang), formatLong(month, lang), formatLong(season, lang), formatDateLong(march3, lang),
      formatNumber(5560000, lang), formatKm(2750, lang), countryName('AT', lang)!, directionName('Nordosten', lang),
    ];
    for (const text of texts) {
      assert.doesNotMatch(text, /Dezember|Juni|Frühjahr|März|Mio\.|Österreich|Nordosten/, `${lang}: ${text}`);
    }
    assert.match(formatLong(day, lang), /18/);
    assert.match(formatLong(day, lang), /1971/);
    assert.match(formatLong(season, lang), /1959/);
    assert.notEqual(countryName('AT', lang), countryName('AT', 'de'));
  }
  assert.match(formatLong(day, 'zh'), /^1971年12月18日$/);
  assert.match(countryName('CN', 'zh')!, /中国/);
  assert.match(countryName('UA', 'uk')!, /Україна/);
  assert.match(formatLong(month, 'uk'), /червень/);
});

test('every language formats every precision without falling back to German', () => {
  for (const lang of LANGS.filter((l) => l !== 'de')) {
    for (const d of [day, month, season, year]) {
      const text = formatLong(d, lang);
      assert.match(text, new RegExp(String(d.year)), `${lang}: ${text}`);
      if (d !== year) assert.notEqual(text, formatLong(d, 'de'), `${lang}: ${text}`);
    }
    assert.notEqual(formatNumber(5560000, lang), '5,56 Mio.');
  }
});
