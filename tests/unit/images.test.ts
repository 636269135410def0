/**
 * The image rule (src/lib/check/images.ts) and the file rule (files.ts) on
 * bytes made here: real JPEG, PNG, WebP and AVIF files from sharp in random
 * sizes, their headers read back; files that are not what their names say;
 * the limits; SVG and other types.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { MAX_IMAGE_BYTES, MAX_IMAGE_MEGAPIXELS, imageFileProblems, readImageHeader } from '../../src/lib/check/images.ts';
import { fileProblems } from '../../src/lib/check/files.ts';

const FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;
const EXT = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' } as const;
const random = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo));

async function image(format: (typeof FORMATS)[number], width: number, height: number, options: object = {}): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: random(0, 255), g: 90, b: 40 } } })
    .toFormat(format, options)
    .toBuffer();
}

describe('readImageHeader', () => {
  for (const format of FORMATS) {
    it(`reads format, width and height of a ${format} file in any size`, async () => {
      for (let i = 0; i < 4; i++) {
        const [w, h] = [random(1, 3000), random(1, 3000)];
        const header = readImageHeader(await image(format, w, h));
        assert.deepEqual(header, { format, width: w, height: h }, `${w}×${h}`);
      }
    });
  }

  it('reads lossless and alpha WebP (VP8L, VP8X)', async () => {
    const [w, h] = [random(1, 2000), random(1, 2000)];
    assert.deepEqual(readImageHeader(await image('webp', w, h, { lossless: true })), { format: 'webp', width: w, height: h });
    const alpha = await sharp({ create: { width: w, height: h, channels: 4, background: { r: 1, g: 2, b: 3, alpha: 0.5 } } }).webp().toBuffer();
    assert.deepEqual(readImageHeader(alpha), { format: 'webp', width: w, height: h });
  });

  it('reads progressive JPEGs', async () => {
    const [w, h] = [random(100, 2000), random(100, 2000)];
    assert.deepEqual(readImageHeader(await image('jpeg', w, h, { progressive: true })), { format: 'jpeg', width: w, height: h });
  });

  it('knows no format in text, SVG, GIF or empty files', async () => {
    for (const bytes of [
      new TextEncoder().encode('Hallo'),
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer(),
      new Uint8Array(0),
    ]) {
      assert.equal(readImageHeader(bytes), undefined);
    }
  });
});

describe('imageFileProblems', () => {
  for (const format of FORMATS) {
    it(`passes a good ${format} file`, async () => {
      assert.deepEqual(imageFileProblems(`rathaus.${EXT[format]}`, await image(format, 800, 600)), []);
    });
  }

  it('accepts .jpeg and capital endings', async () => {
    const bytes = await image('jpeg', 100, 80);
    assert.deepEqual(imageFileProblems('a.jpeg', bytes), []);
    assert.deepEqual(imageFileProblems('a.JPG', bytes), []);
  });

  it('refuses a file whose bytes are another format than its name says', async () => {
    const [problem] = imageFileProblems('foto.jpg', await image('png', 200, 100));
    assert.match(problem!, /heißt ».jpg«, ist aber ein PNG-Bild/);
    assert.match(imageFileProblems('foto.webp', await image('avif', 64, 64))[0]!, /ist aber ein AVIF-Bild/);
  });

  it('refuses text, SVG content and GIF behind a photo name, saying what it is', async () => {
    assert.match(imageFileProblems('bild.png', new TextEncoder().encode('kein Bild\n'))[0]!, /ist aber eine Textdatei/);
    assert.match(imageFileProblems('bild.png', new TextEncoder().encode('<?xml version="1.0"?><svg/>'))[0]!, /ist aber eine SVG-Grafik/);
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer();
    assert.match(imageFileProblems('bild.jpg', gif)[0]!, /ist aber ein GIF-Bild/);
    assert.match(imageFileProblems('bild.jpg', new Uint8Array(0))[0]!, /ist aber leer/);
  });

  it('refuses an SVG by name, saying why and what to do', () => {
    const [problem] = imageFileProblems('wappen.svg', new TextEncoder().encode('<svg/>'));
    assert.match(problem!, /SVG/);
    assert.match(problem!, /Programmcode/);
    assert.match(problem!, /PNG/);
  });

  it('refuses a JPEG cut off before its frame header', async () => {
    const bytes = await image('jpeg', 300, 200);
    // The first 20 bytes hold SOI and the start of APP0, no frame header yet.
    assert.match(imageFileProblems('a.jpg', bytes.subarray(0, 20))[0]!, /nicht als JPEG-Bild lesen/);
    assert.match(imageFileProblems('a.png', (await image('png', 30, 20)).subarray(0, 10))[0]!, /nicht als PNG-Bild lesen/);
  });

  it(`refuses more than ${MAX_IMAGE_MEGAPIXELS} megapixels, naming the limit and the photo's size`, async () => {
    // A real PNG's header, its IHDR saying 20000 × 20000 (the pixels are for sharp, node side).
    const bytes = Buffer.from(await image('png', 10, 10));
    bytes.writeUInt32BE(20000, 16);
    bytes.writeUInt32BE(20000, 20);
    const [problem] = imageFileProblems('riesig.png', bytes);
    assert.match(problem!, new RegExp(`höchstens 25 MB und ${MAX_IMAGE_MEGAPIXELS} Megapixel; dieses Foto hat 400 Megapixel \\(20000 × 20000 Pixel\\)`));
    // Just within: the limit itself passes.
    const side = Math.floor(Math.sqrt(MAX_IMAGE_MEGAPIXELS * 1e6));
    bytes.writeUInt32BE(side, 16);
    bytes.writeUInt32BE(side, 20);
    assert.deepEqual(imageFileProblems('gross.png', bytes), []);
  });

  it(`refuses more than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`, async () => {
    const head = await image('jpeg', 100, 100);
    const bytes = Buffer.concat([head, Buffer.alloc(MAX_IMAGE_BYTES + 1 - head.length)]);
    const [problem] = imageFileProblems('schwer.jpg', bytes);
    assert.match(problem!, /höchstens 25 MB und 50 Megapixel; dieses Foto hat 25 MB/);
    assert.deepEqual(imageFileProblems('leicht.jpg', bytes.subarray(0, MAX_IMAGE_BYTES)), []);
  });

  it('refuses other endings', () => {
    assert.match(imageFileProblems('scan.tiff', new Uint8Array(10))[0]!, /endet auf ».tiff«/);
  });
});

describe('fileProblems', () => {
  const kinds = (entries: Parameters<typeof fileProblems>[0]) => fileProblems(entries).map((p) => [p.file, p.message]);

  it('passes texts, notes and photos', () => {
    assert.deepEqual(
      kinds([
        { file: 'content/staedte', type: 'directory' },
        { file: 'content/staedte/stryj.mdx', type: 'file' },
        { file: 'content/TRANSKRIPTION.md', type: 'file' },
        ...['a.jpg', 'b.JPEG', 'c.png', 'd.webp', 'e.avif'].map((n) => ({ file: `content/staedte/bilder/${n}`, type: 'file' as const })),
      ]),
      [],
    );
  });

  it('refuses links, special files, SVG and other types, naming each file', () => {
    const found = kinds([
      { file: 'content/seiten/geheim.mdx', type: 'symlink' },
      { file: 'content/staedte/bilder', type: 'symlink' },
      { file: 'content/seiten/fifo.mdx', type: 'other' },
      { file: 'content/staedte/bilder/wappen.svg', type: 'file' },
      { file: 'content/notiz.txt', type: 'file' },
      { file: 'content/.DS_Store', type: 'file' },
      { file: 'content/daten.json', type: 'file' },
    ]);
    assert.deepEqual(found.map(([f]) => f), [
      'content/seiten/geheim.mdx', 'content/staedte/bilder', 'content/seiten/fifo.mdx',
      'content/staedte/bilder/wappen.svg', 'content/notiz.txt', 'content/.DS_Store', 'content/daten.json',
    ]);
    assert.match(found[0]![1]!, /Verknüpfung/);
    assert.match(found[2]![1]!, /keine gewöhnliche Datei/);
    assert.match(found[3]![1]!, /SVG.*Programmcode.*PNG/);
    assert.match(found[4]![1]!, /»notiz\.txt«.*nur Texte \(\.mdx\) und Fotos/);
  });
});
