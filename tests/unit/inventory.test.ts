/** The page inventory's own rules: one page per address, the site's addresses stay the site's. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RESERVED_PATHS, navigation, pathConflicts } from '../../src/lib/inventory.ts';
import { inventory } from '../support/content.ts';

test('two files for one address: a German message naming both files', () => {
  const problems = pathConflicts([
    { path: 'stryj', source: 'content/staedte/stryj.mdx' },
    { path: 'stryj', source: 'content/seiten/stryj.mdx' },
  ]);
  assert.deepEqual(problems, [
    'content/seiten/stryj.mdx: Die Adresse /partnerstaedte/stryj/ hat schon content/staedte/stryj.mdx. ' +
      'Zwei Seiten können nicht dieselbe Adresse haben – bitte geben Sie einer der beiden Dateien einen anderen Namen (der Dateiname ist die Adresse).',
  ]);
});

test('a content page on an address the site needs itself is refused, whichever it is', () => {
  for (const reserved of RESERVED_PATHS.filter((p) => p !== '')) {
    const problems = pathConflicts([{ path: reserved, source: `content/seiten/${reserved}.mdx` }]);
    assert.equal(problems.length, 1, reserved);
    assert.match(problems[0]!, new RegExp(`^content/seiten/${reserved.replace('.', '\\.')}\\.mdx: Die Adresse /partnerstaedte/${reserved.replace('.', '\\.')}/ braucht die Website selbst`));
  }
});

test('the pages the site makes itself may use those addresses', () => {
  assert.deepEqual(pathConflicts([{ path: 'suche', source: 'src/pages/suche.astro' }, { path: 'og', source: 'src/pages/og/x.ts' }]), []);
});

test('the inventory of today\'s content has one page per address, and every page has a title, a description and a trail ending at itself', () => {
  const pages = inventory();
  assert.equal(new Set(pages.map((p) => p.path)).size, pages.length);
  for (const p of pages) {
    assert.ok(p.title && p.shortTitle && p.description, p.path);
    if (p.breadcrumbs.length > 0) assert.equal(p.breadcrumbs.at(-1)!.path, p.path);
  }
  // Every content file is a page.
  assert.ok(pages.filter((p) => p.entry).length > 0);
});

test('navigation: header and footer in their order, each page at most once', () => {
  const pages = inventory();
  for (const where of ['header', 'footer'] as const) {
    const items = navigation(pages, where);
    assert.ok(items.length > 0, where);
    assert.equal(new Set(items).size, items.length);
    const order = items.map((p) => p.nav![where]!);
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  }
});
