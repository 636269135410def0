/** A translated page's texts: the translation where it has one, else the German marked lang="de"; event times abroad. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localizedEncounters, milestoneTexts, optionalPiece, piece } from '../../src/lib/pieces.ts';
import { eventTime, formatEventTime, parseWallTime, type WallTime } from '../../src/lib/event-time.ts';

test('a German page shows the German text, unmarked, whatever a translation says', () => {
  assert.deepEqual(piece('English', 'Deutsch', 'de'), { text: 'Deutsch', lang: undefined });
  assert.deepEqual(piece(undefined, 'Deutsch', 'de'), { text: 'Deutsch', lang: undefined });
});

test('a translated page shows the translation, and the German marked as German where it lacks one', () => {
  assert.deepEqual(piece('In the east', 'Im Osten', 'en'), { text: 'In the east', lang: undefined });
  assert.deepEqual(piece(undefined, 'Im Osten', 'en'), { text: 'Im Osten', lang: 'de' });
  assert.deepEqual(piece('', 'Im Osten', 'fr'), { text: 'Im Osten', lang: 'de' });
  assert.equal(optionalPiece('x', undefined, 'en'), undefined);
  assert.deepEqual(optionalPiece(undefined, 'einschl. Ortsteile', 'uk'), { text: 'einschl. Ortsteile', lang: 'de' });
});

test('milestone texts find their milestone by date and season, not by position', () => {
  const german = [
    { iso: '1959', season: 'Frühjahr', text: 'Erste Begegnung' },
    { iso: '1959', text: 'Briefwechsel' },
    { iso: '1971-12-18', text: 'Unterzeichnung' },
    { iso: '2002', text: 'Erstes Fest' },
    { iso: '2002', text: 'Zweites Fest' },
  ];
  const translated = [
    { datum: '1971-12-18', text: 'Signing' },
    { datum: '1959', jahreszeit: 'Frühjahr', text: 'First meeting' },
    { datum: '2002', text: 'First festival' },
    { datum: '2002', text: 'Second festival' },
  ];
  assert.deepEqual(milestoneTexts(german, translated, 'en'), [
    { text: 'First meeting', lang: undefined },
    { text: 'Briefwechsel', lang: 'de' },
    { text: 'Signing', lang: undefined },
    { text: 'First festival', lang: undefined },
    { text: 'Second festival', lang: undefined },
  ]);
  assert.deepEqual(
    milestoneTexts(german, undefined, 'en').map((p) => p.lang),
    ['de', 'de', 'de', 'de', 'de'],
  );
  assert.deepEqual(milestoneTexts(german, translated, 'de').map((p) => p.text), german.map((m) => m.text));
});

test('encounters take name and place from the translation by position', () => {
  const german = [{ name: 'Erdbeerenfest', ort: 'Cormeilles' }, { name: 'Stadtfest' }];
  const translation = { data: { begegnungen: [{ name: 'Strawberry festival', ort: 'Cormeilles' }] } };
  const result = localizedEncounters(german, translation, 'en');
  assert.deepEqual(result.map((e) => [e.nameText, e.ortText]), [
    [{ text: 'Strawberry festival', lang: undefined }, { text: 'Cormeilles', lang: undefined }],
    [{ text: 'Stadtfest', lang: 'de' }, undefined],
  ]);
});

test('event times in English: Düren wall time with its zone, ranges through Intl; German unchanged', () => {
  const w = (s: string) => parseWallTime(s) as WallTime;
  const evening = eventTime(w('2027-09-12T18:00'), w('2027-09-12T20:00'));
  const weekend = eventTime(w('2027-09-10'), w('2027-09-12'));
  const oneDay = eventTime(w('2027-09-12'));
  if ('error' in evening || 'error' in weekend || 'error' in oneDay) throw new Error('fixture');
  assert.equal(formatEventTime(evening), 'Sonntag, 12. September 2027, 18:00 bis 20:00 Uhr');
  assert.equal(formatEventTime(evening, 'de'), 'Sonntag, 12. September 2027, 18:00 bis 20:00 Uhr');
  assert.match(formatEventTime(evening, 'en'), /^Sunday, September 12, 2027.*6:00.*8:00\s?PM GMT\+2$/);
  assert.match(formatEventTime(weekend, 'en'), /^Friday, September 10\s?–\s?Sunday, September 12, 2027$/);
  assert.equal(formatEventTime(oneDay, 'en'), 'Sunday, September 12, 2027');
  assert.doesNotMatch(formatEventTime(weekend, 'zh'), /September|bis/);
});
