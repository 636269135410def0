/**
 * The image rule: which files may be photos, recognised by their bytes (magic
 * numbers and headers), not only by their names, and how large they may be.
 *
 * Browser-safe on purpose (no node:*, no sharp): `npm run pruefen`, the build
 * (src/lib/check/node.ts, which adds sharp's decode check) and the browser
 * editor's media upload (src/admin/main.ts) call the same function.
 */

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif';

export interface ImageHeader {
  format: ImageFormat;
  /** Pixels, from the header; undefined when the header is cut off or broken. */
  width?: number | undefined;
  height?: number | undefined;
}

/**
 * Limits, chosen from what a camera makes and what a phone decodes:
 * - Phones save 12 MP by default and 48–50 MP in their high-resolution modes
 *   (8064 × 6048, 8160 × 6120 px); system cameras make 24–45 MP. 50 MP lets all
 *   of these through unchanged.
 * - A 50 MP photo decodes to 200 MB of pixels (4 bytes each): the build machine
 *   does that for every derived size, and a phone that gets such a file (an
 *   <img> fallback, the editor's preview) runs out of memory well before
 *   100 MP (Safari's documented ceiling for decoded JPEGs is 32 MP with
 *   subsampling, far less for PNG). A 20000 × 20000 px file (400 MP, 1.6 GB
 *   decoded) is refused.
 * - Bytes: a 50 MP camera JPEG at high quality is 10–20 MB; 25 MB leaves room
 *   and keeps the Git repository (which holds every version forever) in bounds.
 *   A photo saved as PNG is often larger: the message says to save it as JPEG.
 */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
export const MAX_IMAGE_MEGAPIXELS = 50;

/** File name endings that may hold photos, and the format each promises. */
export const IMAGE_EXTENSIONS: Record<string, ImageFormat> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
};

const FORMAT_NAMES: Record<ImageFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF' };

const ascii = (b: Uint8Array, at: number, n: number) =>
  at + n <= b.length ? String.fromCharCode(...b.subarray(at, at + n)) : '';
const u16be = (b: Uint8Array, at: number) => (at + 2 <= b.length ? (b[at]! << 8) | b[at + 1]! : undefined);
const u32be = (b: Uint8Array, at: number) =>
  at + 4 <= b.length ? ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0 : undefined;
const u24le = (b: Uint8Array, at: number) => (at + 3 <= b.length ? b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) : undefined);

function png(b: Uint8Array): ImageHeader | undefined {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((v, i) => b[i] === v)) return undefined;
  if (ascii(b, 12, 4) !== 'IHDR') return { format: 'png' };
  return { format: 'png', width: u32be(b, 16), height: u32be(b, 20) };
}

function jpeg(b: Uint8Array): ImageHeader | undefined {
  if (b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return undefined;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return { format: 'jpeg' };
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Markers without a length: TEM, RST0–7, SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return { format: 'jpeg' }; // image data before any frame header
    const length = u16be(b, i + 2)!;
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = u16be(b, i + 5);
      const width = u16be(b, i + 7);
      return { format: 'jpeg', ...(width !== undefined ? { width } : {}), ...(height !== undefined ? { height } : {}) };
    }
    i += 2 + length;
  }
  return { format: 'jpeg' };
}

function webp(b: Uint8Array): ImageHeader | undefined {
  if (ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return undefined;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a && b.length >= 30) {
    return { format: 'webp', width: (b[26]! | (b[27]! << 8)) & 0x3fff, height: (b[28]! | (b[29]! << 8)) & 0x3fff };
  }
  if (chunk === 'VP8L' && b[20] === 0x2f && b.length >= 25) {
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    return { format: 'webp', width: u24le(b, 24)! + 1, height: u24le(b, 27)! + 1 };
  }
  return { format: 'webp' };
}

/** ISO base media boxes in b[start, end): type and content range. */
function* boxes(b: Uint8Array, start: number, end: number): Generator<{ type: string; from: number; to: number }> {
  let i = start;
  while (i + 8 <= end) {
    let size = u32be(b, i)!;
    const type = ascii(b, i + 4, 4);
    let header = 8;
    if (size === 1) {
      const high = u32be(b, i + 8) ?? 0;
      const low = u32be(b, i + 12) ?? 0;
      size = high * 2 ** 32 + low;
      header = 16;
    } else if (size === 0) {
      size = end - i;
    }
    if (size < header) return;
    yield { type, from: i + header, to: Math.min(i + size, end) };
    i += size;
  }
}

function avif(b: Uint8Array): ImageHeader | undefined {
  if (ascii(b, 4, 4) !== 'ftyp') return undefined;
  const ftypSize = u32be(b, 0)!;
  const brands: string[] = [ascii(b, 8, 4)];
  for (let i = 16; i + 4 <= Math.min(ftypSize, b.length); i += 4) brands.push(ascii(b, i, 4));
  if (!brands.some((x) => x === 'avif' || x === 'avis')) return undefined;
  // meta (a full box: 4 bytes version and flags) → iprp → ipco → ispe (version/flags, width, height).
  let best: { width: number; height: number } | undefined;
  for (const meta of boxes(b, 0, b.length)) {
    if (meta.type !== 'meta') continue;
    for (const iprp of boxes(b, meta.from + 4, meta.to)) {
      if (iprp.type !== 'iprp') continue;
      for (const ipco of boxes(b, iprp.from, iprp.to)) {
        if (ipco.type !== 'ipco') continue;
        for (const prop of boxes(b, ipco.from, ipco.to)) {
          if (prop.type !== 'ispe' || prop.to - prop.from < 12) continue;
          const width = u32be(b, prop.from + 4)!;
          const height = u32be(b, prop.from + 8)!;
          // The largest item is the picture (a grid's tiles are smaller).
          if (!best || width * height > best.width * best.height) best = { width, height };
        }
      }
    }
  }
  return { format: 'avif', ...(best ?? {}) };
}

/** The image format and size the bytes say, or undefined when they are none of JPEG, PNG, WebP, AVIF. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  return png(bytes) ?? jpeg(bytes) ?? webp(bytes) ?? avif(bytes);
}

/** What the bytes look like when they are not a photo, for the message. */
function describeOther(b: Uint8Array): string {
  const head = ascii(b, 0, Math.min(b.length, 512)).replace(/^\uFEFF/, '').trimStart();
  if (/^<\?xml|^<svg|<svg[\s>]/i.test(head)) return 'eine SVG-Grafik';
  if (ascii(b, 0, 4) === 'GIF8') return 'ein GIF-Bild';
  if (ascii(b, 0, 4) === '%PDF') return 'ein PDF-Dokument';
  if ((b[0] === 0x49 && b[1] === 0x49) || (b[0] === 0x4d && b[1] === 0x4d)) return 'ein TIFF-Bild';
  if (ascii(b, 4, 4) === 'ftyp') return 'ein HEIC-Foto oder Video';
  if (b.length === 0) return 'leer';
  const text = b.subarray(0, 512).every((c) => c === 9 || c === 10 || c === 13 || c >= 32);
  return text ? 'eine Textdatei' : 'kein Bild, das die Website kennt';
}

const mb = (n: number) => (n / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 });
const mp = (n: number) => (n / 1e6).toLocaleString('de-DE', { maximumFractionDigits: 1 });

const HOW = 'Bitte das Foto als JPEG speichern (in jedem Bildprogramm: „Exportieren“ oder „Speichern unter“) und dabei auf höchstens 4000 Pixel Breite verkleinern.';

/** What the site needs the file name to end with, for the message. */
export const ALLOWED_IMAGES = 'JPEG (.jpg), PNG (.png), WebP (.webp) oder AVIF (.avif)';

/**
 * German problems with a photo file: `name` its file name (or path), `bytes`
 * its content. Empty when the file is a JPEG, PNG, WebP or AVIF its name
 * promises, with a readable header and within the limits. Whether every pixel
 * decodes is for sharp (node side) or the browser to find out.
 */
export function imageFileProblems(name: string, bytes: Uint8Array): string[] {
  const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const promised = IMAGE_EXTENSIONS[ext];
  if (ext === 'svg') {
    return [`SVG-Grafiken nimmt die Website nicht an: Eine SVG-Datei kann Programmcode enthalten, der im Browser ausgeführt wird. Bitte die Grafik als PNG speichern (in jedem Grafikprogramm: „Exportieren“ als PNG) und die PNG-Datei verwenden.`];
  }
  if (!promised) {
    return [`Die Datei endet auf ».${ext}«. Fotos nimmt die Website als ${ALLOWED_IMAGES} an.`];
  }
  const header = readImageHeader(bytes);
  if (!header) {
    return [`Die Datei heißt ».${ext}«, ist aber ${describeOther(bytes)}. Fotos nimmt die Website nur als ${ALLOWED_IMAGES} an. ${HOW}`];
  }
  const problems: string[] = [];
  if (header.format !== promised) {
    problems.push(
      `Die Datei heißt ».${ext}«, ist aber ein ${FORMAT_NAMES[header.format]}-Bild. Bitte die Endung passend ändern (.${header.format === 'jpeg' ? 'jpg' : header.format}) oder das Foto als ${FORMAT_NAMES[promised]} speichern.`,
    );
  }
  if (!header.width || !header.height) {
    problems.push(`Die Datei lässt sich nicht als ${FORMAT_NAMES[header.format]}-Bild lesen (unvollständig oder beschädigt). Bitte das Foto neu speichern oder noch einmal hochladen.`);
  } else if (header.width * header.height > MAX_IMAGE_MEGAPIXELS * 1e6) {
    problems.push(
      `Das Foto ist zu groß: Erlaubt sind höchstens ${mb(MAX_IMAGE_BYTES)} MB und ${MAX_IMAGE_MEGAPIXELS} Megapixel; dieses Foto hat ${mp(header.width * header.height)} Megapixel (${header.width} × ${header.height} Pixel). Handys können so große Bilder nicht anzeigen. ${HOW}`,
    );
  }
  if (bytes.length > MAX_IMAGE_BYTES) {
    problems.push(
      `Die Datei ist zu groß: Erlaubt sind höchstens ${mb(MAX_IMAGE_BYTES)} MB und ${MAX_IMAGE_MEGAPIXELS} Megapixel; dieses Foto hat ${mb(bytes.length)} MB. ${HOW}`,
    );
  }
  return problems;
}
