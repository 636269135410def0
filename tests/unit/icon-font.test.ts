/** Which icon names the editor's icon font keeps: names in quotes and icons written into Svelte's HTML templates. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateNames } from '../../src/integrations/icon-font.ts';

test('an icon named in a template’s HTML (Sveltia’s “Made with ♥” line) is a candidate, as are quoted names', () => {
  const code = 'const a = `more_vert`; x("arrow_back"); B(`<em>UI</em> <span role="none" class="material-symbols-outlined">favorite</span></div>`)';
  const names = candidateNames(code);
  for (const name of ['more_vert', 'arrow_back', 'favorite']) assert.ok(names.has(name), name);
  assert.ok(!names.has('UI') && !names.has('div'), 'no markup taken for a name');
});
