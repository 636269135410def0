/**
 * Where the tests find the project and its content, without needing a build
 * (unit tests import this; tests/support/site.ts adds the built site).
 *
 * Two kinds of tests (see README, "Tests"): code tests run on the frozen
 * fixture content tree tests/fixtures/content, built once into
 * .build-fixture/ (scripts/build-fixture.ts); tests over the live content run
 * on content/ and dist/. `TEST_ROOT` names the project copy whose content and
 * dist/ the tests read (the test runner sets it to .build-fixture for code
 * tests); without it, the checkout itself.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout: sources, scripts, tests. */
export const REPO = path.resolve(fileURLToPath(import.meta.url), '../../..');
/** The project whose content/ and dist/ the tests read (a fixture copy for code tests). */
export const ROOT = path.resolve(REPO, process.env.TEST_ROOT ?? '.');
/** Its content folder. */
export const CONTENT = path.join(ROOT, 'content');
