/**
 * `npm run test:inhalt`: the content gate for changes that touch only
 * content/ (what staff change in the browser editor). Runs the content check,
 * the build and the tests over the live content (tests/support/suites.ts:
 * pages, links, sitemap, valid HTML, axe and reflow in the browser, maps …)
 * and nothing else, then prints a German summary saying what to fix.
 * Exit code 0 when all passed (warnings allowed), 1 otherwise.
 *
 * `--zeit` also prints the wall time of each step.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../src/lib/check/index.ts';
import { checkProject } from '../src/lib/check/node.ts';
import { LIVE_SUITES, LIVE_SUITE_HINTS } from '../tests/support/suites.ts';

const withoutTestContext = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_TEST_CONTEXT'));
const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const started = performance.now();
const seconds = (ms: number) => (ms / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
const times: string[] = [];
const step = (name: string, since: number) => times.push(`${name}: ${seconds(performance.now() - since)} s`);

function finish(ok: boolean, lines: string[]): never {
  console.log(`\n══ Inhalts-Check: ${ok ? 'bestanden' : 'nicht bestanden'} ══`);
  for (const l of lines) console.log(l);
  if (process.argv.includes('--zeit')) console.log(`Dauer: ${times.join(', ')}; gesamt ${seconds(performance.now() - started)} s`);
  process.exit(ok ? 0 : 1);
}

// 1. The content check: file, line, field and how to write it right.
let t = performance.now();
console.log('1/3 Inhalt prüfen (npm run pruefen) …');
const problems = checkProject(root);
step('Prüfung', t);
const errors = problems.filter((p) => p.severity === 'fehler');
const warnings = problems.filter((p) => p.severity === 'warnung');
const nonRoutine = warnings.filter((w) => !/älter als \d+ Jahre/.test(w.message));
if (errors.length) {
  finish(false, [
    formatReport(errors),
    '',
    'Was zu tun ist: die genannten Zeilen in den genannten Dateien korrigieren (die Meldung sagt, wie es richtig geht), dann erneut prüfen.',
  ]);
}
if (nonRoutine.length) console.log(formatReport(nonRoutine));

// 2. The build (it checks again and keeps the last good dist/ if it fails).
t = performance.now();
console.log('2/3 Website bauen (npm run build) …');
const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8' });
step('Build', t);
if (build.status !== 0) {
  finish(false, [
    `${build.stdout}${build.stderr}`.trim(),
    '',
    'Was zu tun ist: die Meldung oben nennt Datei und Zeile; bitte dort korrigieren. Steht dort keine Datei aus content/, bitte das Entwicklerteam fragen.',
  ]);
}

// 3. The tests over the live content, all suites at once (each in its own process).
t = performance.now();
console.log(`3/3 Seiten testen (${LIVE_SUITES.length} Testdateien: Seiten, Links, HTML, Barrierefreiheit, Karten …) …`);
// One Chromium for all browser suites (each connects to it, tests/support/browser.ts): starting one per suite
// and per describe cost more than the pages themselves on a small machine.
// Imported only now: the test helpers read dist/ as they load, and on a fresh clone it exists only after step 2.
const { launchServer } = await import('../tests/support/browser.ts');
let chromium: Awaited<ReturnType<typeof launchServer>>;
try {
  chromium = await launchServer();
} catch (e) {
  finish(false, [`Der Browser für die Tests startet nicht: ${(e as Error).message}`, '', 'Bitte das Entwicklerteam fragen.']);
}
const results = await Promise.all(
  LIVE_SUITES.map(
    (file) =>
      new Promise<{ file: string; status: number; output: string; ms: number }>((resolve) => {
        const begun = performance.now();
        const child = spawn(process.execPath, ['--test', '--test-reporter=spec', file], {
          cwd: root,
          // Without NODE_TEST_CONTEXT: started from inside a test (tests/staff-edits.test.ts), node --test
          // would otherwise report to that test's runner instead of running as a runner of its own.
          env: { ...withoutTestContext(), TEST_ROOT: '.', TEST_GATE: '1', TEST_BROWSER_WS: chromium.wsEndpoint(), FORCE_COLOR: '0', NO_COLOR: '1' },
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        // A suite that ran no test at all has not checked anything: counted as failed.
        child.on('close', (code) => resolve({ file, status: /^ℹ tests [1-9]/m.test(output) ? (code ?? 1) : 1, output, ms: performance.now() - begun }));
      }),
  ),
);
await chromium.close();
step('Tests', t);
const failed = results.filter((r) => r.status !== 0);
for (const r of results) console.log(`  ${r.status === 0 ? '✔' : '✖'} ${r.file}${process.argv.includes('--zeit') ? ` (${seconds(r.ms)} s)` : ''}`);
if (failed.length) {
  const lines: string[] = [];
  for (const r of failed) {
    lines.push(`✖ ${r.file}: ${LIVE_SUITE_HINTS[r.file] ?? 'Tests über den Inhalt.'}`);
    // The failing tests' names and their first lines of explanation.
    const failing = r.output.split('\n').filter((l) => /^\s*✖ /.test(l) && !/failing tests/.test(l));
    for (const l of [...new Set(failing.map((l) => l.trim()))].slice(0, 8)) lines.push(`    ${l}`);
    const detail = r.output.split('\n').find((l) => /AssertionError|Error:/.test(l));
    if (detail) lines.push(`    ${detail.trim().slice(0, 300)}`);
  }
  lines.push(
    '',
    'Was zu tun ist: Jede Zeile oben nennt, was auf den Seiten nicht stimmt, und was es oft auslöst. Die Änderung im Inhalt',
    'suchen, die das verursacht (meist die zuletzt geänderte Datei), und berichtigen. Die vollständige Ausgabe zeigt:',
    `node --test ${failed.map((r) => r.file).join(' ')}`,
    'Sieht der Fehler nicht nach Inhalt aus, bitte das Entwicklerteam fragen.',
  );
  finish(false, lines);
}
finish(true, [
  `Inhalt geprüft (${errors.length} Fehler, ${warnings.length} Hinweise), Website gebaut, ${LIVE_SUITES.length} Testdateien bestanden.`,
  ...(nonRoutine.length ? ['Bitte die Hinweise oben prüfen (sie verhindern die Veröffentlichung nicht).'] : []),
]);
