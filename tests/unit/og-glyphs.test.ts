/**
 * The content check knows which characters the share images can draw from a generated
 * list (src/lib/check/og-glyphs.ts); the share images draw with the fonts themselves
 * (src/lib/og.ts). Both must agree, or the check passes a title the build cannot draw.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkGlyphs, drawableRanges, MissingGlyphError } from '../../src/lib/og.ts';
import { OG_GLYPH_RANGES } from '../../src/lib/check/og-glyphs.ts';
import { firstUndrawable } from '../../src/lib/check/text.ts';

test('die Liste der zeichenbaren Zeichen ist aktuell (sonst: npm run og-glyphen)', () => {
  assert.deepEqual(OG_GLYPH_RANGES, drawableRanges());
});

test('Prüfung und Vorschaubild sind sich bei jedem Zeichen einig', () => {
  // Edges of every range, and the code points just outside, plus characters from several scripts.
  const samples = new Set<number>([0x5e9, 0x1f600, 0x91d1, 0x0421, 0x011f, 0x2603, 0xe000, 0x10ffff]);
  for (const [from, to] of OG_GLYPH_RANGES.filter((_, i) => i % 7 === 0)) for (const cp of [from - 1, from, to, to + 1]) if (cp >= 0x20) samples.add(cp);
  for (const cp of samples) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const char = String.fromCodePoint(cp);
    let drawn = true;
    try {
      checkGlyphs(char);
    } catch (e) {
      assert.ok(e instanceof MissingGlyphError);
      drawn = false;
    }
    assert.equal(firstUndrawable(char, OG_GLYPH_RANGES) === undefined, drawn, `U+${cp.toString(16)}`);
  }
});
