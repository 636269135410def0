/**
 * The guide's edits keep the site green. In a copy of the project, a staff member
 * follows docs/redaktion.md: changes a mayor and its Stand, adds a news item from
 * the guide's template (comments and all), adds a city from the guide's example,
 * puts a "## Kontakt" heading into a city's text and adds a photo. The copy builds
 * once, quietly, and the build-output suite (pages + SEO tests) runs on it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { makeFixture, type Fixture } from './support/fixture.ts';
import { ROOT } from './support/site.ts';
import { REPO } from './support/root.ts';
import { countWord } from '../src/lib/format.ts';
import { formatLong, parsePartialDate, type PartialDate } from '../src/lib/dates.ts';
import de from '../src/i18n/de.json' with { type: 'json' };

const guide = readFileSync(path.join(ROOT, 'docs/redaktion.md'), 'utf8');

/** The first YAML block of the guide after a heading. */
function guideBlock(heading: string): string {
  const from = guide.indexOf(heading);
  assert.ok(from >= 0, `der Leitfaden hat keinen Abschnitt ${heading}`);
  const m = /```yaml\n([\s\S]*?)```/.exec(guide.slice(from));
  assert.ok(m, `kein YAML-Beispiel unter ${heading}`);
  return m[1]!;
}

/** Replaces one value in a YAML line "key: value   # comment", keeping the comment. */
function setValue(text: string, key: string, value: string): string {
  const re = new RegExp(`^(\\s*-?\\s*${key}:)[ \\t]*[^#\\n]*?([ \\t]+#.*)?$`, 'm');
  assert.match(text, re, `kein Feld ${key}`);
  return text.replace(re, (_, k: string, comment = '') => `${k} ${value}${comment}`);
}

const month = new Date().toISOString().slice(0, 7);
const MAYOR = 'Marta Neumann';
const NEW_CITY = { id: 'neustadt', name: 'Neustadt am Testsee' };
const NEWS_ID = 'jugendcamp-nach-leitfaden';
const PHOTO = { file: 'bilder/leitfaden-foto.jpg', alt: 'Ein Marktplatz mit Brunnen, vom Test als Farbfläche erzeugt' };

let fx: Fixture;
let cityIds: string[];
let build: { status: number | null; output: string };
const load = (p: string) => cheerio.load(readFileSync(fx.file(path.join('dist', p, 'index.html')), 'utf8'));

before(async () => {
  fx = makeFixture('leitfaden');
  // The copy runs the page suites itself: they come from the checkout (the fixture site has no tests/).
  cpSync(path.join(REPO, 'tests'), fx.file('tests'), { recursive: true });
  cityIds = readdirSync(fx.file('content/staedte')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();
  const [mayorCity, headingCity, photoCity] = [cityIds[0]!, cityIds[1 % cityIds.length]!, cityIds[2 % cityIds.length]!];

  // 1. "Eine Angabe ändern": a new mayor, with the month since when it holds.
  const mayorFile = `content/staedte/${mayorCity}.mdx`;
  fx.write(
    mayorFile,
    fx.read(mayorFile).replace(/^buergermeister:\n {2}name: .*\n( {2}amt: .*\n)/m, (_, amt: string) => `buergermeister:\n  name: ${MAYOR}\n${amt}  stand: "${month}"\n`),
  );

  // 2. "Eine Meldung hinzufügen": the guide's template, comments kept, values replaced.
  let news = guideBlock('## Eine Meldung hinzufügen');
  news = setValue(news, 'titel', 'Jugendcamp nach dem Leitfaden');
  news = setValue(news, 'staedte', `[${mayorCity}]`);
  news = setValue(news, 'beschreibung', '"Jugendliche aus Düren verbringen eine Woche in der Partnerstadt, mit Sport, Musik und Ausflügen."');
  news = news.replace(/^\s*url: .*\n/m, ''); // the comment says: delete the line when there is no online source
  fx.write(`content/aktuelles/${NEWS_ID}.mdx`, news.replace(/^---\n([\s\S]*?)\n---\n[\s\S]*$/, '---\n$1\n---\n\nDie Jugendlichen treffen sich im Sommer.\n'));

  // 3. "Eine Stadt hinzufügen": the guide's example file, every value replaced.
  let city = guideBlock('## Aufbau einer Datei');
  city = setValue(city, 'name', NEW_CITY.name);
  city = setValue(city, 'text', 'Erste Kontakte zwischen Schulen');
  city = setValue(city, 'email', 'neustadt@dueren.de');
  city = setValue(city, 'website', 'https://www.neustadt-am-testsee.at');
  city = setValue(city, 'beschreibung', '"Neustadt am Testsee ist die Partnerstadt, die dieser Test nach dem Leitfaden anlegt."');
  city = city.replace(/^(\s*-\s*)Altmuenster$/m, '$1Neustadt');
  // Its own place: the maps stop the build when two cities would share a point.
  city = setValue(city, 'breite', '55.7');
  city = setValue(city, 'laenge', '12.6');
  fx.write(`content/staedte/${NEW_CITY.id}.mdx`, city.replace(/\n*$/, '\n'));

  // 4. A heading "## Kontakt" in a city's own text.
  const headingFile = `content/staedte/${headingCity}.mdx`;
  fx.write(headingFile, `${fx.read(headingFile).trimEnd()}\n\n## Kontakt\n\nDie Vereine der Partnerschaft erreichen Sie über das Rathaus.\n`);

  // 5. "Fotos": a photo in content/staedte/bilder/ and its entry right above beschreibung.
  mkdirSync(fx.file('content/staedte/bilder'), { recursive: true });
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 120, b: 160 } } })
    .jpeg()
    .toFile(fx.file(`content/staedte/${PHOTO.file}`));
  const photoFile = `content/staedte/${photoCity}.mdx`;
  fx.write(
    photoFile,
    fx.read(photoFile).replace(
      /^beschreibung:/m,
      `bilder:\n  - datei: ./${PHOTO.file}\n    alt: ${PHOTO.alt}\n    bildunterschrift: Der Marktplatz\n    bildnachweis: Stadt Düren\nbeschreibung:`,
    ),
  );

  build = fx.build();
});
after(() => (process.env.KEEP_FIXTURE ? console.log(fx.dir) : fx?.remove()));

test('die Änderungen nach dem Leitfaden bauen, und der Bau meldet sich kurz (unter 40 Zeilen, keine Stack-Traces)', () => {
  assert.equal(build.status, 0, build.output);
  const lines = build.output.trim().split('\n');
  assert.ok(lines.length < 40, `${lines.length} Zeilen:\n${build.output}`);
  assert.match(build.output, /✔ Website gebaut: \d+ Seiten/);
  assert.doesNotMatch(build.output, /MODULE_LEVEL_DIRECTIVE|Shiki|Stack trace|\[WARN\]/);
});

test('die Änderungen sind zu sehen', () => {
  assert.equal(build.status, 0);
  const home = load('');
  assert.match(home('main').text(), new RegExp(de['home.citiesHeading'].replace('{count}', countWord(cityIds.length + 1))));
  assert.ok(home(`main a[href="/partnerstaedte/${NEW_CITY.id}/"]`).length > 0, 'die neue Stadt auf der Startseite');
  const mayor = load(`${cityIds[0]}/`)('aside').text().replace(/\s+/g, ' ');
  assert.ok(mayor.includes(MAYOR), 'neuer Bürgermeister');
  assert.ok(mayor.includes(`Stand: ${formatLong(parsePartialDate(month) as PartialDate)}`), 'mit seinem Stand');
  assert.ok(load(`aktuelles/${NEWS_ID}/`)('h1').text().includes('Jugendcamp'), 'die Meldung');
  assert.equal(load(`${cityIds[2 % cityIds.length]}/`)(`img[alt="${PHOTO.alt}"]`).length, 1, 'das Foto');
  const kontakt = load(`${cityIds[1 % cityIds.length]}/`);
  const ids = kontakt('[id]').map((_, el) => kontakt(el).attr('id')).get();
  assert.equal(new Set(ids).size, ids.length, `keine id doppelt: ${ids.join(', ')}`);
});

test('die Tests der gebauten Seiten (pages, seo) bestehen auf der Kopie', () => {
  assert.equal(build.status, 0);
  const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', 'tests/pages.test.ts', 'tests/seo.test.ts'], {
    cwd: fx.dir,
    encoding: 'utf8',
    // Without the parent runner's context the child reports in plain text.
    // TEST_ROOT '.': the copy's own content and dist.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_TEST_CONTEXT')), SITE_DIST: 'dist', TEST_ROOT: '.' },
  });
  const failures = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /^\s*✖|AssertionError|Error:/.test(l)).slice(0, 40).join('\n');
  assert.equal(r.status, 0, failures);
  assert.match(r.stdout, /ℹ pass [1-9]\d*/);
});
