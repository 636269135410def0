/**
 * A German text changes, its translation falls behind, and staff bring it up to date:
 * on a copy of the fixture site (its translations: content/staedte/en/stryj.mdx …),
 * `npm run pruefen` warns (exit 0), the build goes on and counts it in its summary,
 * `npm run uebersetzung` lists it as veraltet; after the translation is updated,
 * `npm run uebersetzung -- <Datei>` stamps it, changing no other line, and the warning is gone.
 * The translated page tells its readers, in its language, that the German page changed since.
 * The build also says nothing about translation collections that are empty here
 * (the fixture has no translated news, pages or events).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { makeFixture, type Fixture } from './support/fixture.ts';
import en from '../src/i18n/en.json' with { type: 'json' };
import frStrings from '../src/i18n/fr.json' with { type: 'json' };

const STRYJ = 'content/staedte/stryj.mdx';
/** The start of the French "updated since" sentence, before its date. */
const fr$outdated = () => (frStrings as Record<string, string>)['lang.outdated']!.split('{')[0]!.trim();
const STRYJ_EN = 'content/staedte/en/stryj.mdx';
const today = new Date().toISOString().slice(0, 10);

describe('eine Übersetzung veraltet und wird aktualisiert (Kopie der Test-Website)', () => {
  let fx: Fixture;
  const run = (script: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { cwd: fx.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  };
  let build: { status: number | null; output: string };

  before(() => {
    fx = makeFixture('uebersetzung');
    const german = fx.read(STRYJ);
    const changed = german.replace('Seit dem 15. September 2001 hat Düren', 'Seit dem 15. September 2001 pflegt Düren');
    assert.notEqual(changed, german);
    fx.write(STRYJ, changed);
    build = fx.build();
  });
  after(() => fx?.remove());

  test('npm run pruefen: ein Hinweis mit Datei, Zeile, Feld und Abhilfe, kein Fehler', () => {
    const r = run('pruefen');
    assert.equal(r.status, 0, r.output);
    assert.match(
      r.output,
      /⚠ Bitte prüfen in content\/staedte\/en\/stryj\.mdx\n  Zeile \d+, Text: Übersetzung veraltet: Die deutsche Seite content\/staedte\/stryj\.mdx wurde seit der Übersetzung vom .+ geändert, in: Text\. Übersetzung anpassen, dann npm run uebersetzung -- content\/staedte\/en\/stryj\.mdx/,
    );
  });

  test('npm run build: gebaut; die Zusammenfassung zählt die veraltete Übersetzung, ohne technische Warnungen zu leeren Sammlungen', () => {
    assert.equal(build.status, 0, build.output);
    // Every translation of Stryj in the fixture (English, the Ukrainian portrait) falls behind.
    const behind = readdirSync(fx.file('content/staedte'), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(fx.file(`content/staedte/${e.name}/stryj.mdx`))).length;
    assert.ok(behind >= 1);
    const counted = behind === 1 ? '1 Übersetzung ist veraltet' : `${behind} Übersetzungen sind veraltet`;
    assert.match(build.output, new RegExp(`✔ Website gebaut: .*\\n(.*\\n)*⚠ ${counted}\\. Welche, zeigt: npm run uebersetzung\\n`));
    // Counted, not listed one by one.
    assert.doesNotMatch(build.output, /Übersetzung veraltet: Die deutsche Seite/);
    assert.doesNotMatch(build.output, /No files found matching|The base directory .* does not exist|technische Warnungen/);
  });

  test('die Leserinnen und Leser erfahren es: die englische Seite sagt auf Englisch, dass die deutsche seither geändert wurde', () => {
    assert.equal(build.status, 0, build.output);
    const load = (p: string) => cheerio.load(readFileSync(fx.file(`dist/${p}/index.html`), 'utf8'));
    const outdatedStart = en['lang.outdated'].split('{')[0]!.trim();
    const en$ = load('en/stryj');
    const note = en$('.translation-note');
    assert.equal(note.length, 1);
    assert.ok(note.text().includes(outdatedStart), note.text());
    assert.equal(note.find('a[hreflang="de"]').attr('href'), '/partnerstaedte/stryj/');
    // An up-to-date translation says only where it comes from; the German page says nothing of the kind.
    const fr = load('fr/cormeilles')('.translation-note');
    assert.equal(fr.length, 1);
    assert.ok(!fr.text().includes(fr$outdated()), fr.text());
    assert.equal(load('stryj')('.translation-note').length, 0);
    // The English Chronik shows Stryj's translated milestones: it says some German page changed since.
    assert.ok(load('en/chronik')('.translation-note').text().includes(en['lang.gatheredOutdated'].slice(0, 30)));
  });

  test('npm run uebersetzung: listet die veraltete Übersetzung mit dem geänderten Feld', () => {
    const r = run('uebersetzung');
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, /⚠ content\/staedte\/en\/stryj\.mdx: veraltet \(geändert: Text\)/);
    assert.match(r.output, /⚠ content\/staedte\/uk\/stryj\.mdx: veraltet \(geändert: Text\)/);
    assert.match(r.output, /✔ content\/staedte\/fr\/cormeilles\.mdx: aktuell/);
  });

  test('übersetzt und vermerkt: nur Datum und Prüfsumme ändern sich, dann ist der Hinweis weg', () => {
    // The translator updates the English text, as the German changed (and the stamp is from another day).
    const before = fx.read(STRYJ_EN)
      .replace(/^(  datum: ).*$/m, '$1"2026-01-02"')
      .replace('Düren has been twinned with Stryj', 'Düren has kept up a partnership with Stryj');
    fx.write(STRYJ_EN, before);
    const r = run('uebersetzung', STRYJ_EN);
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, new RegExp(`✔ ${STRYJ_EN}: als übersetzt vermerkt \\(Stand der deutschen Seite vom ${today}; Felder: .*Text\\)`));
    const old = before.split('\n');
    const now = fx.read(STRYJ_EN).split('\n');
    assert.equal(now.length, old.length);
    const changedLines = now.map((l, i) => [old[i], l]).filter(([a, b]) => a !== b);
    assert.deepEqual(changedLines.map(([, b]) => b!.replace(/[0-9a-f]{8}$/, '…')), [`  datum: "${today}"`, '    text: …']);

    const check = run('pruefen');
    assert.equal(check.status, 0, check.output);
    assert.doesNotMatch(check.output, /content\/staedte\/en\/stryj\.mdx/);
    assert.match(run('uebersetzung').output, /✔ content\/staedte\/en\/stryj\.mdx: aktuell/);
  });

  test('npm run uebersetzung -- <keine Übersetzung>: deutsche Meldung, Exit-Code 1, nichts geschrieben', () => {
    const german = fx.read(STRYJ);
    const r = run('uebersetzung', STRYJ);
    assert.equal(r.status, 1);
    assert.match(r.output, /✖ content\/staedte\/stryj\.mdx: Das ist keine Übersetzung\./);
    assert.equal(fx.read(STRYJ), german);
  });
});
