/**
 * .ci/run picks the content gate for a change that touches only content/ and
 * the full npm test for anything else or when CI gives no base to compare with.
 * Runs on a throwaway git repository with the script (no tests are started).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from './support/root.ts';

let dir: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, encoding: 'utf8' }).trim();
const commit = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
  git('add', '-A');
  git('commit', '-qm', `change ${file}`);
  return git('rev-parse', 'HEAD');
};
const scope = (env: Record<string, string>) => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(CI_|GITHUB_)/.test(k)));
  return execFileSync('bash', ['.ci/run', '--scope'], { cwd: dir, encoding: 'utf8', env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
};

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'partnerstaedte-ci-'));
  mkdirSync(path.join(dir, '.ci'));
  cpSync(path.join(REPO, '.ci/run'), path.join(dir, '.ci/run'));
  git('init', '-q');
  commit('content/staedte/a.mdx', 'eins\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('only content/ changed since the base: the content gate', () => {
  const base = git('rev-parse', 'HEAD');
  commit('content/staedte/a.mdx', 'zwei\n');
  commit('content/staedte/bilder/foto.jpg', 'jpeg');
  assert.equal(scope({ CI_MERGE_REQUEST_DIFF_BASE_SHA: base }), 'inhalt');
  assert.equal(scope({ CI_COMMIT_BEFORE_SHA: base }), 'inhalt');
});

test('code, tests, the fixture tree or the guide changed as well: every test', () => {
  for (const file of ['src/lib/x.ts', 'tests/fixtures/content/staedte/a.mdx', 'docs/redaktion.md', 'package.json']) {
    const base = git('rev-parse', 'HEAD');
    commit('content/staedte/a.mdx', `${file}\n`);
    commit(file, 'x\n');
    assert.equal(scope({ CI_BASE: base }), 'voll', file);
  }
});

test('no base from CI, a new branch (all zeros) or an unknown commit: every test', () => {
  commit('content/staedte/a.mdx', 'drei\n');
  assert.equal(scope({}), 'voll');
  assert.equal(scope({ CI_COMMIT_BEFORE_SHA: '0000000000000000000000000000000000000000' }), 'voll');
  assert.equal(scope({ CI_BASE: 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef' }), 'voll');
});
