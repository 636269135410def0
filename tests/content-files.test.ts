/**
 * Files under content/ that must never reach the build: links, things that are
 * not regular files, file types the site does not take (SVG among them), and
 * photos that are not what their names say, are broken or too large. Each case
 * on a copy of the project: `npm run pruefen` and `npm run build` both refuse it
 * with a German message naming the file (and the field of the text that uses
 * the photo), and the last good dist/ stays as it was.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { makeFixture, type Fixture } from './support/fixture.ts';
import { MAX_IMAGE_MEGAPIXELS } from '../src/lib/check/images.ts';

let fx: Fixture;
let outside: string;
const CITY = 'content/staedte/stryj.mdx';
const MARK = '<!doctype html><title>zuletzt gebaut</title>';
let cityText: string;

/** Runs a project script in the copy. */
function run(script: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [script], {
    cwd: fx.dir,
    encoding: 'utf8',
    env: { ...process.env, SITE_DIST: 'dist', ASTRO_CACHE_DIR: path.join(fx.dir, '.astro-cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Both commands refuse the content with these words, and dist/ stays as it was. */
function refused(...words: (string | RegExp)[]): void {
  for (const script of ['scripts/pruefen.ts', 'scripts/build.ts']) {
    const { status, output } = run(script);
    assert.equal(status, 1, `${script} fails:\n${output}`);
    for (const w of words) {
      if (typeof w === 'string') assert.ok(output.includes(w), `${script} says »${w}«:\n${output}`);
      else assert.match(output, w, script);
    }
    assert.doesNotMatch(output, /could not optimize|Error:|at .*\.(ts|js):\d+/i, `${script}: no technical error`);
    assert.equal(fx.read('dist/index.html'), MARK, `${script}: dist/ unchanged`);
  }
}

/** The city uses `datei` as its first photo. */
function useInCity(datei: string): void {
  const end = cityText.indexOf('\n---', 3);
  const bilder = ['bilder:', `  - datei: ${datei}`, '    alt: "Ein Testbild"', '    bildunterschrift: "Test"', '    bildnachweis: "Testlauf"'].join('\n');
  fx.write(CITY, `${cityText.slice(0, end)}\n${bilder}${cityText.slice(end)}`);
}

const bilder = (name: string) => path.join(fx.dir, 'content/staedte/bilder', name);

async function jpeg(width = 320, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2a6f97' } }).jpeg().toBuffer();
}

before(() => {
  fx = makeFixture('dateien');
  outside = mkdtempSync(path.join(tmpdir(), 'partnerstaedte-aussen-'));
  cityText = fx.read(CITY);
  mkdirSync(fx.file('dist'), { recursive: true });
  fx.write('dist/index.html', MARK);
  mkdirSync(fx.file('content/staedte/bilder'), { recursive: true });
  assert.equal(run('scripts/pruefen.ts').status, 0, 'the copy passes before each case');
});

after(() => {
  fx?.remove();
  if (outside) rmSync(outside, { recursive: true, force: true });
});

/** Each case starts from the unchanged copy. */
function reset(): void {
  fx.write(CITY, cityText);
  rmSync(fx.file('content/staedte/bilder'), { recursive: true, force: true });
  mkdirSync(fx.file('content/staedte/bilder'), { recursive: true });
}

describe('files under content/', () => {
  it('a symlinked page pointing outside the repository is refused, not published', () => {
    reset();
    const target = path.join(outside, 'geheim.mdx');
    writeFileSync(target, '---\ntitel: Geheim\nbeschreibung: Eine Seite, die von außerhalb des Inhalts kommt und nie erscheinen darf.\n---\n\nGEHEIM-4711\n');
    symlinkSync(target, fx.file('content/seiten/geheim.mdx'));
    try {
      refused('content/seiten/geheim.mdx', 'Verknüpfung');
      assert.doesNotMatch(run('scripts/build.ts').output, /GEHEIM-4711/);
    } finally {
      rmSync(fx.file('content/seiten/geheim.mdx'));
    }
  });

  it('a symlinked folder is refused', () => {
    reset();
    rmSync(fx.file('content/staedte/bilder'), { recursive: true });
    symlinkSync(outside, fx.file('content/staedte/bilder'));
    try {
      refused('content/staedte/bilder', 'Verknüpfung');
    } finally {
      rmSync(fx.file('content/staedte/bilder'));
    }
  });

  it('content/ itself as a link is refused', () => {
    reset();
    const moved = fx.file('inhalt-echt');
    renameSync(fx.file('content'), moved);
    symlinkSync(moved, fx.file('content'));
    try {
      refused('content', 'Verknüpfung');
    } finally {
      rmSync(fx.file('content'));
      renameSync(moved, fx.file('content'));
    }
  });

  it('something that is not a regular file (a FIFO) is refused', () => {
    reset();
    const fifo = fx.file('content/seiten/warteschlange.mdx');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    try {
      refused('content/seiten/warteschlange.mdx', 'keine gewöhnliche Datei');
    } finally {
      rmSync(fifo);
    }
  });

  it('an SVG is refused, saying why and what to do', () => {
    reset();
    writeFileSync(bilder('wappen.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    refused('content/staedte/bilder/wappen.svg', 'SVG', 'Programmcode', 'PNG');
  });

  it('other file types are refused', () => {
    reset();
    writeFileSync(bilder('notiz.txt'), 'eine Notiz');
    writeFileSync(bilder('daten.yml'), 'a: 1\n');
    refused('content/staedte/bilder/notiz.txt', 'content/staedte/bilder/daten.yml', 'nur Texte (.mdx) und Fotos');
  });
});

describe('photos', () => {
  it('a truncated JPEG is refused, named with the field that uses it', async () => {
    reset();
    const whole = await jpeg(800, 600);
    writeFileSync(bilder('abgeschnitten.jpg'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    useInCity('./bilder/abgeschnitten.jpg');
    refused('content/staedte/bilder/abgeschnitten.jpg', CITY, '1. Foto, Bilddatei', 'nicht lesen');
  });

  it('a PNG named .jpg is refused', async () => {
    reset();
    writeFileSync(bilder('umbenannt.jpg'), await sharp({ create: { width: 300, height: 200, channels: 3, background: '#fff' } }).png().toBuffer());
    useInCity('./bilder/umbenannt.jpg');
    refused('content/staedte/bilder/umbenannt.jpg', 'ist aber ein PNG-Bild', CITY);
  });

  it('a text file named .png is refused', () => {
    reset();
    writeFileSync(bilder('text.png'), 'Das ist kein Bild.\n');
    useInCity('./bilder/text.png');
    refused('content/staedte/bilder/text.png', 'ist aber eine Textdatei', CITY);
  });

  it(`a 20000 × 20000 px PNG is refused with the limit (${MAX_IMAGE_MEGAPIXELS} Megapixel) and its size`, async () => {
    reset();
    await sharp({ create: { width: 20000, height: 20000, channels: 3, background: '#336699' }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toFile(bilder('riesig.png'));
    useInCity('./bilder/riesig.png');
    refused('content/staedte/bilder/riesig.png', `höchstens`, `${MAX_IMAGE_MEGAPIXELS} Megapixel`, '400 Megapixel', '20000 × 20000', CITY);
  });

  it('a photo path leading out of content/ is refused', () => {
    reset();
    useInCity('../../../../geheim.jpg');
    refused(CITY, 'content/ hinaus');
  });

  it('good photos in every allowed format pass', async () => {
    reset();
    const base = sharp({ create: { width: 640, height: 480, channels: 3, background: '#7a9e3b' } });
    writeFileSync(bilder('a.jpg'), await base.clone().jpeg().toBuffer());
    writeFileSync(bilder('b.png'), await base.clone().png().toBuffer());
    writeFileSync(bilder('c.webp'), await base.clone().webp().toBuffer());
    writeFileSync(bilder('d.avif'), await base.clone().avif().toBuffer());
    const end = cityText.indexOf('\n---', 3);
    const entries = ['a.jpg', 'b.png', 'c.webp', 'd.avif'].flatMap((f) => [`  - datei: ./bilder/${f}`, `    alt: "Testbild ${f}"`, '    bildunterschrift: "Test"', '    bildnachweis: "Testlauf"']);
    fx.write(CITY, `${cityText.slice(0, end)}\nbilder:\n${entries.join('\n')}${cityText.slice(end)}`);
    const check = run('scripts/pruefen.ts');
    assert.equal(check.status, 0, check.output);
    // Astro optimises every one of them (the last case: the build replaces the marker dist/).
    const build = run('scripts/build.ts');
    assert.equal(build.status, 0, build.output);
    const page = fx.read('dist/stryj/index.html');
    for (const f of ['a.jpg', 'b.png', 'c.webp', 'd.avif']) assert.ok(page.includes(`alt="Testbild ${f}"`), `${f} is on the page`);
  });
});

