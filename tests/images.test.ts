/**
 * The photo pipeline, proven with a picture the test makes itself (the
 * brochure's photos are not available, and the site ships no stand-in):
 * a copy of the project gets a JPEG and a city entry that uses it, is built,
 * and the city page and the credits page must show it the way a visitor needs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { BASE } from './support/site.ts';
import { buildProject, copyProject } from './support/fixture.ts';

const CITY = 'stryj';
const PHOTO = { width: 1600, height: 1000 };
const ENTRY = {
  alt: 'Ein Farbverlauf von Blau nach Gelb, vom Test erzeugt',
  bildunterschrift: 'Testbild der Bildverarbeitung',
  bildnachweis: 'Testlauf images.test.ts',
};

let project: ReturnType<typeof copyProject>;
let dist: string;
const load = (p: string) => cheerio.load(readFileSync(path.join(dist, p, 'index.html'), 'utf8'));
/** A file of the build by its URL ("/partnerstaedte/_astro/x.avif"). */
const fileOf = (url: string) => path.join(dist, decodeURIComponent(url).slice(BASE.length));

before(async () => {
  project = copyProject('bilder');
  // A horizontal gradient: a real photo-sized JPEG, made here and nowhere shipped.
  const pixels = Buffer.alloc(PHOTO.width * PHOTO.height * 3);
  for (let y = 0; y < PHOTO.height; y++) {
    for (let x = 0; x < PHOTO.width; x++) {
      const i = (y * PHOTO.width + x) * 3;
      const f = x / PHOTO.width;
      pixels[i] = Math.round(255 * f);
      pixels[i + 1] = Math.round(70 + 160 * f);
      pixels[i + 2] = Math.round(127 * (1 - f) + 60 * (y / PHOTO.height));
    }
  }
  const folder = path.join(project.dir, 'content/staedte/bilder');
  mkdirSync(folder, { recursive: true });
  await sharp(pixels, { raw: { ...PHOTO, channels: 3 } }).jpeg({ quality: 80 }).toFile(path.join(folder, 'testbild.jpg'));

  const mdx = path.join(project.dir, `content/staedte/${CITY}.mdx`);
  const source = readFileSync(mdx, 'utf8');
  const end = source.indexOf('\n---', 3);
  const bilder = [
    'bilder:',
    '  - datei: ./bilder/testbild.jpg',
    ...Object.entries(ENTRY).map(([k, v]) => `    ${k}: "${v}"`),
  ].join('\n');
  writeFileSync(mdx, `${source.slice(0, end)}\n${bilder}${source.slice(end)}`);
  dist = buildProject(project.dir);
});

after(() => project?.remove());

describe('a photo on a city page', () => {
  it('has AVIF and WebP sources with a responsive srcset, and a fallback <img>', () => {
    const $ = load(`${CITY}/`);
    const picture = $('main figure picture');
    assert.equal(picture.length, 1, 'one <picture> in the city page');
    const types = picture.find('source').map((_, s) => $(s).attr('type')).get();
    assert.deepEqual(types, ['image/avif', 'image/webp']);
    for (const source of picture.find('source').toArray()) {
      const candidates = ($(source).attr('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/));
      assert.ok(candidates.length >= 2, `several widths in ${$(source).attr('type')}: ${$(source).attr('srcset')}`);
      assert.ok(candidates.every(([, w]) => /^\d+w$/.test(w ?? '')), 'every candidate has a width descriptor');
      assert.ok($(source).attr('sizes'), 'sizes tells the browser how wide the photo is shown');
    }
    const img = picture.find('img');
    assert.equal(img.length, 1);
    assert.ok(img.attr('src')?.startsWith(`${BASE}_astro/`), `fallback under the base: ${img.attr('src')}`);
  });

  it('reserves its space: width and height keep the photo’s proportions', () => {
    const img = load(`${CITY}/`)('main figure img');
    const [w, h] = [Number(img.attr('width')), Number(img.attr('height'))];
    assert.ok(w > 0 && h > 0, 'width and height are set');
    assert.ok(Math.abs(w / h - PHOTO.width / PHOTO.height) < 0.01, `${w}×${h} keeps ${PHOTO.width}:${PHOTO.height}`);
  });

  it('loads lazily, below the text', () => {
    const img = load(`${CITY}/`)('main figure img');
    assert.equal(img.attr('loading'), 'lazy');
    assert.equal(img.attr('decoding'), 'async');
  });

  it('has its alt text, caption and credit', () => {
    const $ = load(`${CITY}/`);
    assert.equal($('main figure img').attr('alt'), ENTRY.alt);
    const caption = $('main figure figcaption').text().replace(/\s+/g, ' ');
    assert.ok(caption.includes(ENTRY.bildunterschrift), caption);
    assert.ok(caption.includes(ENTRY.bildnachweis), caption);
  });

  it('is really AVIF and WebP, in the widths the srcset promises', async () => {
    const $ = load(`${CITY}/`);
    const expected: Record<string, string> = { 'image/avif': 'heif', 'image/webp': 'webp' };
    for (const source of $('main figure source').toArray()) {
      for (const [url, w] of ($(source).attr('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/))) {
        const file = fileOf(url!);
        assert.ok(existsSync(file), `${url} exists in the build`);
        const meta = await sharp(file).metadata();
        assert.equal(meta.format, expected[$(source).attr('type')!], url ?? '');
        assert.equal(`${meta.width}w`, w, `${url} is as wide as its descriptor`);
      }
    }
    assert.ok(existsSync(fileOf($('main figure img').attr('src')!)), 'the fallback exists');
  });
});

describe('the credits page', () => {
  it('lists the photo with caption, credit and a link to its city', () => {
    const $ = load('bildnachweise/');
    const item = $('main li').filter((_, li) => $(li).text().includes(ENTRY.bildnachweis));
    assert.equal(item.length, 1, 'the credit is listed once');
    assert.ok(item.text().includes(ENTRY.bildunterschrift));
    assert.equal(item.find('a').attr('href'), `${BASE}${CITY}/`);
  });
});
