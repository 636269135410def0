/**
 * The content check's distance rule (src/lib/check/distance.ts): a stated
 * road distance far from the great-circle distance is a German warning with
 * file, line and field. Runs on the fixture content (tests/fixtures/content
 * when the test runner sets TEST_ROOT) and on made-up cities.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatReport } from '../../src/lib/check/index.ts';
import { distanceProblems, plausibleRoadKm } from '../../src/lib/check/distance.ts';
import { DUEREN, distanceKm } from '../../src/lib/geo.ts';
import { CONTENT } from '../support/root.ts';

const cityFiles = readdirSync(path.join(CONTENT, 'staedte'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: `content/staedte/${f}`, text: readFileSync(path.join(CONTENT, 'staedte', f), 'utf8') }));
const valenciennes = cityFiles.find((f) => f.file.endsWith('/valenciennes.mdx'));

/** A city file moved to other coordinates, everything else as it was. */
const moved = (text: string, breite: number, laenge: number) =>
  text.replace(/(koordinaten:\s*\n\s+breite:)[^\n#]*/, `$1 ${breite}`).replace(/(\n\s+laenge:)[^\n#]*/, `$1 ${laenge}`);

test('the fixture cities’ distances fit their coordinates: no warning', () => {
  assert.ok(cityFiles.length > 0);
  for (const f of cityFiles) assert.deepEqual(distanceProblems(f.file, f.text), [], f.file);
});

test('a city copied from Valenciennes and moved to 51.2° N, 4.4° E, its distance left as copied: a German warning with line and field', () => {
  assert.ok(valenciennes, 'the fixture has Valenciennes');
  const text = moved(valenciennes.text, 51.2, 4.4);
  const file = 'content/staedte/neustadt.mdx';
  const stated = Number(/^entfernungKm:\s*(\d+)/m.exec(text)![1]);
  const air = distanceKm(DUEREN, { breite: 51.2, laenge: 4.4 });
  assert.ok(stated > plausibleRoadKm(air).max, 'the copied distance is too long for the new place');
  const problems = checkContent([...cityFiles, { file, text }]).filter((p) => p.key === 'entfernungKm');
  assert.equal(problems.length, 1);
  const [p] = problems;
  assert.equal(p!.file, file);
  assert.equal(p!.severity, 'warnung');
  assert.equal(text.split('\n')[p!.line! - 1]!.split(':')[0], 'entfernungKm', 'the line of entfernungKm');
  assert.match(p!.message, new RegExp(`Luftlinie liegt die Stadt ${Math.round(air)} km`));
  assert.match(p!.message, /Straßenentfernungen sind länger/);
  assert.match(p!.message, new RegExp(`${Math.round(stated - air)} km mehr`));
  const report = formatReport(problems);
  assert.match(report, new RegExp(`${file}\\n\\s+Zeile ${p!.line}, Entfernung von Düren`));
});

test('close cities: a road half as long again or 50 km more is fine; less than the great circle is not', () => {
  const base = valenciennes!.text;
  // About 20 km from Düren.
  const near = moved(base, 50.9, 6.7);
  const air = distanceKm(DUEREN, { breite: 50.9, laenge: 6.7 });
  const withKm = (n: number) => near.replace(/^entfernungKm:.*$/m, `entfernungKm: ${n}`);
  assert.deepEqual(distanceProblems('content/staedte/nah.mdx', withKm(Math.round(air) + 30)), []);
  assert.deepEqual(distanceProblems('content/staedte/nah.mdx', withKm(Math.round(air))), []);
  const short = distanceProblems('content/staedte/nah.mdx', withKm(Math.max(1, Math.round(air / 3))));
  assert.equal(short.length, 1);
  assert.match(short[0]!.message, /weniger/);
});

test('a file the schema rejects (distance as text, coordinates missing) gets no distance warning on top', () => {
  const base = valenciennes!.text;
  assert.deepEqual(distanceProblems('content/staedte/x.mdx', base.replace(/^entfernungKm:.*$/m, 'entfernungKm: weit')), []);
  assert.deepEqual(distanceProblems('content/staedte/x.mdx', base.replace(/koordinaten:[\s\S]*?(?=\n\S)/, '')), []);
});
