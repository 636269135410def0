/**
 * Share images are reproducible: the same content gives the same bytes, in one
 * process, in another process that sees no installed fonts at all, and in a
 * second build of the whole site.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT } from './support/site.ts';
import { buildProject, copyProject } from './support/fixture.ts';
import { ogSvg, renderOgImage, type OgInput } from '../src/lib/og.ts';

// Latin, Latin Extended and Cyrillic letters, a long title that wraps, and a map.
const INPUT: OgInput = {
  title: 'Gradačac, Karadeniz Ereğli und Стрий: eine Überschrift, die umbrechen muss',
  label: 'Partnerstädte der Stadt Düren',
  subtitle: 'Bosnien und Herzegowina · 1.400\u00a0km',
  footer: 'www.dueren.de/partnerstaedte',
  map: { breite: 44.88, laenge: 18.43, name: 'Gradačac' },
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

describe('a second build of the same content', () => {
  let project: ReturnType<typeof copyProject>;
  let second: string;
  before(() => {
    project = copyProject('og');
    second = buildProject(project.dir);
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
