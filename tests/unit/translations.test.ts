/**
 * Which German version a translation was made from (src/lib/translations.ts), on the
 * fixture's translations: a translation stamped from the German file is up to date; a
 * change of the German text makes it stale for that field, a change of a fact does not;
 * a portrait covers only the fields it translates. translation-status.ts (the pages'
 * view) gives the same answer, with the German file's last change from git.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  checksum,
  germanChecksums,
  languagesFor,
  readVersion,
  recordedChecksums,
  staleness,
  translationFile,
  translationStatus,
} from '../../src/lib/translations.ts';
import { translationState } from '../../src/lib/translation-status.ts';
import { readEntryFile, writeEntryFile } from '../../src/lib/entry-file.ts';
import { CONTENT } from '../support/root.ts';

const read = (file: string) => readFileSync(path.join(CONTENT, '..', file), 'utf8');
const STRYJ = 'content/staedte/stryj.mdx';
const STRYJ_EN = 'content/staedte/en/stryj.mdx';
const CORMEILLES = 'content/staedte/cormeilles.mdx';
const CORMEILLES_FR = 'content/staedte/fr/cormeilles.mdx';

/** The German file's text with one change; fails when the text to change is not there. */
function changed(text: string, from: string | RegExp, to: string): string {
  const result = text.replace(from, to);
  assert.notEqual(result, text, `»${String(from)}« steht nicht in der Datei`);
  return result;
}

describe('Prüfsummen', () => {
  test('FNV-1a (32 bit) wie im Standard: "" und "a"', () => {
    assert.equal(checksum(''), '811c9dc5');
    assert.equal(checksum('a'), 'e40c292c');
  });

  test('dieselbe deutsche Seite ergibt dieselben Prüfsummen, auch mit Windows-Zeilenenden und Leerzeichen am Zeilenende', () => {
    const text = read(STRYJ);
    const a = readVersion(text);
    const crlf = readVersion(text.replace(/\n/g, '\r\n'));
    const blanks = readVersion(text.replace(/\.\n/g, '.  \n'));
    assert.notEqual(blanks.body, a.body);
    for (const b of [crlf, blanks]) assert.deepEqual(germanChecksums('staedte', b.frontmatter, b.body), germanChecksums('staedte', a.frontmatter, a.body));
  });

  test('Prüfsummen, die wie Zahlen aussehen, stehen in Anführungszeichen (sonst läse YAML eine Zahl)', () => {
    const file = read(STRYJ_EN);
    const vorlage = { beschreibung: '12345678', text: '1e234567' };
    const out = writeEntryFile({ ...readEntryFile(file).data, uebersetzung: { datum: '2026-12-06', vorlage } }, file);
    assert.match(out, /^    beschreibung: "12345678"$/m);
    assert.deepEqual(recordedChecksums(readVersion(out).frontmatter), vorlage);
  });

  test('die Übersetzungen der Testinhalte sind aus der heutigen deutschen Fassung gemacht (aktuell)', () => {
    for (const file of [STRYJ_EN, CORMEILLES_FR, 'content/en/startseite.mdx']) {
      const t = translationFile(file)!;
      const s = translationStatus(file, read(file), read(t.german));
      assert.deepEqual({ changed: s.changed, missing: s.missing }, { changed: [], missing: [] }, file);
      assert.match(s.datum!, /^\d{4}-\d\d-\d\d$/);
      assert.ok(Object.keys(recordedChecksums(readVersion(read(file)).frontmatter)).length > 0, file);
    }
  });
});

describe('veraltet, wenn sich der deutsche Text ändert', () => {
  const recorded = recordedChecksums(readVersion(read(STRYJ_EN)).frontmatter);
  const against = (german: string, lang: 'en' | 'fr' = 'en', own = recorded) => staleness('staedte', lang, own, readVersion(german));

  test('ein geänderter Satz im Text → Feld "text"', () => {
    const german = changed(read(STRYJ), 'Seit dem 15. September 2001 hat Düren', 'Seit dem 15. September 2001 pflegt Düren');
    assert.deepEqual(against(german), { changed: ['text'], missing: [] });
  });

  test('ein geänderter Meilensteintext → Feld "meilensteine"', () => {
    const german = changed(read(STRYJ), 'Beginn der Städtepartnerschaft zwischen Düren und Stryj', 'Feierlicher Beginn der Städtepartnerschaft');
    assert.deepEqual(against(german).changed, ['meilensteine']);
  });

  test('geänderte Fakten (Einwohnerzahl, Bürgermeister, Koordinaten) → nicht veraltet', () => {
    let german = changed(read(STRYJ), /zahl: \d+/, 'zahl: 61234');
    german = changed(german, /(buergermeister:\n  name: ).*/, '$1Erika Beispiel');
    german = changed(german, /breite: [\d.]+/, 'breite: 49.26');
    assert.deepEqual(against(german), { changed: [], missing: [] });
  });

  test('ein deutscher Text, den die englische Übersetzung nicht hat → fehlt ("noch nicht übersetzt")', () => {
    const german = changed(read(STRYJ), /(einwohner:\n  zahl: \d+)/, '$1\n  zusatz: im Stadtgebiet');
    assert.deepEqual(against(german), { changed: [], missing: ['einwohner.zusatz'] });
  });

  test('ein Porträt deckt nur seine eigenen Felder ab: Änderungen an den Begegnungen betreffen es nicht, fehlende Felder auch nicht', () => {
    const own = recordedChecksums(readVersion(read(CORMEILLES_FR)).frontmatter);
    assert.ok(!('begegnungen' in own), 'das Porträt übersetzt die Begegnungen nicht');
    const encounters = changed(read(CORMEILLES), 'name: Karneval', 'name: Karnevalsumzug');
    assert.deepEqual(staleness('staedte', 'fr', own, readVersion(encounters)), { changed: [], missing: [] });
    const body = changed(read(CORMEILLES), 'Fachwerkhäuser prägen', 'Viele Fachwerkhäuser prägen');
    assert.deepEqual(staleness('staedte', 'fr', own, readVersion(body)), { changed: ['text'], missing: [] });
  });
});

describe('wo Übersetzungen liegen', () => {
  test('translationFile: Sprachordner neben der deutschen Datei; die Startseite in content/<sprache>/', () => {
    assert.deepEqual(translationFile('content/staedte/fr/cormeilles.mdx'), { collection: 'staedte', lang: 'fr', id: 'cormeilles', german: 'content/staedte/cormeilles.mdx' });
    assert.deepEqual(translationFile('content/en/startseite.mdx'), { collection: 'startseite', lang: 'en', id: 'startseite', german: 'content/startseite.mdx' });
    assert.equal(translationFile('content/staedte/stryj.mdx'), undefined);
    assert.equal(translationFile('content/staedte/de/stryj.mdx'), undefined);
    assert.equal(translationFile('content/staedte/xx/stryj.mdx'), undefined);
  });

  test('languagesFor: Städte in jede Sprache, alles andere nur ins Englische', () => {
    assert.ok(languagesFor('staedte').includes('zh'));
    assert.deepEqual(languagesFor('seiten'), ['en']);
  });
});

describe('translationState (für die Seiten)', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** A copy of the fixture content in a folder of its own; with `git`, committed. */
  function copy(git: boolean): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnerstaedte-uebersetzungsstand-'));
    dirs.push(dir);
    cpSync(CONTENT, path.join(dir, 'content'), { recursive: true });
    if (git) {
      const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
      run('init', '-q');
      run('add', '-A');
      run('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'Inhalt');
    }
    return dir;
  }
  const edit = (dir: string, file: string, from: string, to: string) =>
    writeFileSync(path.join(dir, file), changed(readFileSync(path.join(dir, file), 'utf8'), from, to));

  test('aktuell: Datum der Übersetzung, nicht veraltet, kein Änderungsdatum', () => {
    const dir = copy(false);
    const state = translationState(STRYJ_EN, dir);
    const datum = readVersion(read(STRYJ_EN)).frontmatter.uebersetzung as { datum: string };
    assert.equal(state.datum.toISOString().slice(0, 10), datum.datum);
    assert.deepEqual({ stale: state.stale, changed: state.changed, missing: state.missing, germanChanged: state.germanChanged }, {
      stale: false, changed: [], missing: [], germanChanged: undefined,
    });
  });

  test('deutscher Text geändert und eingecheckt: veraltet, mit dem Tag der letzten Änderung aus git', () => {
    const dir = copy(true);
    edit(dir, STRYJ, 'Seit dem 15. September 2001 hat Düren', 'Seit dem 15. September 2001 pflegt Düren');
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qam', 'Text', '--date=2026-01-02T12:00:00Z'], {
      cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_COMMITTER_DATE: '2026-01-02T12:00:00Z' },
    });
    const state = translationState(STRYJ_EN, dir);
    assert.equal(state.stale, true);
    assert.deepEqual(state.changed, ['text']);
    assert.equal(state.germanChanged, '2026-01-02');
  });

  test('deutscher Text geändert, noch nicht eingecheckt: Änderungsdatum heute; ohne git keines', () => {
    const dir = copy(true);
    edit(dir, STRYJ, 'Beginn der Städtepartnerschaft', 'Feierlicher Beginn der Städtepartnerschaft');
    const state = translationState(STRYJ_EN, dir);
    assert.deepEqual(state.changed, ['meilensteine']);
    assert.equal(state.germanChanged, new Date().toISOString().slice(0, 10));
    const plain = copy(false);
    edit(plain, STRYJ, 'Beginn der Städtepartnerschaft', 'Feierlicher Beginn der Städtepartnerschaft');
    const without = translationState(STRYJ_EN, plain);
    assert.equal(without.stale, true);
    assert.equal(without.germanChanged, undefined);
  });

  test('dieselbe Datei nach einer Änderung: die neue Antwort, nicht die zwischengespeicherte', () => {
    const dir = copy(false);
    assert.equal(translationState(STRYJ_EN, dir).stale, false);
    // A different length, so the change shows in the file's mtime even on coarse clocks.
    edit(dir, STRYJ, 'Seit dem 15. September 2001 hat Düren', 'Seit dem 15. September 2001 hat die Stadt Düren');
    assert.equal(translationState(STRYJ_EN, dir).stale, true);
  });
});
