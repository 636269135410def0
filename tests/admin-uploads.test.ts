/**
 * The editor's media upload asks the site's image rule (src/lib/check/images.ts):
 * in headless Chromium, a staff member adds photos to Stryj. A file the rule
 * refuses (a PNG named .jpg, text named .png, an SVG) is not taken: the German
 * message of the rule appears, and no file reaches the working copy. A good
 * JPEG still goes through.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { launch } from './support/browser.ts';
import { ROOT, serve } from './support/site.ts';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cities } from './support/content.ts';
import { openEditor, readWorkingCopy } from './support/editor.ts';
import { imageFileProblems } from '../src/lib/check/images.ts';

describe('uploads in the editor go through the image rule', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const stryj = cities().find((c) => c.id === 'stryj')!;

  before(async () => {
    site = await serve();
    browser = await launch();
    const files = Object.fromEntries(
      readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => [`content/${f.split(path.sep).join('/')}`, readFileSync(path.join(ROOT, 'content', f), 'utf8')]),
    );
    ({ page } = await openEditor(browser, site.url('admin/'), files));
    page.setDefaultTimeout(15_000);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('button', { name: /lokalem Repository/ }).click();
    await page.getByRole('treeitem', { name: /^Partnerstädte/ }).click();
    await page.getByRole('gridcell', { name: stryj.data.name, exact: true }).click();
    await page.getByRole('button', { name: 'Speichern' }).waitFor();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Offers a file to the photo field's upload; returns the dialog text, if one came. */
  async function offer(name: string, mimeType: string, buffer: Buffer): Promise<string | undefined> {
    const photos = page.getByRole('group', { name: /Fotos/ }).first();
    await page.mouse.move(300, 500);
    for (let i = 0; i < 60 && !(await photos.count()); i++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(100);
    }
    await photos.scrollIntoViewIfNeeded();
    if (!(await page.locator('input[type=file]').count())) await photos.getByRole('button', { name: /hinzufügen/ }).last().click();
    const before = dialogs.length;
    await page.locator('input[type=file]').first().setInputFiles({ name, mimeType, buffer });
    // The check reads the file asynchronously: wait for its dialog or for Sveltia to take the file.
    for (let i = 0; i < 100 && dialogs.length === before && !(await page.getByText(name).count()); i++) await page.waitForTimeout(50);
    return dialogs.slice(before)[0];
  }

  const png = () => sharp({ create: { width: 80, height: 60, channels: 3, background: '#1b4965' } }).png().toBuffer();

  for (const [name, mime, bytes] of [
    ['umbenannt.jpg', 'image/jpeg', png],
    ['text.png', 'image/png', async () => Buffer.from('Das ist kein Bild.\n')],
    ['wappen.svg', 'image/svg+xml', async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
  ] as const) {
    test(`${name} is refused with the rule's German message, and nothing is written`, async () => {
      const buffer = await bytes();
      const expected = imageFileProblems(name, buffer);
      assert.ok(expected.length > 0, 'the rule refuses it');
      const message = await offer(name, mime, buffer);
      assert.ok(message, 'a message appeared');
      assert.ok(message.includes(expected[0]!), `the rule's message:\n${message}`);
      assert.ok(message.includes(name), 'the message names the file');
      const copy = await readWorkingCopy(page);
      assert.ok(!Object.keys(copy).some((f) => f.endsWith(name)), 'no such file in the working copy');
    });
  }

  test('a file dropped onto the editor goes through the same rule', async () => {
    const before = dialogs.length;
    const name = 'gezogen.png';
    await page.evaluate((name) => {
      const data = new DataTransfer();
      data.items.add(new File(['Das ist kein Bild.'], name, { type: 'image/png' }));
      const target = document.querySelector('input[type=file]')?.parentElement ?? document.body;
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, name);
    for (let i = 0; i < 100 && dialogs.length === before; i++) await page.waitForTimeout(50);
    const message = dialogs.slice(before)[0] ?? '';
    assert.ok(message.includes(`${name}: ${imageFileProblems(name, Buffer.from('Das ist kein Bild.'))[0]}`), message);
  });

  test('a file pasted into the editor goes through the same rule', async () => {
    const before = dialogs.length;
    const name = 'eingefuegt.jpg';
    await page.evaluate((name) => {
      const data = new DataTransfer();
      data.items.add(new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], name, { type: 'image/jpeg' }));
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, name);
    for (let i = 0; i < 100 && dialogs.length === before; i++) await page.waitForTimeout(50);
    const message = dialogs.slice(before)[0] ?? '';
    assert.ok(message.includes(`${name}: ${imageFileProblems(name, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))[0]}`), message);
  });

  test('a good JPEG dropped onto the photo field is handed on to the editor', async () => {
    const jpeg = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#bee9e8' } }).jpeg().toBuffer();
    const before = dialogs.length;
    await page.evaluate((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'gezogen-gut.jpg', { type: 'image/jpeg' }));
      const input = document.querySelector('input[type=file]')!;
      // Where a person would drop it: the field's drop area beside its hidden file input.
      const zone = input.parentElement!.querySelector('.drop-target') ?? input.parentElement!;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [...jpeg]);
    await page.getByText('gezogen-gut.jpg').first().waitFor();
    assert.equal(dialogs.length, before, 'no message');
  });

  test('a good JPEG is taken', async () => {
    const jpeg = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#62b6cb' } }).jpeg().toBuffer();
    const message = await offer('gut.jpg', 'image/jpeg', jpeg);
    assert.equal(message, undefined);
    await page.getByText('gut.jpg').first().waitFor();
  });
});
