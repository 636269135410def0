/**
 * Share images are reproducible: the same content gives the same bytes, in one
 * process, in another process that sees no installed fonts at all, and in a
 * second build of the whole site.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT } from './support/site.ts';
import { buildProject, copyProject, makeFixture } from './support/fixture.ts';
import sharp from 'sharp';
import { cachedOgImage, checkGlyphs, COLORS, MAP_COLORS, MissingGlyphError, ogCacheKey, ogSvg, renderOgImage, type OgInput } from '../src/lib/og.ts';
import { cities } from './support/content.ts';

// Latin, Latin Extended and Cyrillic letters, a long title that wraps, and a map.
const INPUT: OgInput = {
  title: 'Gradačac, Karadeniz Ereğli und Стрий: eine Überschrift, die umbrechen muss',
  label: 'Partnerstädte der Stadt Düren',
  subtitle: 'Bosnien und Herzegowina · 1.400\u00a0km',
  footer: 'www.dueren.de/partnerstaedte',
  map: { breite: 44.88, laenge: 18.43, name: 'Gradačac', land: 'BA' },
};

const pngs = (dir: string) =>
  readdirSync(path.join(dir, 'og'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png')).sort();

describe('one share image, rendered again', () => {
  it('gives the same bytes twice in one process', async () => {
    const [a, b] = [await renderOgImage(INPUT), await renderOgImage(INPUT)];
    assert.ok(a.length > 1000, 'a real image');
    assert.ok(a.equals(b));
  });

  it('draws its text as outlines, so no installed font is ever used', () => {
    const svg = ogSvg(INPUT);
    assert.doesNotMatch(svg, /<text|font-family|<image/);
    assert.notEqual(ogSvg({ ...INPUT, title: 'Anders' }), svg, 'the title is in the drawing');
  });

  it('gives the same bytes in a process that has no fonts at all', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'partnerstaedte-fonts-'));
    try {
      // A fontconfig setup that knows no font directory: any text drawn with system fonts would vanish.
      writeFileSync(path.join(tmp, 'fonts.conf'), '<?xml version="1.0"?><fontconfig><cachedir>' + tmp + '</cachedir></fontconfig>');
      const script = `import { renderOgImage } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/lib/og.ts')).href)};
        process.stdout.write((await renderOgImage(${JSON.stringify(INPUT)})).toString('base64'));`;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: ROOT,
        env: { ...process.env, FONTCONFIG_FILE: path.join(tmp, 'fonts.conf'), FONTCONFIG_PATH: tmp },
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
      assert.equal(child.status, 0, child.stderr);
      assert.ok(Buffer.from(child.stdout, 'base64').equals(await renderOgImage(INPUT)));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('names in their own scripts', () => {
  const { map: _map, ...noMap } = INPUT;
  const withTitle = (title: string) => renderOgImage({ ...noMap, title });

  it('draws Chinese characters as themselves, not as boxes', async () => {
    const [jinhua, tokyo] = await Promise.all([withTitle('金华市'), withTitle('东京')]);
    assert.ok(!jinhua.equals(tokyo), '金华市 and 东京 give different images');
    // A box would be the same few strokes for every character: the outlines differ.
    assert.notEqual(ogSvg({ ...INPUT, title: '金' }), ogSvg({ ...INPUT, title: '华' }));
  });

  it('draws Cyrillic, Greek, Turkish and Bosnian letters', async () => {
    for (const [a, b] of [['Стрий', 'Стрик'], ['Ηράκλεια', 'Ηράκλειο'], ['Ereğli', 'Eregli'], ['Gradačac', 'Gradacac']]) {
      assert.ok(!(await withTitle(a!)).equals(await withTitle(b!)), `${a} ≠ ${b}`);
      checkGlyphs(a!);
    }
  });

  it('stops with a German message naming the character instead of drawing a box', () => {
    for (const text of ['Düren 𓀀', 'Schalom שלום']) {
      assert.throws(() => ogSvg({ ...INPUT, title: text }), (error: unknown) => {
        assert.ok(error instanceof MissingGlyphError);
        assert.match(error.message, /^Das Zeichen ».+« \(U\+[0-9A-F]{4,}\) in ».+« kann das Vorschaubild nicht zeichnen/);
        assert.ok(error.message.includes(text), 'quotes the text');
        return true;
      });
    }
  });

  it('stops the build, naming file and field', () => {
    const fixture = makeFixture('glyph');
    try {
      const file = 'content/staedte/jinhua.mdx';
      fixture.write(file, fixture.read(file).replace(/^(\s+name:) 金华市$/m, '$1 金华市 𓀀'));
      const { status, output } = fixture.build();
      assert.notEqual(status, 0, 'the build fails');
      const line = fixture.read(file).split('\n').findIndex((l) => l.includes('𓀀')) + 1;
      // The content check knows the fonts' characters (src/lib/check/og-glyphs.ts): it stops the build before Astro runs.
      assert.match(output, /✖ Fehler in content\/staedte\/jinhua\.mdx\n/);
      assert.match(output, new RegExp(`Zeile ${line}, Name in Landessprache, Name: Das Zeichen »𓀀« \\(U\\+13000\\)`));
      assert.equal(existsSync(path.join(fixture.dir, 'dist')), false, 'nothing half-built is left as dist/');
    } finally {
      fixture.remove();
    }
  });
});

describe('the locator map in a city\'s share image', () => {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  /** Pixels of the map's box (x 760–1120, y 150–480) within a small distance of a colour (the PNG has a 16-colour palette). */
  async function pixels(png: Buffer, hex: string): Promise<number> {
    const { data } = await sharp(png).extract({ left: 760, top: 150, width: 360, height: 330 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const [r, g, b] = rgb(hex);
    let n = 0;
    for (let i = 0; i < data.length; i += 3) if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 24) n++;
    return n;
  }

  for (const city of cities()) {
    const input: OgInput = {
      ...INPUT,
      title: city.data.name,
      map: { ...city.data.koordinaten, name: city.data.name, land: city.data.land.code },
    };
    it(`${city.id}: shows land, the city's country highlighted, its marker and both names`, async () => {
      const svg = ogSvg(input);
      const png = await renderOgImage(input);
      assert.ok((await pixels(png, MAP_COLORS.land)) > 2000, 'land is drawn');
      assert.ok((await pixels(png, MAP_COLORS.country)) > 150, `${city.data.land.code} is highlighted`);
      // The city's marker and name in the accent colour, Düren's in white.
      assert.ok((await pixels(png, COLORS.accent)) > 200, 'marker and name of the city');
      assert.ok((await pixels(png, COLORS.text)) > 200, 'marker and name of Düren');
      // Another name gives another label: the names are drawn, not just the markers.
      assert.notEqual(ogSvg({ ...input, map: { ...input.map!, name: `${city.data.name}x` } }), svg);
      // Without the country code nothing is highlighted.
      const { land: _land, ...noLand } = input.map!;
      assert.ok((await pixels(await renderOgImage({ ...input, map: noLand }), MAP_COLORS.country)) < 20, 'only the given country is highlighted');
    });
  }
});

describe('the image cache', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'partnerstaedte-ogcache-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const count = () => readdirSync(dir).filter((f) => f.endsWith('.png')).length;

  it('gives the bytes it would draw, and draws only what changed', async () => {
    const other: OgInput = { ...INPUT, title: 'Ein anderer Titel' };
    const first = [await cachedOgImage(INPUT, dir), await cachedOgImage(other, dir)];
    assert.equal(count(), 2);
    assert.ok(first[0]!.equals(await renderOgImage(INPUT)), 'cached = drawn');
    const again = [await cachedOgImage(INPUT, dir), await cachedOgImage(other, dir)];
    assert.equal(count(), 2, 'nothing new for unchanged images');
    assert.ok(again[0]!.equals(first[0]!) && again[1]!.equals(first[1]!));
    const changed = await cachedOgImage({ ...other, title: 'Ein geänderter Titel' }, dir);
    assert.equal(count(), 3, 'one new image for the changed title');
    assert.ok(!changed.equals(first[1]!));
  });

  it('keys an image by everything it shows, and by nothing else', () => {
    const key = ogCacheKey(INPUT);
    const { subtitle: _subtitle, ...noSubtitle } = INPUT;
    for (const other of [
      { ...INPUT, label: 'Anders' },
      { ...INPUT, footer: 'example.org' },
      noSubtitle,
      { ...INPUT, map: { ...INPUT.map!, land: 'HR' } },
      { ...INPUT, map: { ...INPUT.map!, breite: 44.9 } },
    ]) {
      assert.notEqual(ogCacheKey(other), key, JSON.stringify(other));
    }
    // What the page adds for its head (og:image:alt, the file for error messages) is not in the image.
    assert.equal(ogCacheKey({ ...INPUT, alt: 'Beschreibung', file: 'content/x.mdx' } as OgInput), key);
  });

  it('gives every image a new key when the code that draws it changes', () => {
    const copy = copyProject('ogkey');
    try {
      const keyIn = (dir: string) => {
        const script = `import { ogCacheKey } from ${JSON.stringify(pathToFileURL(path.join(dir, 'src/lib/og.ts')).href)};
          process.stdout.write(ogCacheKey(${JSON.stringify(INPUT)}));`;
        const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
        assert.equal(child.status, 0, child.stderr);
        return child.stdout;
      };
      const before = keyIn(copy.dir);
      assert.equal(before, ogCacheKey(INPUT), 'the same project gives the same key');
      const map = path.join(copy.dir, 'src/lib/map.ts');
      writeFileSync(map, readFileSync(map, 'utf8').replace('labels 22 units', 'labels 22 units (changed)'));
      assert.notEqual(keyIn(copy.dir), before, 'a change to the map module');
    } finally {
      copy.remove();
    }
  });
});

describe('a second build of the same content', () => {
  let project: ReturnType<typeof copyProject>;
  let second: string;
  before(() => {
    project = copyProject('og');
    // No cache: the second build draws every image again.
    second = buildProject(project.dir, { OG_CACHE_DIR: 'off' });
  });
  after(() => project?.remove());

  it('writes the same share images, byte for byte', () => {
    const files = pngs(DIST);
    assert.ok(files.length > 0, 'the site has share images');
    assert.deepEqual(pngs(second), files, 'the same images');
    for (const f of files) {
      assert.ok(readFileSync(path.join(DIST, 'og', f)).equals(readFileSync(path.join(second, 'og', f))), `og/${f} is identical`);
    }
  });
});
