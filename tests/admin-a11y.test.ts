/**
 * axe-core (WCAG 2.1 A and AA) on the editor's screens, offline in Chromium:
 * the start screen, a collection's list, a city's form, the dialog of a
 * rejected save, the form with the check's messages at the fields, and the
 * media library with a photo. What remains in Sveltia itself (one finding in
 * the media library) is written up in docs/redaktion.md (appendix for IT).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { launch } from './support/browser.ts';
import { ROOT, serve } from './support/site.ts';
import { cities } from './support/content.ts';
import { openEditor } from './support/editor.ts';

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's findings on the page as it is now, one line per element. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the editor's CSP does not govern.
  await page.evaluate(AXE);
  const found = (await page.evaluate(
    async (tags) => (await (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: unknown[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations,
    WCAG_TAGS,
  )) as { id: string; help: string; nodes: { target: string[] }[] }[];
  return found.flatMap((v) => v.nodes.map((n) => `[${v.id}] ${v.help}: ${n.target.join(' ')}`));
}

describe('axe-core on the editor’s screens', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let page: Page;
  const city = cities()[0]!;

  before(async () => {
    site = await serve();
    browser = await launch();
    const files: Record<string, string> = {};
    for (const f of readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })) {
      if (f.endsWith('.mdx')) files[`content/${f.split(path.sep).join('/')}`] = readFileSync(path.join(ROOT, 'content', f), 'utf8');
    }
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2d6a4f' } }).jpeg().toBuffer();
    files['content/staedte/bilder/barrierefreiheit-test.jpg'] = `base64:${photo.toString('base64')}`;
    ({ page } = await openEditor(browser, site.url('admin/'), files));
    page.setDefaultTimeout(15_000);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('start screen', async () => {
    await page.getByRole('button', { name: /lokalem Repository/ }).waitFor();
    assert.deepEqual(await violations(page), []);
  });

  test('list of partner cities', async () => {
    await page.getByRole('button', { name: /lokalem Repository/ }).click();
    await page.getByRole('treeitem', { name: /^Partnerstädte/ }).click();
    await page.getByRole('gridcell', { name: city.data.name, exact: true }).waitFor();
    assert.deepEqual(await violations(page), []);
  });

  test('a city’s form with the preview', async () => {
    await page.getByRole('gridcell', { name: city.data.name, exact: true }).click();
    await page.getByRole('button', { name: 'Speichern' }).waitFor();
    await page.frameLocator('iframe').first().getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(await violations(page), []);
  });

  test('the dialog of a rejected save, then the messages at the fields', async () => {
    const group = page.getByRole('group', { name: /Einwohnerzahl/ }).first();
    await group.scrollIntoViewIfNeeded();
    await group.getByRole('textbox', { name: /^Zahl$/ }).fill('59.500');
    await page.getByRole('button', { name: 'Speichern' }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog')).first();
    await dialog.waitFor();
    assert.deepEqual(await violations(page), [], 'Dialog');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('button', { name: /^Übernehmen: / }).waitFor();
    assert.deepEqual(await violations(page), [], 'Meldungen an den Feldern');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Bearbeitung abbrechen' }).click();
  });

  test('media library with a photo: only the finding in Sveltia that docs/redaktion.md writes up', async () => {
    await page.evaluate(() => (location.hash = '#/assets'));
    await page.getByText('barrierefreiheit-test.jpg').first().waitFor();
    // Sveltia's asset list is a role="listbox" whose items are not role="option" (Sveltia 0.221).
    const known = (v: string) => v.startsWith('[aria-required-children]') && v.endsWith(': .listbox');
    const found = await violations(page);
    assert.deepEqual(found.filter((v) => !known(v)), []);
  });
});
