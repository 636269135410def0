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
import sharp from 'sharp';
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

async function walk(width: number, scheme: 'light' | 'dark', save: (name: string, page: Page) => Promise<void>): Promise<void> {
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
  // A number written the German way: the check's message beside the field, with its suggestion.
  const einwohner = page.getByRole('group', { name: /Einwohnerzahl/ }).first();
  await einwohner.scrollIntoViewIfNeeded();
  await einwohner.getByRole('textbox', { name: /^Zahl$/ }).fill('59.500');
  await page.getByRole('button', { name: 'Speichern' }).click();
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog')).first();
  await dialog.waitFor();
  await page.waitForTimeout(500);
  await save('dialog', page);
  await dialog.getByRole('button', { name: 'OK' }).click();
  const take = page.getByRole('button', { name: /^Übernehmen: / });
  await take.waitFor();
  await page.waitForTimeout(500);
  await save('fehler', page);
  if (width < 1000) return void (await page.context().close());
  // The suggestion taken, saved: what happens next.
  await take.click();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('status').filter({ hasText: 'Vorschlag' }).waitFor();
  await page.waitForTimeout(500);
  await save('gespeichert', page);
  await page.getByRole('button', { name: 'Verstanden' }).click();
  // A news item with a photo.
  await page.getByRole('treeitem', { name: /^Aktuelles/ }).click();
  await page.getByRole('button', { name: 'Neuen Eintrag anlegen' }).click();
  await page.getByRole('textbox', { name: /^Titel$/ }).fill('Besuch aus Valenciennes beim Stadtfest');
  await page.getByRole('textbox', { name: /^Datum$/ }).fill('2026-10-03');
  const photos = page.getByRole('group', { name: /Fotos/ }).first();
  await photos.scrollIntoViewIfNeeded();
  await photos.getByRole('button', { name: /hinzufügen/ }).last().click();
  const jpeg = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#2d6a4f' } }).jpeg().toBuffer();
  await page.locator('input[type=file]').first().setInputFiles({ name: 'stadtfest.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await photos.getByRole('textbox', { name: /^Alternativtext$/ }).fill('Grüne Fläche (Beispielbild)');
  await photos.getByRole('textbox', { name: /^Bildunterschrift$/ }).fill('Beispielbild für den Leitfaden');
  await photos.getByRole('textbox', { name: /^Bildnachweis$/ }).fill('Stadt Düren');
  await photos.scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await save('meldung-foto', page);
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
