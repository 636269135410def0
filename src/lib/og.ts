/**
 * Share images (og:image): 1200×630 PNGs drawn as SVG and rendered by sharp.
 *
 * Text is turned into outlines with the Noto Sans files of @fontsource/noto-sans,
 * so the image never depends on the fonts a machine has installed: the same
 * content gives the same bytes everywhere.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as opentypeModule from 'opentype.js';
import sharp from 'sharp';
import { locatorMap as drawLocator, SHARE_LOCATOR_SIZE } from './map.ts';
import { missingGlyphMessage } from './check/text.ts';

// opentype.js ships an ES module (bundlers) and a UMD file (Node): the functions sit on the
// namespace in the first case and on its default export in the second.
type Font = opentypeModule.Font;
type PathCommand = opentypeModule.PathCommand;
const opentype: typeof opentypeModule = (opentypeModule as { default?: typeof opentypeModule }).default ?? opentypeModule;

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgInput {
  /** The page's title, wrapped onto up to three lines. */
  title: string;
  /** Small line above the title: "Partnerstädte der Stadt Düren". */
  label: string;
  /** Line under the title: "Österreich · 765 km von Düren". */
  subtitle?: string;
  /** Footer line: the site's address. */
  footer: string;
  /** With coordinates, a small map shows the city and Düren; `land` (ISO code, "UA") highlights its country. */
  map?: { breite: number; laenge: number; name: string; land?: string };
}

export const COLORS = { bg: '#00467f', text: '#ffffff', soft: '#c7dcef', accent: '#ffe58a' };

// ---- Fonts ------------------------------------------------------------------

type Weight = 400 | 700;

/**
 * Where glyphs come from, in the order they are tried: Noto Sans (Latin,
 * Cyrillic, Greek, Vietnamese …), then Noto Sans SC for Chinese characters.
 * Both packages ship the font cut into small files by Unicode range (as
 * browsers load them); only the files holding characters a share image needs
 * are read, so no whole CJK font is ever loaded, and none is committed.
 */
const FAMILIES = [
  { pkg: '@fontsource/noto-sans', file: (subset: string, weight: Weight) => `noto-sans-${subset}-${weight}-normal.woff` },
  {
    pkg: '@fontsource/noto-sans-sc',
    // "[117]" → noto-sans-sc-117-700-normal.woff; the package's named subsets repeat Noto Sans or are the whole font.
    file: (subset: string, weight: Weight) => (/^\[\d+\]$/.test(subset) ? `noto-sans-sc-${subset.slice(1, -1)}-${weight}-normal.woff` : undefined),
  },
] as const;

interface Subset {
  file: (weight: Weight) => string;
  ranges: [number, number][];
}

const resolve = createRequire(import.meta.url).resolve;

/** Every font file that may hold a character, in the order they are tried. */
const SUBSETS: Subset[] = FAMILIES.flatMap(({ pkg, file }) => {
  const dir = path.dirname(resolve(`${pkg}/package.json`));
  const unicode = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  return Object.entries(unicode).flatMap(([subset, range]): Subset[] => {
    if (!file(subset, 400)) return [];
    const ranges = range.split(',').map((r): [number, number] => {
      const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
    return [{ file: (weight) => path.join(dir, 'files', file(subset, weight)!), ranges }];
  });
});

/** A character no font here can draw: the build stops instead of drawing a box. */
export class MissingGlyphError extends Error {
  readonly char: string;
  readonly text: string;
  constructor(char: string, text: string) {
    super(missingGlyphMessage(char, text));
    this.name = 'MissingGlyphError';
    this.char = char;
    this.text = text;
  }
}

const files = new Map<string, Font>();
function load(file: string): Font {
  let font = files.get(file);
  if (!font) {
    const buffer = readFileSync(file);
    font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    files.set(file, font);
  }
  return font;
}

/** A font file, or undefined when opentype.js cannot read it (one Noto Sans SC subset): its characters count as missing. */
function tryLoad(file: string): Font | undefined {
  try {
    return load(file);
  } catch {
    return undefined;
  }
}

const chosen = new Map<string, Font>();
/** The font (one subset file in one weight) that draws `char`; throws MissingGlyphError if none does. */
function fontFor(char: string, weight: Weight, text: string): Font {
  const key = `${weight}${char}`;
  let font = chosen.get(key);
  if (!font) {
    const cp = char.codePointAt(0)!;
    for (const subset of SUBSETS) {
      if (!subset.ranges.some(([from, to]) => cp >= from && cp <= to)) continue;
      const candidate = tryLoad(subset.file(weight));
      if (candidate && candidate.charToGlyphIndex(char) > 0) {
        font = candidate;
        break;
      }
    }
    if (!font) throw new MissingGlyphError(char, text);
    chosen.set(key, font);
  }
  return font;
}

/**
 * Characters the fonts lack, drawn as an equivalent they have: the narrow no-break space
 * that French number formats put in "1 430 km" (Intl) is drawn as a no-break space.
 */
const DRAWN_AS: Record<string, string> = { '\u202f': '\u00a0' };

/** Splits text into runs of characters that the same font file draws. */
function runs(text: string, weight: Weight): { font: Font; text: string }[] {
  const out: { font: Font; text: string }[] = [];
  for (const raw of text) {
    const char = DRAWN_AS[raw] ?? raw;
    const font = fontFor(char, weight, text);
    const last = out.at(-1);
    if (last && last.font === font) last.text += char;
    else out.push({ font, text: char });
  }
  return out;
}

/**
 * Every code point the share image can draw (some font here has it in both weights), as
 * sorted ranges. The content check (browser-safe) reads a copy of this list in
 * src/lib/check/og-glyphs.ts; `npm run og-glyphen` writes it, a test compares.
 */
export function drawableRanges(): [number, number][] {
  const ranges: [number, number][] = [];
  const points = new Set<number>();
  for (const subset of SUBSETS) {
    const fonts = [tryLoad(subset.file(400)), tryLoad(subset.file(700))];
    if (!fonts[0] || !fonts[1]) continue;
    for (const [from, to] of subset.ranges) {
      for (let cp = from; cp <= to; cp++) {
        if (points.has(cp)) continue;
        const char = String.fromCodePoint(cp);
        if (fonts.every((f) => f!.charToGlyphIndex(char) > 0)) points.add(cp);
      }
    }
  }
  for (const cp of [...points].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

/** Throws MissingGlyphError for the first character of `text` that no font draws. */
export function checkGlyphs(text: string): void {
  for (const weight of [400, 700] as const) runs(text, weight);
}

const widths = new Map<string, number>();
/** Width of a line of text in pixels (at 1 px, remembered: wrapping measures the same words again and again). */
export function measure(text: string, size: number, weight: Weight): number {
  const key = `${weight}\u0000${text}`;
  let unit = widths.get(key);
  if (unit === undefined) {
    unit = runs(text, weight).reduce((w, r) => w + r.font.getAdvanceWidth(r.text, 1, { kerning: true }), 0);
    widths.set(key, unit);
  }
  return unit * size;
}

/** A line of text as SVG path data, baseline at y. */
function outline(text: string, x: number, y: number, size: number, weight: Weight): string {
  let d = '';
  for (const r of runs(text, weight)) {
    d += pathData(r.font.getPath(r.text, x, y, size, { kerning: true }).commands);
    x += r.font.getAdvanceWidth(r.text, size, { kerning: true });
  }
  return d;
}

/**
 * SVG path data with one decimal. (opentype.js's own `toPathData` writes "NaN"
 * for coordinates a hair off an integer.)
 */
function pathData(commands: PathCommand[]): string {
  const n = (v: number) => String(Math.round(v * 10) / 10);
  return commands
    .map((c) =>
      c.type === 'Z' ? 'Z'
      : c.type === 'C' ? `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`
      : c.type === 'Q' ? `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`
      : `${c.type}${n(c.x)} ${n(c.y)}`,
    )
    .join('');
}

/** Greedy word wrap; a word longer than the line stays on its own line. */
export function wrap(text: string, size: number, weight: Weight, maxWidth: number): string[] {
  const lines: string[] = [];
  // Only plain spaces break: "765 km von Düren" with no-break spaces stays together.
  for (const word of text.split(' ').filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`, size, weight) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The largest title size (down to 40 px) at which the title fits in three lines. */
function fitTitle(title: string, maxWidth: number): { size: number; lines: string[] } {
  for (let size = 76; size > 40; size -= 4) {
    const lines = wrap(title, size, 700, maxWidth);
    if (lines.length <= 3 && lines.every((l) => measure(l, size, 700) <= maxWidth)) return { size, lines };
  }
  return { size: 40, lines: wrap(title, 40, 700, maxWidth).slice(0, 3) };
}

// ---- Locator map --------------------------------------------------------------

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The map's colours on the share image's blue: sea darker than the page, land lighter, the city's country lighter still. */
export const MAP_COLORS = { sea: '#003a6b', land: '#1d5a8f', country: '#3b7cb4', border: '#6f9cc4', halo: '#003a6b' } as const;

/**
 * The city page's locator (src/lib/map.ts) at share size: Natural Earth land and
 * borders, the city's country highlighted (by its frontmatter code), the line from
 * Düren, Düren as a square and the city as a circle, their names as outlines with
 * a halo at the positions map.ts chose (no label overlaps another or a marker).
 */
function locatorMap(box: Box, city: NonNullable<OgInput['map']>): string {
  const map = drawLocator({ id: 'stadt', name: city.name, breite: city.breite, laenge: city.laenge }, city.land ?? '', {
    ...SHARE_LOCATOR_SIZE,
    width: box.w,
    height: box.h,
  });
  const m = map.marker;
  const parts = [
    map.sphere ? `<path d="${map.sphere}" fill="${MAP_COLORS.sea}"/>` : '',
    `<path d="${map.land}" fill="${MAP_COLORS.land}"/>`,
    map.country ? `<path d="${map.country}" fill="${MAP_COLORS.country}"/>` : '',
    map.borders ? `<path d="${map.borders}" fill="none" stroke="${MAP_COLORS.border}" stroke-width="1.5"/>` : '',
    map.sphere ? `<path d="${map.sphere}" fill="none" stroke="${MAP_COLORS.border}" stroke-width="2"/>` : '',
    map.line ? `<path d="${map.line}" fill="none" stroke="${COLORS.text}" stroke-width="3" stroke-dasharray="9 6"/>` : '',
  ];
  for (const p of map.places) {
    if (p.label?.leader) {
      const [x1, y1, x2, y2] = p.label.leader;
      parts.push(`<path d="M${x1} ${y1}L${x2} ${y2}" stroke="${COLORS.soft}" stroke-width="2"/>`);
    }
    parts.push(
      p.home
        ? `<rect x="${p.x - m}" y="${p.y - m}" width="${2 * m}" height="${2 * m}" fill="${COLORS.text}" stroke="${MAP_COLORS.halo}" stroke-width="3"/>`
        : `<circle cx="${p.x}" cy="${p.y}" r="${m}" fill="${COLORS.accent}" stroke="${MAP_COLORS.halo}" stroke-width="3"/>`,
    );
  }
  // Names after all markers and lines, so nothing is drawn over a name.
  for (const p of map.places) {
    if (!p.label) continue;
    const w = measure(p.name, map.fontSize, 700);
    const x = p.label.anchor === 'start' ? p.label.x : p.label.anchor === 'end' ? p.label.x - w : p.label.x - w / 2;
    parts.push(
      `<path d="${outline(p.name, x, p.label.y, map.fontSize, 700)}" fill="${p.home ? COLORS.text : COLORS.accent}" ` +
        `stroke="${MAP_COLORS.halo}" stroke-width="5" stroke-linejoin="round" paint-order="stroke"/>`,
    );
  }
  return (
    `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="16" fill="${map.sphere ? COLORS.bg : MAP_COLORS.sea}"/>` +
    `<clipPath id="karte"><rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="16"/></clipPath>` +
    `<g clip-path="url(#karte)"><g transform="translate(${box.x} ${box.y})">${parts.join('')}</g></g>`
  );
}

// ---- Image --------------------------------------------------------------------

/** The share image as SVG markup (paths only, no <text>). */
export function ogSvg(input: OgInput): string {
  const left = 80;
  const mapBox: Box = { x: 760, y: 150, w: 360, h: 330 };
  const textWidth = (input.map ? mapBox.x - 40 : OG_WIDTH - left) - left;
  const { size, lines } = fitTitle(input.title, textWidth);
  const lineHeight = Math.round(size * 1.2);
  const sub = { size: 34, gap: 24, lines: input.subtitle ? wrap(input.subtitle, 34, 400, textWidth) : [] };
  const subHeight = sub.lines.length ? sub.gap + sub.lines.length * sub.size * 1.3 : 0;
  // Title and subtitle as one block, centred between the label and the footer.
  let y = Math.round(335 - (lines.length * lineHeight + subHeight) / 2 + size);

  const parts = [
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLORS.bg}"/>`,
    `<rect x="${left}" y="72" width="64" height="8" fill="${COLORS.accent}"/>`,
    `<path fill="${COLORS.soft}" d="${outline(input.label, left, 130, 32, 400)}"/>`,
  ];
  for (const line of lines) {
    parts.push(`<path fill="${COLORS.text}" d="${outline(line, left, y, size, 700)}"/>`);
    y += lineHeight;
  }
  y += sub.gap + sub.size - lineHeight + size * 0.25;
  for (const line of sub.lines) {
    parts.push(`<path fill="${COLORS.soft}" d="${outline(line, left, Math.round(y), sub.size, 400)}"/>`);
    y += sub.size * 1.3;
  }
  parts.push(`<path fill="${COLORS.soft}" d="${outline(input.footer, left, 570, 28, 400)}"/>`);
  if (input.map) parts.push(locatorMap(mapBox, input.map));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">${parts.join('')}</svg>`;
}

/**
 * PNG encoding: a 16-colour palette without dithering (the images are a few
 * flat colours and anti-aliased edges), found with the quickest quantiser
 * effort, zlib level 6. Against 64 colours, effort 7 and level 9 it costs a
 * quarter of the CPU and gives files a third smaller (`npm run bench:wachstum`).
 */
const PNG_OPTIONS = { palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 } as const;

/** The share image as PNG bytes, drawn now. */
export async function renderOgImage(input: OgInput): Promise<Buffer> {
  return pngOf(ogSvg(input));
}

function pngOf(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 }).png(PNG_OPTIONS).toBuffer();
}

/**
 * Where drawn images are kept between builds: node_modules/.cache/ (git
 * ignores it, a rebuild keeps it, `npm ci` starts afresh). OG_CACHE_DIR
 * moves it; OG_CACHE_DIR=off draws every image anew.
 */
export function ogCacheDir(): string | undefined {
  const dir = process.env.OG_CACHE_DIR ?? 'node_modules/.cache/partnerstaedte-og';
  return dir === 'off' ? undefined : path.resolve(dir);
}

/**
 * Everything besides its input that decides how a share image looks: the source of
 * the modules that draw it (this file, the map, Düren's place), the lockfile (versions
 * of the fonts, the atlas, d3-geo, opentype.js, sharp) and the encoder. Read once per
 * build from the project folder (the build runs there); undefined where that folder
 * is not at hand, and the cache then keys images by their drawing instead.
 */
const RENDERER_FILES = ['src/lib/og.ts', 'src/lib/map.ts', 'src/lib/geo.ts', 'package-lock.json'];
let fingerprint: string | null | undefined;
function rendererFingerprint(): string | undefined {
  if (fingerprint === undefined) {
    try {
      const hash = createHash('sha256').update(JSON.stringify([PNG_OPTIONS, sharp.versions]));
      for (const file of RENDERER_FILES) hash.update(file).update(readFileSync(path.resolve(file)));
      fingerprint = hash.digest('hex');
    } catch {
      fingerprint = null;
    }
  }
  return fingerprint ?? undefined;
}

/**
 * The cache key of an image: a hash of its input (title, texts, the map's place)
 * and of the renderer (rendererFingerprint). A changed title gives a new key, a
 * changed renderer or font gives new keys for all. A rebuild with nothing changed
 * finds every image without drawing anything: neither text outlines nor maps.
 * Without a fingerprint the key is a hash of the SVG and the encoder.
 */
export function ogCacheKey(input: OgInput): string {
  const renderer = rendererFingerprint();
  const hash = createHash('sha256');
  if (renderer) {
    const { title, label, subtitle, footer, map } = input;
    return hash.update(renderer).update(JSON.stringify([title, label, subtitle, footer, map])).digest('hex');
  }
  return hash.update(JSON.stringify([PNG_OPTIONS, sharp.versions])).update(ogSvg(input)).digest('hex');
}

/** The share image, from the cache when the same image was drawn before (see ogCacheKey). */
export async function cachedOgImage(input: OgInput, dir = ogCacheDir()): Promise<Buffer> {
  if (!dir) return renderOgImage(input);
  const file = path.join(dir, `${ogCacheKey(input)}.png`);
  try {
    const png = readFileSync(file);
    const now = new Date();
    utimesSync(file, now, now); // used in this build: pruneOgCache keeps it
    return png;
  } catch {
    const png = await renderOgImage(input);
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file); // whole files only, even if two builds share the folder
    return png;
  }
}

/** Removes cached images that no build has used since `before` (the last successful build keeps its own). */
export function pruneOgCache(before: Date, dir = ogCacheDir()): number {
  if (!dir || !existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).mtime < before) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}
