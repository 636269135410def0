/**
 * A narrow or zoomed window (200 % zoom of a 1280 px window is 640 CSS px;
 * 2200 px at 200 % is 1100): the form is not squeezed into a column one field
 * wide beside the preview. Its fields span most of the window, and no preview
 * stands beside them. At 1400 px the preview is still beside the form.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './support/browser.ts';
import { ROOT, serve } from './support/site.ts';
import { cities } from './support/content.ts';
import { openEditor } from './support/editor.ts';

describe('the form in a narrow or zoomed window', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  const city = cities()[0]!;
  const files: Record<string, string> = {};

  before(async () => {
    site = await serve();
    browser = await launch();
    for (const f of readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })) {
      if (f.endsWith('.mdx')) files[`content/${f.split(path.sep).join('/')}`] = readFileSync(path.join(ROOT, 'content', f), 'utf8');
    }
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** The first text field's box and every visible preview frame's box, with the city's form open. */
  async function layout(width: number) {
    const { page } = await openEditor(browser, site.url('admin/'), files, { width, height: 900 });
    page.setDefaultTimeout(15_000);
    try {
      await page.getByRole('button', { name: /lokalem Repository/ }).click();
      await page.getByRole('treeitem', { name: /^Partnerstädte/ }).click();
      await page.getByRole('gridcell', { name: city.data.name, exact: true }).click();
      const field = page.locator('section.field[data-key-path] input[type=text]').first();
      await field.waitFor();
      const box = (await field.boundingBox())!;
      const frames = [];
      for (const f of await page.locator('iframe').all()) if (await f.isVisible()) frames.push((await f.boundingBox())!);
      return { box, frames };
    } finally {
      await page.context().close();
    }
  }

  for (const width of [640, 1100]) {
    test(`${width} px: the fields span at least 60 % of the window, and no preview stands beside them`, async () => {
      const { box, frames } = await layout(width);
      assert.ok(box.width >= 0.6 * width, `Feld ${Math.round(box.width)} px breit bei ${width} px Fensterbreite`);
      for (const f of frames) {
        const beside = f.x >= box.x + box.width - 1 && f.y < box.y + box.height && f.y + f.height > box.y;
        assert.ok(!beside, `Vorschau neben dem Formular: ${JSON.stringify(f)}`);
      }
    });
  }

  test('1400 px: the preview is still beside the form', async () => {
    const { box, frames } = await layout(1400);
    assert.ok(frames.some((f) => f.x >= box.x + box.width - 1), 'keine Vorschau neben dem Formular');
  });
});
