/**
 * Sveltia draws its icons with the Material Symbols font: a span holds the
 * icon's name ("more_vert") and a ligature turns it into the icon. The font
 * has about 4,000 icons (750 KB); the editor uses a few hundred. This keeps
 * only the icons whose names occur in the bundled code (HarfBuzz: a name that
 * shapes to a single glyph is an icon), with the letters that spell them and
 * the ligatures between them. tests/admin.test.ts fails when an icon on the
 * editor's screens falls back to its name as text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';

const require = createRequire(import.meta.url);
const woff2 = require('wawoff2') as { compress(b: Uint8Array): Promise<Uint8Array>; decompress(b: Uint8Array): Promise<Uint8Array> };

/** hb_subset_flags_t: keep only the glyphs asked for, not every ligature their letters could form. */
const NO_LAYOUT_CLOSURE = 0x200;

/**
 * The candidates for icon names: lower-case words in quotes in the code, and the
 * text of icon spans in Svelte's HTML templates (`…material-symbols-outlined">favorite</span>`).
 */
export function candidateNames(code: string): Set<string> {
  return new Set([
    ...[...code.matchAll(/[`'"]([a-z][a-z0-9_]{1,60})[`'"]/g)].map((m) => m[1]!),
    ...[...code.matchAll(/material-symbols-outlined[^>]*>([a-z][a-z0-9_]{1,60})</g)].map((m) => m[1]!),
  ]);
}

/** The glyph a name shapes to when it is an icon (one glyph for the whole name), else undefined. */
function iconGlyphs(ttf: Uint8Array, names: Iterable<string>): Map<string, number> {
  const face = new hb.Face(new hb.Blob(ttf));
  const font = new hb.Font(face);
  const icons = new Map<string, number>();
  for (const name of names) {
    const buffer = new hb.Buffer();
    buffer.addText(name);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const glyphs = buffer.getGlyphInfos();
    if (glyphs.length === 1 && glyphs[0]!.codepoint !== 0 && name.length > 1) icons.set(name, glyphs[0]!.codepoint);
  }
  return icons;
}

/** The OpenType tag 'wght' as HarfBuzz's hb_tag_t, and the weight Sveltia's icons use. */
const WGHT = 0x77676874;
const ICON_WEIGHT = 300;

type Exports = Record<string, (...args: number[]) => number> & { memory: WebAssembly.Memory };

/** hb-subset (HarfBuzz's subsetter, as WebAssembly in harfbuzzjs): the font with these characters and glyphs only. */
function subset(ttf: Uint8Array, unicodes: Iterable<number>, glyphs: Iterable<number>): Uint8Array {
  const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const x = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as Exports;
  const heap = () => new Uint8Array(x.memory.buffer);
  const ptr = x.malloc!(ttf.byteLength);
  heap().set(ttf, ptr);
  const blob = x.hb_blob_create!(ptr, ttf.byteLength, 2 /* writable */, 0, 0);
  const face = x.hb_face_create!(blob, 0);
  x.hb_blob_destroy!(blob);
  const input = x.hb_subset_input_create_or_fail!();
  if (!input) throw new Error('hb_subset_input_create_or_fail');
  x.hb_subset_input_set_flags!(input, x.hb_subset_input_get_flags!(input) | NO_LAYOUT_CLOSURE);
  // One weight: Sveltia draws every icon at "wght" 300 (font-variation-settings in its styles).
  x.hb_subset_input_pin_axis_location!(input, face, WGHT, ICON_WEIGHT);
  const unicodeSet = x.hb_subset_input_unicode_set!(input);
  for (const u of unicodes) x.hb_set_add!(unicodeSet, u);
  const glyphSet = x.hb_subset_input_glyph_set!(input);
  for (const g of glyphs) x.hb_set_add!(glyphSet, g);
  const result = x.hb_subset_or_fail!(face, input);
  x.hb_subset_input_destroy!(input);
  if (!result) throw new Error('Redaktion: Die Symbolschrift ließ sich nicht verkleinern (hb_subset_or_fail).');
  const outBlob = x.hb_face_reference_blob!(result);
  const data = x.hb_blob_get_data!(outBlob, 0);
  const out = heap().slice(data, data + x.hb_blob_get_length!(outBlob));
  x.hb_blob_destroy!(outBlob);
  x.hb_face_destroy!(result);
  x.hb_face_destroy!(face);
  x.free!(ptr);
  return out;
}

/** The icon font (WOFF2) reduced to the icons named in `code`; with the names kept. */
export async function subsetIconFont(font: Uint8Array, code: string): Promise<{ font: Uint8Array; icons: string[] }> {
  const ttf = await woff2.decompress(font);
  const icons = iconGlyphs(ttf, candidateNames(code));
  const letters = new Set([...icons.keys()].join('')).add(' ');
  const out = subset(ttf, [...letters].map((c) => c.codePointAt(0)!), icons.values());
  return { font: await woff2.compress(out), icons: [...icons.keys()].sort() };
}
