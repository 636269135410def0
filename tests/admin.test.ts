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
import * as cheerio from 'cheerio';
import { launch } from './support/browser.ts';
import { DIST, ROOT, serve } from './support/site.ts';
import { cities } from './support/content.ts';
import { makeFixture, type Fixture } from './support/fixture.ts';
import { openEditor, readWorkingCopy } from './support/editor.ts';
import { checkContent, checkEntry, type SiteIndex } from '../src/admin/check.ts';
import { readEntryFile, writeEntryFile } from '../src/lib/entry-file.ts';
import { newsSchema } from '../src/schemas/news.ts';
import de from '../src/i18n/de.json' with { type: 'json' };
import { LEAVE_QUESTION } from '../src/admin/form-care.ts';

type Field = { name: string; label: string; fields?: Field[] };
type Collection = { name: string; label: string; label_singular: string; folder: string; fields: Field[] };
const config = parse(readFileSync(path.join(DIST, 'admin/config.yml'), 'utf8')) as { collections: Collection[]; site_url?: string };
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
  const group = await reveal(page, groupLabel);
  const box = group.getByRole('textbox', { name: exact(fieldLabel) });
  await box.waitFor();
  return box;
}

/** A group of the form, scrolled to (the form draws fields as they scroll into view). */
async function reveal(page: Page, groupLabel: string) {
  const group = page.getByRole('group', { name: new RegExp(groupLabel) }).first();
  if (!(await group.count())) {
    await page.mouse.move(300, 500);
    for (let i = 0; i < 60 && !(await group.count()); i++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(100);
    }
  }
  await group.scrollIntoViewIfNeeded();
  return group;
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

/** Adds a photo (a small JPEG made here) with its texts to the form's Fotos list. */
async function addPhoto(page: Page, collectionName: string, name: string, texts: { alt: string; bildunterschrift: string; bildnachweis: string }): Promise<void> {
  const photos = await reveal(page, label(collectionName, 'bilder'));
  await photos.getByRole('button', { name: /hinzufügen/ }).last().click();
  // The new entry comes into view with the keyboard focus in it.
  await page.waitForFunction(() => {
    const item = document.activeElement?.closest('section.field[data-key-path^="bilder."]');
    const box = item?.getBoundingClientRect();
    return !!box && box.top < window.innerHeight && box.bottom > 0;
  });
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2d6a4f' } }).jpeg().toBuffer();
  await page.locator('input[type=file]').first().setInputFiles({ name, mimeType: 'image/jpeg', buffer: jpeg });
  for (const [key, value] of Object.entries(texts)) {
    await fill(photos.getByRole('textbox', { name: exact(label(collectionName, 'bilder', key)) }), value);
  }
}

/**
 * Icons the editor shows whose name was drawn as text (the icon font lacks them):
 * an icon is about one em wide, its name as text several.
 */
async function iconsAsText(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const wide = (el: Element) => el.getBoundingClientRect().width > 1.5 * parseFloat(getComputedStyle(el).fontSize);
    // The measure itself: a name the font has no icon for is drawn as text.
    const probe = Object.assign(document.createElement('span'), { className: 'material-symbols-outlined', textContent: 'kein_symbol' });
    document.body.append(probe);
    const measured = wide(probe);
    probe.remove();
    if (!measured) return ['(Messung unmöglich: auch kein_symbol ist schmal)'];
    return [...document.querySelectorAll('.material-symbols-outlined')]
      .filter((el) => el.getClientRects().length > 0 && wide(el))
      .map((el) => el.textContent ?? '');
  });
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
    // The icon font holds only the icons the editor names; none may fall back to its name.
    assert.deepEqual(await iconsAsText(page), [], 'Symbole als Text in der Liste');
  });

  test("changing Stryj's mayor changes that one line of that one file", async () => {
    await openEntry(page, 'staedte', stryj.data.name);
    const box = await fieldIn(page, label('staedte', 'buergermeister'), label('staedte', 'buergermeister', 'name'));
    assert.equal(await box.inputValue(), stryj.data.buergermeister.name);
    assert.deepEqual(await iconsAsText(page), [], 'Symbole als Text im Formular');
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
    // What happens next, in words. This editor works on a local folder: the save went into the file,
    // no proposal, no review (the published editor's proposal text: tests/unit/after-save.test.ts).
    const status = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Verstanden' }) });
    const said = await status.innerText();
    assert.match(said, /direkt in der Datei.*Online ist sie noch nicht/s);
    assert.doesNotMatch(said, /als Vorschlag|prüft/);
    await status.getByRole('button', { name: 'Verstanden' }).click();
    current = now;
  });

  test('the preview shows the page from the form’s current values before saving; "Auf der Live-Website ansehen" keeps the base path', async () => {
    await openEntry(page, 'staedte', stryj.data.name);
    const box = await fieldIn(page, label('staedte', 'buergermeister'), label('staedte', 'buergermeister', 'name'));
    // The form's fields under group headings, the first group at the top.
    await page.getByRole('heading', { name: 'Steckbrief', level: 3 }).waitFor();
    const unsaved = 'Vorschau Ohnespeichern';
    await fill(box, unsaved);
    // The preview's fact box, as the city page has it: its heading and the mayor's office above the typed name.
    // Sveltia draws a custom preview in a frame of its own.
    const preview = page.frameLocator('iframe').first();
    const facts = preview.getByRole('complementary').filter({ has: preview.getByRole('heading', { name: de['city.factsHeading'] }) });
    await facts.getByText(unsaved, { exact: true }).waitFor();
    assert.ok((await facts.innerText()).includes(de['city.partnerSince']));
    assert.deepEqual(changedFiles(current, await readWorkingCopy(page)), [], 'nichts gespeichert');
    // The live site is answered here (offline): which address the button opens is what counts.
    const site = new URL(config.site_url!).origin;
    let requested: string | undefined;
    await page.context().route(`${site}/**`, (route) => {
      requested = route.request().url();
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Live</title>' });
    });
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Auf der Live-Website ansehen' }).click();
    const opened = await popup;
    await opened.waitForLoadState();
    assert.equal(requested, `${site}/partnerstaedte/stryj/`);
    await opened.close();
    await page.context().unroute(`${site}/**`);
    // Leaving with unsaved changes asks first; "Abbrechen" keeps the form, "OK" leaves.
    const asked: string[] = [];
    page.once('dialog', (d) => void (asked.push(d.message()), d.dismiss()));
    await page.getByRole('button', { name: 'Bearbeitung abbrechen' }).click();
    assert.equal(asked[0], LEAVE_QUESTION);
    assert.equal(await box.inputValue(), unsaved, 'Formular bleibt');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Bearbeitung abbrechen' }).click();
    await page.getByRole('gridcell', { name: exact(stryj.data.name) }).waitFor();
  });

  test('a wrong e-mail address: nothing written, the check’s German message beside the field, file and line only for IT', async () => {
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
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog')).filter({ hasText: expected[0]!.field! });
    await dialog.waitFor({ timeout: 10_000 });
    assert.doesNotMatch(await dialog.innerText(), /content\/|Zeile/, 'keine Dateinamen und Zeilen im Dialog');
    // Nothing written now; a write that came late would show in the later saves, which find exactly their own files changed.
    assert.deepEqual(changedFiles(current, await readWorkingCopy(page)), []);
    await dialog.getByRole('button', { name: 'OK' }).click();
    // The message is the field's description; the form's focus is on the field.
    await assert.doesNotReject(() => box.page().waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true'));
    assert.equal(await box.getAttribute('aria-invalid'), 'true');
    const describedBy = (await box.getAttribute('aria-describedby'))!.split(' ');
    const message = page.locator(`[id="${describedBy.at(-1)}"]`);
    for (const p of expected) assert.ok((await message.innerText()).includes(p.message), `Meldung fehlt beim Feld: ${p.message}`);
    assert.equal(await message.locator('details').getAttribute('open'), null, 'Angaben für die IT zugeklappt');
    assert.match(await message.locator('details').textContent() ?? '', new RegExp(`${file}, Zeile ${expected[0]!.line}`));
  });

  test('the population typed as 59.500: refused with the message at the field; the suggestion taken with one click changes one line', async () => {
    // Leave the rejected form without saving (and say so when asked).
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Bearbeitung abbrechen' }).click();
    await openEntry(page, 'staedte', valenciennes.data.name);
    const box = await fieldIn(page, label('staedte', 'einwohner'), label('staedte', 'einwohner', 'zahl'));
    // What the file holds is what the form shows, digits as written.
    assert.equal(await box.inputValue(), String(valenciennes.data.einwohner.zahl));
    const typed = '59.500';
    await fill(box, typed);
    // A Stand written in words, in the same group.
    const standBox = await fieldIn(page, label('staedte', 'einwohner'), label('staedte', 'einwohner', 'stand'));
    const standTyped = 'Oktober 2026';
    await fill(standBox, standTyped);
    await page.getByRole('button', { name: 'Speichern' }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog')).filter({ hasText: label('staedte', 'einwohner', 'zahl') });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'OK' }).click();
    assert.deepEqual(changedFiles(current, await readWorkingCopy(page)), [], 'nichts gespeichert');
    // The field still holds what was typed; the check's own message and suggestion stand beside it.
    assert.equal(await box.inputValue(), typed);
    assert.equal(await standBox.inputValue(), standTyped);
    const file = 'content/staedte/valenciennes.mdx';
    const { data } = readEntryFile(current[file]!);
    const text = writeEntryFile({ ...data, einwohner: { ...(data.einwohner as object), zahl: typed, stand: standTyped } }, current[file]);
    const found = checkEntry(file, text).filter((p) => p.severity === 'fehler');
    const problem = found.find((p) => p.key === 'einwohner.zahl');
    const standProblem = found.find((p) => p.key === 'einwohner.stand');
    assert.ok(problem?.suggestion, 'die Prüfung schlägt eine Zahl vor');
    assert.ok(standProblem?.suggestion, 'die Prüfung schlägt ein Datum vor');
    const standMessage = page.locator(`[id="${(await standBox.getAttribute('aria-describedby'))!.split(' ').at(-1)}"]`);
    assert.ok((await standMessage.innerText()).includes(standProblem.message));
    await standMessage.getByRole('button', { name: `Übernehmen: ${standProblem.suggestion}` }).click();
    assert.equal(await standBox.inputValue(), standProblem.suggestion);
    // The message is the field's description (aria-describedby), so a screen reader reads it with the field.
    const describedBy = (await box.getAttribute('aria-describedby'))!.split(' ');
    const message = page.locator(`[id="${describedBy.at(-1)}"]`);
    assert.ok((await message.innerText()).includes(problem.message));
    await message.getByRole('button', { name: `Übernehmen: ${problem.suggestion}` }).click();
    assert.equal(await box.inputValue(), problem.suggestion);
    await page.getByRole('button', { name: 'Speichern' }).click();
    const now = await waitForChange(page, current);
    assert.deepEqual(changedFiles(current, now), [file]);
    const before = current[file]!.split('\n');
    const after = now[file]!.split('\n');
    // One changed line for the changed number, one new line for the new Stand: nothing else.
    assert.deepEqual(
      after.filter((line) => !before.includes(line)).map((l) => l.trim()),
      [`zahl: ${problem.suggestion}`, `stand: "${standProblem.suggestion}"`],
    );
    assert.equal(after.length, before.length + 1);
    current = now;
  });

  test('a whole-site rule at save time: a description another city has is refused (index beside the editor)', async () => {
    const file = 'content/staedte/stryj.mdx';
    await openEntry(page, 'staedte', stryj.data.name);
    // A top-level field near the end of a long, lazily rendered form: scroll down until it is there.
    await (await fieldIn(page, label('staedte', 'kontakt'), label('staedte', 'kontakt', 'email'))).hover();
    const description = page.getByRole('textbox', { name: exact(label('staedte', 'beschreibung')) });
    for (let i = 0; i < 40 && (await description.count()) === 0; i++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(100);
    }
    await description.scrollIntoViewIfNeeded();
    await fill(description, valenciennes.data.beschreibung);
    await page.getByRole('button', { name: 'Speichern' }).click();
    // The message the check gives for this file against the index the build published.
    const index = JSON.parse(readFileSync(path.join(DIST, 'admin/inhalt.json'), 'utf8')) as SiteIndex;
    const { data } = readEntryFile(current[file]!);
    const text = writeEntryFile({ ...data, beschreibung: valenciennes.data.beschreibung }, current[file]);
    const expected = checkContent([{ file, text }], undefined, undefined, { ...index, assets: [] }).filter((p) => p.severity === 'fehler');
    assert.deepEqual(checkEntry(file, text).filter((p) => p.severity === 'fehler'), [], 'ohne den Rest der Website fiele es nicht auf');
    assert.match(expected[0]?.message ?? '', /^Dieselbe Beschreibung steht auch in content\/staedte\/valenciennes\.mdx\./);
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog')).filter({ hasText: expected[0]!.field! });
    await dialog.waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    assert.deepEqual(changedFiles(current, await readWorkingCopy(page)), []);
    await dialog.getByRole('button', { name: 'OK' }).click();
    const describedBy = (await description.getAttribute('aria-describedby'))!.split(' ');
    assert.ok((await page.locator(`[id="${describedBy.at(-1)}"]`).innerText()).includes(expected[0]!.message), 'die Meldung steht beim Feld');
    // Leave the refused form without saving (and say so when asked).
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Bearbeitung abbrechen' }).click();
  });

  test('a news item for Valenciennes is saved where the site finds it', async () => {
    // After a save the editor shows the list again.
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
    await addPhoto(page, 'aktuelles', 'meldungsfoto.jpg', { alt: 'Eine grüne Fläche zur Meldung', bildunterschrift: 'Testbild zur Meldung', bildnachweis: 'Testfotografin Meldung' });
    await page.getByRole('button', { name: 'Speichern' }).click();
    const now = await waitForChange(page, current);
    const changed = changedFiles(current, now);
    const added = changed.filter((f) => f.endsWith('.mdx'));
    if (added.length !== 1) await page.screenshot({ path: failShot('news'), fullPage: true });
    assert.equal(added.length, 1, `geänderte Dateien: ${changed.join(', ')}`);
    const file = added[0]!;
    // The photo beside the news files, referenced relative to the entry, as the build resolves it.
    const photo = changed.find((f) => f.endsWith('.jpg'));
    assert.ok(photo, `kein Foto gespeichert: ${changed.join(', ')}`);
    assert.equal(path.dirname(photo), `${collection('aktuelles').folder}/bilder`);
    assert.equal(current[file], undefined, 'eine neue Datei');
    assert.match(file, new RegExp(`^${collection('aktuelles').folder}/[a-z0-9-]+\\.mdx$`));
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(now[file]!)![1]!);
    const data = newsSchema(z.string()).parse(front);
    assert.equal(data.titel, titel);
    assert.deepEqual(data.staedte, [valenciennes.id]);
    assert.equal(data.datum.toISOString().slice(0, 10), today);
    assert.deepEqual(data.bilder.map((b) => b.datei), [`./bilder/${path.basename(photo)}`]);
    current = now;
  });

  test('a photo added to Stryj lands beside the city file, referenced as the image pipeline wants it', async () => {
    await openEntry(page, 'staedte', stryj.data.name);
    await addPhoto(page, 'staedte', 'testfoto.jpg', { alt: 'Eine grüne Testfläche', bildunterschrift: 'Testbild', bildnachweis: 'Test' });
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
    // The population as typed after the suggestion, shown the German way.
    assert.ok(readFileSync(fixture.file('dist/valenciennes/index.html'), 'utf8').includes('59.500'), 'Einwohnerzahl 59.500 fehlt auf der Seite');
    const newFile = Object.keys(current).find((f) => !(f in original) && f.startsWith(`${collection('aktuelles').folder}/`))!;
    const slug = path.basename(newFile, '.mdx');
    assert.ok(existsSync(fixture.file(`dist/aktuelles/${slug}/index.html`)), `dist/aktuelles/${slug}/ fehlt`);
    // The news photo with its description and credit on the page, and its credit on Bildnachweise.
    const newsPage = cheerio.load(readFileSync(fixture.file(`dist/aktuelles/${slug}/index.html`), 'utf8'));
    const figure = newsPage('main figure').filter((_, f) => newsPage(f).find('img[alt="Eine grüne Fläche zur Meldung"]').length > 0);
    assert.equal(figure.length, 1, 'Foto fehlt auf der Seite der Meldung');
    assert.match(figure.find('figcaption').text(), /Testbild zur Meldung\s+Foto: Testfotografin Meldung/);
    const credits = cheerio.load(readFileSync(fixture.file('dist/bildnachweise/index.html'), 'utf8'));
    const item = credits('main li').filter((_, li) => credits(li).text().includes('Testfotografin Meldung'));
    assert.equal(item.length, 1, 'Bildnachweis der Meldung fehlt');
    assert.equal(item.find('a').attr('href'), `/partnerstaedte/aktuelles/${slug}/`);
  });

  test('no request left the site and no script error occurred', () => {
    assert.deepEqual(problems, []);
  });
});
