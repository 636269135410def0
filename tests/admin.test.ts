/**
 * The browser editor end to end, offline, in headless Chromium: the built
 * dist/admin/ works on a copy of content/ (in the browser's private file
 * system), a staff member changes a fact, makes a mistake, adds a news item;
 * the files change exactly as intended, and the site builds from them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { launch } from './support/browser.ts';
import { DIST, ROOT, serve } from './support/site.ts';
import { cities } from './support/content.ts';
import { makeFixture, type Fixture } from './support/fixture.ts';
import { openEditor, readWorkingCopy } from './support/editor.ts';
import { checkEntry } from '../src/admin/check.ts';
import { readEntryFile, writeEntryFile } from '../src/lib/entry-file.ts';
import { newsSchema } from '../src/schemas/news.ts';

type Field = { name: string; label: string; fields?: Field[] };
type Collection = { name: string; label: string; label_singular: string; folder: string; fields: Field[] };
const config = parse(readFileSync(path.join(DIST, 'admin/config.yml'), 'utf8')) as { collections: Collection[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
/** The form label of a field, from the published configuration: label('staedte', 'buergermeister', 'name'). */
const label = (name: string, ...fieldPath: string[]): string => {
  let fields = collection(name).fields;
  let found: Field | undefined;
  for (const key of fieldPath) {
    found = fields.find((f) => f.name === key);
    assert.ok(found, `Feld ${fieldPath.join('.')} fehlt in der Konfiguration`);
    fields = found.fields ?? [];
  }
  return found!.label;
};
const exact = (s: string) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Every file under content/, as the working copy the editor opens. */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })) {
    const full = path.join(ROOT, 'content', f);
    if (/\.(mdx?|ya?ml)$/.test(f)) files[`content/${f.split(path.sep).join('/')}`] = readFileSync(full, 'utf8');
  }
  return files;
}

/** Where a failing step leaves its screenshot: the project's test-results/ folder (git ignores it). */
const failShot = (name: string) => path.join(import.meta.dirname, '..', 'test-results', `redaktion-${name}-fehler.png`);

function changedFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  const all = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...all].filter((f) => before[f] !== after[f]).sort();
}

/** The working copy once a save has changed it and the writing is over (two equal reads). */
async function waitForChange(page: Page, before: Record<string, string>): Promise<Record<string, string>> {
  let last: Record<string, string> | undefined;
  for (let i = 0; i < 150; i++) {
    await page.waitForTimeout(100);
    // A file being written can be missing for a moment.
    const now = await readWorkingCopy(page).catch(() => undefined);
    if (!now) continue;
    if (changedFiles(before, now).length && last && !changedFiles(last, now).length) return now;
    last = now;
  }
  return last ?? before;
}

/** Sveltia renders a long form lazily: scroll the field's group into view before using it. */
async function fieldIn(page: Page, groupLabel: string, fieldLabel: string) {
  const group = page.getByRole('group', { name: new RegExp(groupLabel) }).first();
  await group.scrollIntoViewIfNeeded();
  const box = group.getByRole('textbox', { name: exact(fieldLabel) });
  await box.waitFor();
  return box;
}

/** Fills a field and makes sure the form kept the value (a form still starting up may drop the first input). */
async function fill(box: ReturnType<Page['getByRole']>, value: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await box.fill(value);
    await box.page().waitForTimeout(100);
    if ((await box.inputValue()) === value) return;
  }
  assert.equal(await box.inputValue(), value);
}

async function openEntry(page: Page, collectionName: string, entryName: string): Promise<void> {
  await page.getByRole('treeitem', { name: new RegExp(`^${collection(collectionName).label}`) }).click();
  await page.getByRole('gridcell', { name: exact(entryName) }).click();
  await page.getByRole('button', { name: 'Speichern' }).waitFor();
}

describe('Redaktion im Browser (Sveltia CMS, lokale Arbeitskopie)', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let fixture: Fixture;
  const original = contentFiles();
  let current = original;
  const stryj = cities().find((c) => c.id === 'stryj')!;
  const valenciennes = cities().find((c) => c.id === 'valenciennes')!;

  before(async () => {
    site = await serve();
    browser = await launch();
    ({ page, problems } = await openEditor(browser, site.url('admin/'), original));
    page.setDefaultTimeout(15_000);
    fixture = makeFixture('redaktion');
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    fixture?.remove();
  });

  test('the start screen is German and offers the local working copy', async () => {
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    await page.getByRole('button', { name: /lokalem Repository/ }).click();
    for (const c of config.collections) await page.getByRole('treeitem', { name: new RegExp(`^${c.label}`) }).waitFor();
  });

  test("changing Stryj's mayor changes that one line of that one file", async () => {
    await openEntry(page, 'staedte', stryj.data.name);
    const box = await fieldIn(page, label('staedte', 'buergermeister'), label('staedte', 'buergermeister', 'name'));
    assert.equal(await box.inputValue(), stryj.data.buergermeister.name);
    const newName = 'Erika Mustermann-Testfall';
    await fill(box, newName);
    await page.getByRole('button', { name: 'Speichern' }).click();
    const now = await waitForChange(page, current);
    const file = 'content/staedte/stryj.mdx';
    assert.deepEqual(changedFiles(current, now), [file]);
    const before = current[file]!.split('\n');
    const after = now[file]!.split('\n');
    assert.equal(after.length, before.length);
    const differing = before.map((_, i) => i).filter((i) => before[i] !== after[i]);
    assert.equal(differing.length, 1, `geänderte Zeilen: ${differing.map((i) => after[i]).join(' | ')}`);
    assert.equal(after[differing[0]!], before[differing[0]!]!.replace(stryj.data.buergermeister.name, newName));
    current = now;
  });

  test('a wrong e-mail address shows the check’s German message and writes nothing', async () => {
    await openEntry(page, 'staedte', stryj.data.name);
    const wrong = 'stryj(at)dueren';
    const box = await fieldIn(page, label('staedte', 'kontakt'), label('staedte', 'kontakt', 'email'));
    await fill(box, wrong);
    await page.getByRole('button', { name: 'Speichern' }).click();
    // The messages the content check gives for this file (not a copy of today's wording).
    const file = 'content/staedte/stryj.mdx';
    const { data } = readEntryFile(current[file]!);
    const wrongText = writeEntryFile({ ...data, kontakt: { ...(data.kontakt as object), email: wrong } }, current[file]);
    const expected = checkEntry(file, wrongText).filter((p) => p.severity === 'fehler');
    assert.ok(expected.length > 0, 'die Prüfung muss die Adresse ablehnen');
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog')).filter({ hasText: expected[0]!.message });
    await dialog.waitFor({ timeout: 10_000 });
    const shown = await dialog.innerText();
    assert.match(shown, /content\/staedte\/stryj\.mdx/);
    for (const p of expected) assert.ok(shown.includes(p.message), `Meldung fehlt: ${p.message}`);
    assert.deepEqual(changedFiles(current, await readWorkingCopy(page)), []);
    await dialog.getByRole('button', { name: 'OK' }).click();
    // A write that came late would show in the next save: that test finds exactly one changed file
    // and checks this one is unchanged.
  });

  test('a news item for Valenciennes is saved where the site finds it', async () => {
    // Leave the rejected form without saving.
    await page.getByRole('button', { name: 'Bearbeitung abbrechen' }).click();
    await page.getByRole('treeitem', { name: new RegExp(`^${collection('aktuelles').label}`) }).click();
    await page.getByRole('button', { name: 'Neuen Eintrag anlegen' }).click();
    const field = (...p: string[]) => page.getByRole('textbox', { name: exact(label('aktuelles', ...p)) });
    const today = new Date().toISOString().slice(0, 10);
    const titel = `Testmeldung zu ${valenciennes.data.name}`;
    await field('titel').waitFor();
    await fill(field('titel'), titel);
    await fill(field('datum'), today);
    await fill(field('herausgeber'), 'Stadt Düren');
    await page.getByRole('combobox', { name: exact(label('aktuelles', 'staedte')) }).click();
    await page.getByRole('option', { name: exact(valenciennes.data.name) }).click();
    await fill(field('beschreibung'), `Eine Testmeldung über ${valenciennes.data.name}, geschrieben im Browser-Editor, mit genug Zeichen.`);
    await fill(field('quelle', 'name'), 'Testquelle');
    await page.getByRole('textbox', { name: exact(label('aktuelles', 'body')) }).fill('Ein Absatz der Testmeldung.');
    await page.getByRole('button', { name: 'Speichern' }).click();
    const now = await waitForChange(page, current);
    const added = changedFiles(current, now);
    if (added.length !== 1) await page.screenshot({ path: failShot('news'), fullPage: true });
    assert.equal(now['content/staedte/stryj.mdx'], current['content/staedte/stryj.mdx'], 'die abgelehnte E-Mail-Adresse wurde nicht gespeichert');
    assert.equal(added.length, 1, `geänderte Dateien: ${added.join(', ')}`);
    const file = added[0]!;
    assert.equal(current[file], undefined, 'eine neue Datei');
    assert.match(file, new RegExp(`^${collection('aktuelles').folder}/[a-z0-9-]+\\.mdx$`));
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(now[file]!)![1]!);
    const data = newsSchema(z.string()).parse(front);
    assert.equal(data.titel, titel);
    assert.deepEqual(data.staedte, [valenciennes.id]);
    assert.equal(data.datum.toISOString().slice(0, 10), today);
    current = now;
  });

  test('a photo added to Stryj lands beside the city file, referenced as the image pipeline wants it', async () => {
    await openEntry(page, 'staedte', stryj.data.name);
    const photos = page.getByRole('group', { name: new RegExp(label('staedte', 'bilder')) }).first();
    // The form renders fields as they scroll into view.
    await page.mouse.move(300, 500);
    for (let i = 0; i < 60 && !(await photos.count()); i++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(100);
    }
    await photos.scrollIntoViewIfNeeded();
    await photos.getByRole('button', { name: /hinzufügen/ }).last().click();
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2d6a4f' } }).jpeg().toBuffer();
    await page.locator('input[type=file]').first().setInputFiles({ name: 'testfoto.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    const box = (key: string) => photos.getByRole('textbox', { name: exact(label('staedte', 'bilder', key)) });
    await fill(box('alt'), 'Eine grüne Testfläche');
    await fill(box('bildunterschrift'), 'Testbild');
    await fill(box('bildnachweis'), 'Test');
    await page.getByRole('button', { name: 'Speichern' }).click();
    const now = await waitForChange(page, current);
    const changed = changedFiles(current, now);
    const photo = changed.find((f) => f.endsWith('.jpg'));
    if (!photo) await page.screenshot({ path: failShot('photo') });
    assert.ok(photo, `kein Foto gespeichert: ${changed.join(', ')}`);
    assert.equal(path.dirname(photo), 'content/staedte/bilder');
    assert.deepEqual(changed, ['content/staedte/stryj.mdx', photo].sort());
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(now['content/staedte/stryj.mdx']!)![1]!) as { bilder: { datei: string }[] };
    assert.equal(front.bilder[0]!.datei, `./bilder/${path.basename(photo)}`);
    current = now;
  });

  test('the site builds from what the editor wrote, showing the changes', () => {
    for (const [file, text] of Object.entries(current)) {
      if (original[file] === text) continue;
      mkdirSync(path.dirname(fixture.file(file)), { recursive: true });
      writeFileSync(fixture.file(file), text.startsWith('base64:') ? Buffer.from(text.slice(7), 'base64') : text);
    }
    const result = fixture.build();
    assert.equal(result.status, 0, result.output.slice(-3000));
    const stryjPage = readFileSync(fixture.file('dist/stryj/index.html'), 'utf8');
    assert.match(stryjPage, /Erika Mustermann-Testfall/);
    assert.match(stryjPage, /<img[^>]+alt="Eine grüne Testfläche"/);
    const newFile = Object.keys(current).find((f) => !(f in original) && f.startsWith(`${collection('aktuelles').folder}/`))!;
    const slug = path.basename(newFile, '.mdx');
    assert.ok(existsSync(fixture.file(`dist/aktuelles/${slug}/index.html`)), `dist/aktuelles/${slug}/ fehlt`);
  });

  test('no request left the site and no script error occurred', () => {
    assert.deepEqual(problems, []);
  });
});
