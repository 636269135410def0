/**
 * `npm run screenshot:redaktion`: pictures of the browser editor for the
 * editors' guide (docs/bilder/redaktion-*.png, 1280 px) and for looking at it
 * on phones (screenshots/redaktion-*-375.png, -320.png; light and dark).
 * Works on a copy of content/ in the browser; nothing on disk changes.
 * Needs `npm run build` first.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../tests/support/browser.ts';
import { ROOT, serve } from '../tests/support/site.ts';
import { openEditor } from '../tests/support/editor.ts';

const files: Record<string, string> = {};
for (const f of readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })) {
  if (f.endsWith('.mdx')) files[`content/${f}`] = readFileSync(path.join(ROOT, 'content', f), 'utf8');
}
mkdirSync(path.join(ROOT, 'docs/bilder'), { recursive: true });
mkdirSync(path.join(ROOT, 'screenshots'), { recursive: true });
const site = await serve();
const browser = await launch();

async function walk(width: number, scheme: 'light' | 'dark', save: (name: string, page: Page) => Promise<void>) {
  const { page } = await openEditor(browser, site.url('admin/'), files, { width, height: width < 500 ? 800 : 860, colorScheme: scheme });
  await page.getByRole('button', { name: /lokalem Repository/ }).waitFor();
  await page.waitForTimeout(800);
  await save('start', page);
  await page.getByRole('button', { name: /lokalem Repository/ }).click();
  // Phones show the list of collections first.
  const stryj = page.getByRole('gridcell', { name: 'Stryj', exact: true });
  await page.getByRole('treeitem', { name: /^Partnerstädte/ }).or(stryj).first().waitFor();
  if (!(await stryj.isVisible())) await page.getByRole('treeitem', { name: /^Partnerstädte/ }).click();
  await stryj.click();
  await page.getByRole('button', { name: 'Speichern' }).waitFor();
  const group = page.getByRole('group', { name: /Bürgermeister/ }).first();
  await group.scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await save('stadt', page);
  const kontakt = page.getByRole('group', { name: /Ansprechperson|Kontakt/ }).first();
  await kontakt.scrollIntoViewIfNeeded();
  await kontakt.getByRole('textbox', { name: /^E-?Mail/ }).fill('stryj(at)dueren');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('dialog').or(page.getByRole('alertdialog')).first().waitFor();
  await page.waitForTimeout(500);
  await save('fehler', page);
  await page.context().close();
}

await walk(1280, 'light', (name, page) => page.screenshot({ path: path.join(ROOT, `docs/bilder/redaktion-${name}.png`) }).then(() => {}));
for (const width of [375, 320]) {
  for (const scheme of ['light', 'dark'] as const) {
    await walk(width, scheme, (name, page) => page.screenshot({ path: path.join(ROOT, `screenshots/redaktion-${name}-${width}-${scheme}.png`) }).then(() => {}));
  }
}
await walk(1280, 'dark', (name, page) => page.screenshot({ path: path.join(ROOT, `screenshots/redaktion-${name}-1280-dark.png`) }).then(() => {}));
console.log('Bilder in docs/bilder/ und screenshots/.');
await browser.close();
await site.close();
