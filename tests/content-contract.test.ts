/**
 * Content is data, never code (issue 17), on a fixture copy: bodies carrying payloads
 * that would create a file on the build machine. `npm run pruefen` names each with
 * file, line and field; `npm run build` and a plain `astro build` (without
 * scripts/build.ts) stop with the same German message; the file never appears and the
 * last good dist/ stays as it was. A YAML alias bomb and a CR-only file get German messages too.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST } from './support/site.ts';
import { makeFixture, type Fixture } from './support/fixture.ts';
import { BRACE_MESSAGE, ESM_MESSAGE } from '../src/lib/check/body.ts';

const marker = (name: string) => path.join(tmpdir(), `partnerstaedte-17-${process.pid}-${name}`);
const MARKERS = { ausdruck: marker('ausdruck'), export: marker('export'), codeblock: marker('codeblock') };
const write = (file: string) => `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(file)}, 'ausgeführt')`;

/** file → [text appended to its body, the message expected, the line the payload starts on] */
const PAYLOADS: { file: string; append: string; message: string; offset: number }[] = [
  { file: 'content/seiten/barrierefreiheit.mdx', append: `\nStand der Prüfung: {${write(MARKERS.ausdruck)}}\n`, message: BRACE_MESSAGE, offset: 1 },
  { file: 'content/staedte/stryj.mdx', append: `\nexport const x = ${write(MARKERS.export)}\n`, message: ESM_MESSAGE, offset: 1 },
  { file: 'content/staedte/cormeilles.mdx', append: `\n\`\`\`\nimport nichts from "nirgends"\n\`\`\`\n\n{${write(MARKERS.codeblock)}}\n`, message: BRACE_MESSAGE, offset: 5 },
];

let fx: Fixture;
let expected: string[];
let goodPage: string;
let goodFiles: string[];

const distFiles = () => readdirSync(fx.file('dist'), { recursive: true, encoding: 'utf8' }).sort();

before(() => {
  fx = makeFixture('vertrag');
  cpSync(DIST, fx.file('dist'), { recursive: true });
  goodPage = readFileSync(fx.file('dist/barrierefreiheit/index.html'), 'utf8');
  goodFiles = distFiles();
  expected = PAYLOADS.map(({ file, append, message, offset }) => {
    const text = fx.read(file).replace(/\n*$/, '\n');
    fx.write(file, text + append);
    const line = text.split('\n').length - 1 + offset + 1;
    return `${file}|Zeile ${line}, Text: ${message}`;
  });
  // A YAML alias bomb and a file with old Mac line ends: German messages with the line, no stack trace.
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
  fx.write('content/seiten/bombe.mdx', `---\n${levels.join('\n')}\ntitel: Bombe\n---\n\nText.\n`);
  fx.write('content/seiten/mac.mdx', fx.read('content/seiten/impressum.mdx').replace(/\r?\n/g, '\r'));
  expected.push(
    'content/seiten/bombe.mdx|Zeile 2, Kopfbereich: Verweise mit & und * sind im Kopfbereich nicht erlaubt.',
    'content/seiten/mac.mdx|Zeile 1, Datei: Die Datei hat Zeilenenden im alten Mac-Format (nur CR).',
  );
});
after(() => fx.remove());

function assertHarmless(output: string) {
  for (const [name, file] of Object.entries(MARKERS)) assert.equal(existsSync(file), false, `die Nutzlast »${name}« wurde ausgeführt`);
  assert.equal(readFileSync(fx.file('dist/barrierefreiheit/index.html'), 'utf8'), goodPage);
  assert.deepEqual(distFiles(), goodFiles);
  assert.doesNotMatch(output, /Unerwarteter Fehler/);
}

function assertReport(output: string) {
  for (const entry of expected) {
    const [file, line] = entry.split('|') as [string, string];
    const block = output.slice(output.indexOf(`✖ Fehler in ${file}`));
    assert.ok(output.includes(`✖ Fehler in ${file}`), `${file} fehlt im Bericht:\n${output}`);
    assert.ok(block.includes(line), `fehlt: ${line}\n---\n${output}`);
  }
}

describe('Nutzlasten im Text', () => {
  test('npm run pruefen nennt jede mit Datei, Zeile und Feld, ohne Stacktrace', () => {
    const r = spawnSync(process.execPath, ['scripts/pruefen.ts'], { cwd: fx.dir, encoding: 'utf8' });
    const output = `${r.stdout}\n${r.stderr}`;
    assert.equal(r.status, 1, output);
    assertReport(output);
    assert.doesNotMatch(output, /^\s+at /m);
    assertHarmless(output);
  });

  test('npm run build bricht ab, bevor etwas läuft; dist/ bleibt', () => {
    const r = fx.build();
    assert.notEqual(r.status, 0);
    assert.match(r.output, /✖ Der Build ist fehlgeschlagen\./);
    assertReport(r.output);
    assert.match(r.output, /Die zuletzt erfolgreich gebaute Fassung in dist\/ bleibt unverändert\./);
    assertHarmless(r.output);
  });

  test('ein einfaches »astro build« (ohne scripts/build.ts) bricht ebenso ab', () => {
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', 'dist-direkt'], {
      cwd: fx.dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_CACHE_DIR: fx.file('.astro-cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const output = `${r.stdout}\n${r.stderr}`;
    assert.notEqual(r.status, 0, output);
    assertReport(output);
    assert.equal(existsSync(fx.file('dist-direkt/index.html')), false);
    assertHarmless(output);
  });
});
