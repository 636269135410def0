/**
 * A German text changes, its translation falls behind, and staff bring it up to date:
 * on a copy of the fixture site (Stryj's German text changes; its English page and portrait fall behind),
 * `npm run pruefen` warns (exit 0), the build goes on and counts them in its summary,
 * `npm run uebersetzung` lists it as veraltet; after the translation is updated,
 * `npm run uebersetzung -- <Datei>` stamps it, changing no other line, and the warning is gone.
 * The build also says nothing about translation collections that are empty here
 * (the fixture has no translated news, pages or events).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { makeFixture, type Fixture } from './support/fixture.ts';
import { readEntryFile } from '../src/lib/entry-file.ts';

const STRYJ = 'content/staedte/stryj.mdx';
const STRYJ_EN = 'content/staedte/en/stryj.mdx';
const today = new Date().toISOString().slice(0, 10);

describe('eine Übersetzung veraltet und wird aktualisiert (Kopie der Test-Website)', () => {
  let fx: Fixture;
  const run = (script: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { cwd: fx.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  };
  let build: { status: number | null; output: string };
  /** Stryj's translations that translate its text (the fixture's English page and portrait): each falls behind. */
  let behind: string[] = [];

  before(() => {
    fx = makeFixture('uebersetzung');
    behind = readdirSync(fx.file('content/staedte'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(fx.file(`content/staedte/${d.name}/stryj.mdx`)))
      .map((d) => `content/staedte/${d.name}/stryj.mdx`)
      .filter((f) => (readEntryFile(fx.read(f)).data.uebersetzung as { vorlage: Record<string, string> }).vorlage.text);
    assert.ok(behind.includes(STRYJ_EN), 'die englische Stryj-Seite der Testinhalte übersetzt den Text');
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
    const n = behind.length;
    assert.match(build.output, new RegExp(`✔ Website gebaut: .*\n(.*\n)*⚠ ${n} ${n === 1 ? 'Übersetzung ist' : 'Übersetzungen sind'} veraltet\\. Welche, zeigt: npm run uebersetzung\n`));
    // Counted, not listed one by one.
    assert.doesNotMatch(build.output, /Übersetzung veraltet: Die deutsche Seite/);
    assert.doesNotMatch(build.output, /No files found matching|The base directory .* does not exist|technische Warnungen/);
  });

  test('npm run uebersetzung: listet die veraltete Übersetzung mit dem geänderten Feld', () => {
    const r = run('uebersetzung');
    assert.equal(r.status, 0, r.output);
    for (const file of behind) assert.ok(r.output.includes(`⚠ ${file}: veraltet (geändert: Text)`), `${file}\n${r.output}`);
    // Every other translation of the fixture is still up to date.
    const others = r.output.split('\n').filter((l) => /^[✔⚠✖] content\//.test(l) && !behind.some((f) => l.includes(f)));
    assert.ok(others.length > 0, r.output);
    for (const line of others) assert.match(line, /^✔ .*: aktuell$/);
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
