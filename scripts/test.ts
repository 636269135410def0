/**
 * The test runner behind `npm test` and `npm run test:unit`:
 *
 *   node scripts/test.ts        code tests on the fixture site, then the tests over the live content
 *   node scripts/test.ts unit   the unit tests (on the fixture content; no build needed)
 *   node scripts/test.ts live   the tests over the live content only (the content gate runs these)
 *
 * Code tests run with TEST_ROOT=.build-fixture (tests/fixtures/content, built
 * once and cached, scripts/lib/fixture-site.ts); live tests on content/ and dist/.
 * Extra arguments go to `node --test` (e.g. --test-name-pattern).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildFixture, prepareFixture, ROOT } from './lib/fixture-site.ts';
import { LIVE_SUITES } from '../tests/support/suites.ts';

const [mode = 'all', ...extra] = process.argv.slice(2);
const files = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `${dir}/${f}`)
    .sort();
const unit = files('tests/unit');
const code = files('tests').filter((f) => !LIVE_SUITES.includes(f));

function run(label: string, list: string[], env: Record<string, string>): number {
  console.log(`\n▶ ${label} (${list.length} Dateien)`);
  const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...extra, ...list], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return r.status ?? 1;
}

const fixtureEnv = { TEST_ROOT: '.build-fixture' };
let status = 0;
if (mode === 'unit') {
  prepareFixture();
  status = run('Unit-Tests auf tests/fixtures/content', unit, fixtureEnv);
} else if (mode === 'live') {
  status = run('Tests über den Inhalt in content/', LIVE_SUITES, { TEST_ROOT: '.' });
} else if (mode === 'all') {
  const { built } = buildFixture();
  console.log(built ? 'Test-Website (tests/fixtures/content) gebaut.' : 'Test-Website (tests/fixtures/content) unverändert.');
  status = run('Code-Tests auf tests/fixtures/content', [...unit, ...code], fixtureEnv);
  status = run('Tests über den Inhalt in content/', LIVE_SUITES, { TEST_ROOT: '.' }) || status;
} else {
  console.error(`Unbekannte Art: ${mode} (all, unit oder live)`);
  status = 2;
}
process.exit(status);
