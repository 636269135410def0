/**
 * The content check on translations (src/lib/check/translation.ts and index.ts), on the
 * fixture content and its translations: each refusal is an error in German with file,
 * line and field; what a translation cannot be matched to, and a translation behind its
 * German page, are warnings (a correct German edit never stops the build), saying which
 * fields changed, since when (git) and how to fix it.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, checkEntry, formatReport, siteIndex, type Problem } from '../../src/lib/check/index.ts';
import { checkProject } from '../../src/lib/check/node.ts';
import { formatDateLong } from '../../src/lib/dates.ts';
import { CONTENT } from '../support/root.ts';

const TODAY = new Date(Date.UTC(2026, 11, 6));
/** Every text of the fixture content, as the check reads them. */
const fixture = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => ({ file: `content/${f.split(path.sep).join('/')}`, text: readFileSync(path.join(CONTENT, f), 'utf8') }));
const text = (file: string) => fixture.find((f) => f.file === file)!.text;

const STRYJ = 'content/staedte/stryj.mdx';
const STRYJ_EN = 'content/staedte/en/stryj.mdx';
const CORMEILLES_FR = 'content/staedte/fr/cormeilles.mdx';
const START_EN = 'content/en/startseite.mdx';

/**
 * The check over the fixture with some files changed or added: the problems of the files in
 * folders below a collection or content/ (translations and what pretends to be one).
 */
function check(changes: Record<string, string>): Problem[] {
  const files = [...fixture.filter((f) => !(f.file in changes)), ...Object.entries(changes).map(([file, t]) => ({ file, text: t }))];
  return checkContent(files, TODAY).filter((p) => /^content\/([^/]+\/)?[^/]+\/[^/]+\.mdx$/.test(p.file) && !/^content\/(staedte|seiten|aktuelles|termine)\/[^/]+\.mdx$/.test(p.file));
}

function changed(source: string, from: string | RegExp, to: string): string {
  const result = source.replace(from, to);
  assert.notEqual(result, source, `»${String(from)}« steht nicht in der Datei`);
  return result;
}

/** The line (from 1) of the first line of `source` that matches. */
const lineOf = (source: string, match: RegExp) => source.split('\n').findIndex((l) => match.test(l)) + 1;

test('die Übersetzungen der Testinhalte sind in Ordnung: keine Fehler, keine Hinweise', () => {
  assert.deepEqual(check({}), []);
});

describe('Fehler: Übersetzungen, die es so nicht geben kann', () => {
  test('ein Sprachordner, der keine Sprache der Website ist', () => {
    const [p, ...rest] = check({ 'content/staedte/english/stryj.mdx': text(STRYJ_EN) });
    assert.equal(rest.length, 0);
    assert.equal(p!.severity, 'fehler');
    assert.equal(p!.field, 'Ordner');
    assert.match(p!.message, /Der Ordner »english« ist keine Sprache der Website\. Übersetzungen liegen in einem Ordner mit dem Kürzel ihrer Sprache: en \(Englisch\), fr \(Französisch\)/);
    assert.match(formatReport([p!]), /✖ Fehler in content\/staedte\/english\/stryj\.mdx\n  Ordner: Der Ordner »english«/);
  });

  test('ein Ordner »de« und eine andere Datei als die Startseite in content/en/', () => {
    const [de] = check({ 'content/seiten/de/vorwort.mdx': text('content/seiten/vorwort.mdx') });
    assert.match(de!.message, /Deutsche Seiten liegen nicht in einem Ordner »de«/);
    const [other] = check({ 'content/en/vorwort.mdx': text(START_EN) });
    assert.equal(other!.severity, 'fehler');
    assert.match(other!.message, /Im Sprachordner content\/en\/ liegt nur die übersetzte Startseite/);
  });

  test('eine Übersetzung ohne deutsche Seite', () => {
    const [p, ...rest] = check({ 'content/staedte/en/neustadt.mdx': text(STRYJ_EN) });
    assert.equal(rest.length, 0);
    assert.deepEqual([p!.severity, p!.field, p!.found], ['fehler', 'Dateiname', 'neustadt']);
    assert.match(p!.message, /^Die deutsche Seite content\/staedte\/neustadt\.mdx gibt es nicht\./);
  });

  test('eine Übersetzung einer Seite, die deutsch bleibt (Impressum …)', () => {
    const translation = `---\ntitel: Legal notice\nbeschreibung: "Who publishes the twin-town pages of the city of Düren, and how to reach the editors."\n---\n\nText.\n`;
    const [p] = check({ 'content/seiten/en/impressum.mdx': translation });
    assert.deepEqual([p!.severity, p!.found], ['fehler', 'impressum']);
    assert.match(p!.message, /bleiben in jeder Sprache deutsch/);
  });

  test('ein Porträt in einer Partnersprache für etwas anderes als eine Stadt', () => {
    const [page] = check({ 'content/seiten/fr/vorwort.mdx': text(START_EN) });
    assert.equal(page!.severity, 'fehler');
    assert.match(page!.message, /^Auf Französisch \(fr\) gibt es nur die Porträts der Partnerstädte/);
    const [start] = check({ 'content/zh/startseite.mdx': text(START_EN) });
    assert.match(start!.message, /^Auf Chinesisch \(vereinfacht\) \(zh\) gibt es nur die Porträts/);
  });
});

describe('Fehler: Felder und Text wie bei den deutschen Seiten, mit Zeile und Feld', () => {
  test('eine Angabe der deutschen Seite (Einwohnerzahl) in der Übersetzung', () => {
    const source = changed(text(STRYJ_EN), /^lage:/m, 'einwohner:\n  zahl: 62000\nlage:');
    const p = check({ [STRYJ_EN]: source }).find((x) => x.key === 'einwohner.zahl')!;
    assert.deepEqual([p.severity, p.line, p.field], ['fehler', lineOf(source, /^  zahl:/), 'Einwohnerzahl, Zahl']);
    assert.match(p.message, /»Einwohnerzahl, Zahl« ist eine Angabe der deutschen Seite \(content\/staedte\/stryj\.mdx\) und gilt für jede Sprache/);
  });

  test('ein unbekanntes Feld: mit Vorschlag', () => {
    const source = changed(text(STRYJ_EN), /^beschreibung:/m, 'beschriebung:');
    const problems = check({ [STRYJ_EN]: source });
    const unknown = problems.find((p) => p.found === 'beschriebung')!;
    assert.equal(unknown.line, 2);
    assert.match(unknown.message, /Ein Feld »beschriebung« gibt es nicht\. Meinten Sie »beschreibung«\?/);
  });

  test('der Stand der Übersetzung fehlt', () => {
    const source = changed(text(START_EN), /^uebersetzung:\n(  .*\n)+/m, '');
    const [p] = check({ [START_EN]: source });
    assert.equal(p!.severity, 'fehler');
    assert.equal(p!.field, 'Stand der Übersetzung');
    assert.match(p!.message, /Der Stand der Übersetzung \(uebersetzung: datum, vorlage\) fehlt\. Ihn schreibt der Befehl »npm run uebersetzung -- <Datei>«/);
  });

  test('eine Prüfsumme von Hand geändert (auch nur Ziffern, ohne Anführungszeichen): die Meldung, dass der Befehl sie schreibt', () => {
    for (const value of ['12345678', 'xyz']) {
      const source = changed(text(START_EN), /^(    text: ).*$/m, `$1${value}`);
      const [p, ...rest] = check({ [START_EN]: source });
      assert.equal(rest.length, 0, formatReport(rest));
      assert.deepEqual([p!.severity, p!.line, p!.key], ['fehler', lineOf(source, /^    text: /), 'uebersetzung.vorlage.text']);
      assert.match(p!.message, /Diese Prüfsummen schreibt der Befehl npm run uebersetzung – bitte nicht von Hand ändern\./);
    }
  });

  test('eine zu kurze Beschreibung: die Meldung der deutschen Seiten', () => {
    const source = changed(text(CORMEILLES_FR), /^beschreibung: .*$/m, 'beschreibung: "Cormeilles"');
    const [p] = check({ [CORMEILLES_FR]: source });
    assert.deepEqual([p!.severity, p!.line, p!.field], ['fehler', 2, 'Beschreibung']);
  });

  test('der Text: dieselben Regeln wie auf Deutsch (HTML, geschweifte Klammern), mit Zeile', () => {
    const source = `${text(STRYJ_EN)}\nA <script>alert(1)</script> line and {1 + 1}.\n`;
    const problems = check({ [STRYJ_EN]: source });
    assert.ok(problems.length > 0);
    for (const p of problems) {
      assert.equal(p.severity, 'fehler');
      assert.equal(p.field, 'Text');
      assert.equal(p.line, source.split('\n').length - 1);
    }
  });

  test('die Überschrift der englischen Startseite: Länge wie auf Deutsch', () => {
    const source = changed(text(START_EN), /^ueberschrift: .*$/m, `ueberschrift: ${'Partnerships '.repeat(9)}`);
    const [p] = check({ [START_EN]: source });
    assert.deepEqual([p!.severity, p!.line, p!.field], ['fehler', 2, 'Überschrift']);
    assert.match(p!.message, /erlaubt sind höchstens 100/);
  });
});

describe('Hinweise: was sich der deutschen Seite nicht zuordnen lässt', () => {
  test('ein Meilenstein mit einem Datum, das es auf Deutsch nicht gibt', () => {
    const source = changed(text(CORMEILLES_FR), 'datum: "1972-01-01"', 'datum: "1972"');
    const [p, ...rest] = check({ [CORMEILLES_FR]: source });
    assert.equal(rest.length, 0, formatReport(rest));
    assert.deepEqual([p!.severity, p!.line, p!.field, p!.found], ['warnung', lineOf(source, /datum: "1972"$/), '3. Meilenstein, Datum', '1972']);
    assert.match(p!.message, /Auf der deutschen Seite content\/staedte\/cormeilles\.mdx gibt es keinen Meilenstein vom »1972«.*Die deutschen Meilensteine: 1967, 1970-06, 1972-01-01\./);
  });

  test('mehr Begegnungen als auf Deutsch', () => {
    const source = changed(text(STRYJ_EN), /(begegnungen:\n  - name: .*\n    ort: .*\n)/, '$1  - name: Christmas market\n    ort: Stryj\n');
    const [p, ...rest] = check({ [STRYJ_EN]: source });
    assert.equal(rest.length, 0, formatReport(rest));
    assert.deepEqual([p!.severity, p!.line, p!.field], ['warnung', lineOf(source, /Christmas market/), 'Begegnungen']);
    assert.match(p!.message, /^Die Übersetzung hat 2 Begegnungen, die deutsche Seite content\/staedte\/stryj\.mdx nur 1 Begegnungen\./);
  });

  test('mehr Bildtexte als die deutsche Seite Fotos hat', () => {
    const source = changed(text(STRYJ_EN), /^begegnungen:/m, 'bilder:\n  - alt: The town hall of Stryj\n    bildunterschrift: Town hall\nbegegnungen:');
    const [p] = check({ [STRYJ_EN]: source });
    assert.deepEqual([p!.severity, p!.line, p!.field], ['warnung', lineOf(source, /alt: The town hall/), 'Fotos']);
    assert.match(p!.message, /^Die Übersetzung hat 1 Bildtexte, die deutsche Seite content\/staedte\/stryj\.mdx nur 0 Fotos\./);
  });
});

describe('Hinweise: veraltete Übersetzungen', () => {
  test('geänderter deutscher Text: ein Hinweis, kein Fehler, mit Feldern und Abhilfe; Fakten ändern nichts', () => {
    let german = changed(text(STRYJ), 'Beginn der Städtepartnerschaft zwischen Düren und Stryj', 'Feierlicher Beginn der Städtepartnerschaft');
    german = changed(german, 'Seit dem 15. September 2001 hat Düren', 'Seit dem 15. September 2001 pflegt Düren');
    german = changed(german, /zahl: \d+/, 'zahl: 61000');
    const problems = check({ [STRYJ]: german });
    const stale = problems.filter((p) => p.file === STRYJ_EN);
    assert.equal(stale.length, 1, formatReport(problems));
    const [p] = stale;
    assert.deepEqual([p!.severity, p!.topic, p!.line, p!.field], ['warnung', 'stale-translation', lineOf(text(STRYJ_EN), /^uebersetzung:/), 'Meilensteine und Text']);
    assert.match(
      p!.message,
      /^Übersetzung veraltet: Die deutsche Seite content\/staedte\/stryj\.mdx wurde seit der Übersetzung vom \d+\. \p{L}+ \d{4} geändert, in: Meilensteine und Text\. Übersetzung anpassen, dann npm run uebersetzung -- content\/staedte\/en\/stryj\.mdx$/u,
    );
    // Without git (checkContent alone) no date: nothing is invented.
    assert.doesNotMatch(p!.message, /zuletzt/);
    // The French portrait of another city is untouched.
    assert.equal(problems.filter((x) => x.file === CORMEILLES_FR).length, 0);
  });

  test('nur eine geänderte Einwohnerzahl: kein Hinweis', () => {
    assert.deepEqual(check({ [STRYJ]: changed(text(STRYJ), /zahl: \d+/, 'zahl: 61000') }), []);
  });

  test('ein neuer deutscher Text, den die englische Übersetzung nicht hat: "noch nicht übersetzt"', () => {
    const german = changed(text(STRYJ), /(einwohner:\n  zahl: \d+)/, '$1\n  zusatz: im Stadtgebiet');
    const [p, ...rest] = check({ [STRYJ]: german });
    assert.equal(rest.length, 0, formatReport(rest));
    assert.deepEqual([p!.file, p!.severity, p!.field], [STRYJ_EN, 'warnung', 'Zusatz zur Einwohnerzahl']);
    assert.match(p!.message, /^Noch nicht übersetzt: Zusatz zur Einwohnerzahl \(auf der deutschen Seite content\/staedte\/stryj\.mdx vorhanden, in der Übersetzung nicht\)\. Übersetzung anpassen, dann npm run uebersetzung -- content\/staedte\/en\/stryj\.mdx$/);
  });

  test('im Editor: eine Übersetzung allein gespeichert, gegen den Stand der Website (inhalt.json)', () => {
    const german = changed(text(STRYJ), 'Seit dem 15. September 2001 hat Düren', 'Seit dem 15. September 2001 pflegt Düren');
    const site = siteIndex([...fixture.filter((f) => f.file !== STRYJ), { file: STRYJ, text: german }], []);
    const problems = checkContent([{ file: STRYJ_EN, text: text(STRYJ_EN) }], TODAY, undefined, site);
    assert.deepEqual(problems.map((p) => [p.severity, p.field]), [['warnung', 'Text']]);
    const missing = checkContent([{ file: 'content/staedte/en/neustadt.mdx', text: text(STRYJ_EN) }], TODAY, undefined, site);
    assert.match(missing[0]!.message, /Die deutsche Seite content\/staedte\/neustadt\.mdx gibt es nicht/);
  });

  test('eine Datei allein geprüft (ohne die anderen): nur ihre eigenen Regeln', () => {
    assert.deepEqual(checkEntry(STRYJ_EN, text(STRYJ_EN)), []);
  });
});

describe('npm run pruefen auf der Platte: seit wann (git)', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const git = (dir: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z', GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z' },
    });
  function project(withGit: boolean): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnerstaedte-veraltet-'));
    dirs.push(dir);
    cpSync(CONTENT, path.join(dir, 'content'), { recursive: true });
    if (withGit) {
      git(dir, 'init', '-q');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'Inhalt');
    }
    const file = path.join(dir, STRYJ);
    writeFileSync(file, changed(readFileSync(file, 'utf8'), 'Seit dem 15. September 2001 hat Düren', 'Seit dem 15. September 2001 pflegt Düren'));
    return dir;
  }
  const staleOf = (dir: string) => checkProject(dir, TODAY).filter((p) => p.topic === 'stale-translation');

  test('noch nicht eingecheckt: »zuletzt heute (noch nicht gespeichert)«', () => {
    const [p] = staleOf(project(true));
    assert.match(p!.message, /geändert, zuletzt heute \(noch nicht gespeichert\), in: Text\./);
  });

  test('eingecheckt: das Datum der letzten Änderung der deutschen Datei', () => {
    const dir = project(true);
    git(dir, 'commit', '-qam', 'Text geändert');
    const [p] = staleOf(dir);
    assert.match(p!.message, new RegExp(`geändert, zuletzt am ${formatDateLong(new Date(Date.UTC(2026, 10, 30)))}, in: Text\\.`));
  });

  test('ohne git: ohne Datum', () => {
    const [p] = staleOf(project(false));
    assert.match(p!.message, /wurde seit der Übersetzung vom .* geändert, in: Text\./);
  });
});

test('englische Übersetzungen ohne englische Startseite: ein Hinweis je Datei, dass sie nirgends erscheinen (die englischen Seiten beginnen mit der Startseite)', () => {
  const files = fixture.filter((f) => f.file !== START_EN);
  const warnings = checkContent(files, TODAY).filter((p) => /erscheint noch nirgends/.test(p.message));
  assert.deepEqual(warnings.map((p) => [p.file, p.severity]), [[STRYJ_EN, 'warnung']]);
  assert.match(warnings[0]!.message, /Die Seiten auf Englisch gibt es erst, wenn auch die Startseite übersetzt ist \(content\/en\/startseite\.mdx\)/);
  // With the start page: no such warning; portraits never need one.
  assert.deepEqual(checkContent(fixture, TODAY).filter((p) => /erscheint noch nirgends/.test(p.message)), []);
  assert.ok(!warnings.some((p) => p.file === CORMEILLES_FR));
});
