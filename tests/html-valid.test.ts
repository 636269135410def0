/**
 * Valid HTML on every built page: the W3C Nu HTML checker over all of dist/
 * in one run, zero errors. A page known to be broken is checked in the same
 * run, so a checker that silently checks nothing cannot pass.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, htmlFiles } from './support/site.ts';
import { checkHtml, formatMessage, type VnuMessage } from './support/vnu.ts';

/** The two mistakes this site once made: a script after </html>, an id twice. */
const BROKEN = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kaputt</title></head>
<body><h2 id="kontakt">Kontakt</h2><section id="kontakt"></section></body></html><script type="module"></script>`;

describe('W3C Nu HTML Checker', () => {
  const files = htmlFiles().map((f) => path.join(DIST, f));
  let broken = '';
  let errors: VnuMessage[] = [];

  before(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
    broken = path.join(dir, 'kaputt.html');
    writeFileSync(broken, BROKEN);
    try {
      errors = checkHtml([...files, broken]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('der Prüfer meldet die Fehler einer kaputten Seite', () => {
    const found = errors.filter((e) => e.file === broken).map((e) => e.message).join('\n');
    assert.match(found, /Stray start tag “script”/);
    assert.match(found, /Duplicate ID “kontakt”/);
  });

  test('jede Seite in dist/ ist gültiges HTML (0 Fehler)', () => {
    assert.ok(files.length > 10, `Zu wenige Seiten im Build: ${files.length}`);
    const report = errors.filter((e) => e.file !== broken).map((e) => formatMessage(e, DIST));
    assert.equal(report.length, 0, `Der Nu HTML Checker meldet ${report.length} Fehler in dist/:\n${report.join('\n')}`);
  });
});
