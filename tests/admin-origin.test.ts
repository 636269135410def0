/**
 * REDAKTION_URL on a host of its own (README, Deployment): a copy of the
 * project built with it ships no admin/ in the public site and nothing there
 * refers to it; the editor is complete in dist-redaktion/, laid out as that
 * host's document root.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { buildProject, copyProject } from './support/fixture.ts';

const URL_ = 'https://redaktion.example.invalid/partnerstaedte/admin/';
let project: ReturnType<typeof copyProject>;
let dist: string;

before(() => {
  project = copyProject('redaktion-host');
  dist = buildProject(project.dir, { REDAKTION_URL: URL_ });
});
after(() => project?.remove());

test('the public site has no admin/ and nothing in it points there', () => {
  assert.ok(existsSync(path.join(dist, 'index.html')), 'the site is built');
  assert.equal(existsSync(path.join(dist, 'admin')), false, 'no admin/ in the site');
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|js)$/.test(f))) {
    assert.doesNotMatch(readFileSync(path.join(dist, f), 'utf8'), /partnerstaedte\/admin\//, f);
  }
});

test('the editor is complete in dist-redaktion/, at the path of REDAKTION_URL', () => {
  const out = path.join(project.dir, 'dist-redaktion');
  const $ = cheerio.load(readFileSync(path.join(out, 'partnerstaedte/admin/index.html'), 'utf8'));
  const src = $('script[type="module"]').attr('src')!;
  assert.equal(src, new URL('admin.js', URL_).pathname);
  assert.ok(existsSync(path.join(out, src)), `${src} exists`);
  assert.ok(existsSync(path.join(out, 'partnerstaedte/admin/config.yml')));
  assert.match(readFileSync(path.join(out, 'partnerstaedte/admin/config.yml'), 'utf8'), /site_url: https:\/\/www\.dueren\.de\/partnerstaedte/, 'the preview opens the public site');
});
