/**
 * The editor in the build output: its own page with its own policy, kept away
 * from everything public (sitemap, search index, links, other hosts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { DIST, ROOT, htmlFiles } from './support/site.ts';
import { checkHtml, formatMessage } from './support/vnu.ts';
import { adminCsp, backendFromEnv } from '../src/integrations/admin.ts';

const html = readFileSync(path.join(DIST, 'admin/index.html'), 'utf8');
const $ = cheerio.load(html);

test('the editor page is noindex, German, and loads its script by an absolute address', () => {
  assert.match($('meta[name="robots"]').attr('content') ?? '', /noindex/);
  assert.equal($('html').attr('lang'), 'de');
  const src = $('script[type="module"]').attr('src') ?? '';
  assert.match(src, /^\/partnerstaedte\/admin\/[^/]+\.js$/);
  assert.ok(existsSync(path.join(DIST, src.replace('/partnerstaedte/', ''))), src);
  assert.ok(existsSync(path.join(DIST, 'admin/config.yml')));
});

test('the editor page is valid HTML (W3C Nu HTML Checker)', () => {
  const errors = checkHtml([path.join(DIST, 'admin/index.html')]).map((e) => formatMessage(e, DIST));
  assert.deepEqual(errors, []);
});

test('its CSP allows only the site itself (and the Git host when one is configured)', () => {
  const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /https?:\/\//, 'ohne REDAKTION_GIT_URL kein fremder Host');
  const { origins } = backendFromEnv({ REDAKTION_GIT_URL: 'https://git.example.invalid/gruppe' });
  assert.deepEqual(origins, ['https://git.example.invalid']);
  assert.match(adminCsp(origins), /connect-src 'self' blob: data: https:\/\/git\.example\.invalid/);
});

test('login settings: nothing invented; what is missing is named, and with an application there is one sign-in button', () => {
  const none = backendFromEnv({});
  assert.equal(none.backend.app_id, undefined);
  assert.doesNotMatch(JSON.stringify(none.backend), /PLATZHALTER/);
  assert.deepEqual(none.missing.map((m) => m.split(' ')[0]), ['REDAKTION_REPO', 'REDAKTION_GIT_URL', 'REDAKTION_APP_ID']);
  const full = backendFromEnv({ REDAKTION_REPO: 'stadt/partnerstaedte', REDAKTION_GIT_URL: 'https://git.example.invalid', REDAKTION_APP_ID: 'abc' });
  assert.deepEqual(full.missing, []);
  assert.deepEqual(full.backend.auth_methods, ['oauth']);
  assert.equal(full.backend.auth_type, 'pkce');
});

test('the editor page allows pinch zoom and asks no status host', () => {
  const code = readdirSync(path.join(DIST, 'admin'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(DIST, 'admin', f), 'utf8'))
    .join('\n');
  assert.doesNotMatch(code, /maximum-scale=1/);
  assert.doesNotMatch(code, /hostedstatus\.com|githubstatus\.com\/api/);
  assert.doesNotMatch(html, /maximum-scale/);
});

test('the published configuration is the generated one plus login settings', () => {
  const published = parse(readFileSync(path.join(DIST, 'admin/config.yml'), 'utf8'));
  const generated = parse(readFileSync(path.join(ROOT, 'src/admin/config.yml'), 'utf8'));
  assert.deepEqual(published.collections, generated.collections);
  assert.equal(published.output.omit_empty_optional_fields, true);
  assert.equal(published.backend.name, 'gitlab');
  assert.equal(published.app_title, 'Redaktion – Partnerstädte der Stadt Düren');
  assert.equal(published.publish_mode, 'editorial_workflow');
});

test('no public page links to the editor; the sitemap and the search index leave it out', () => {
  for (const file of htmlFiles()) {
    const page = cheerio.load(readFileSync(path.join(DIST, file), 'utf8'));
    assert.equal(page('a[href*="/admin"]').length, 0, file);
  }
  for (const f of readdirSync(DIST).filter((f) => f.startsWith('sitemap') && f.endsWith('.xml'))) {
    assert.doesNotMatch(readFileSync(path.join(DIST, f), 'utf8'), /\/admin\//, f);
  }
  // Pagefind indexes only pages with data-pagefind-body; the editor has none.
  assert.equal($('[data-pagefind-body]').length, 0);
});
