/**
 * `npm run build:fixture`: builds the fixture site for the code tests
 * (tests/fixtures/content in .build-fixture/, see scripts/lib/fixture-site.ts),
 * unless nothing it depends on changed since the last time.
 */
import { buildFixture } from './lib/fixture-site.ts';

const started = performance.now();
const { built } = buildFixture();
const seconds = ((performance.now() - started) / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
console.log(built ? `✔ Test-Website (tests/fixtures/content) gebaut in ${seconds} s.` : '✔ Test-Website (tests/fixtures/content) unverändert, nicht neu gebaut.');
