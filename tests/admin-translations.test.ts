/**
 * Translations in the browser editor, in headless Chromium on the fixture site:
 * an English translation of Stryj opens beside the German entry, holds only
 * translatable text, and a save writes only that text plus its `uebersetzung`
 * block (the checksums of the German version, as `npm run uebersetzung`
 * writes them), never a fact. A translation made from an older German text
 * says so at its top and in its preview. Machine translation is neither
 * visible nor reachable (the editor's CSP blocks every translation service
 * Sveltia knows).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { launch } from './support/browser.ts';
import { DIST, ROOT, serve } from './support/site.ts';
import { openEditor, readWorkingCopy } from './support/editor.ts';
import { readEntryFile } from '../src/lib/entry-file.ts';
import { checksumsToRecord, staleness } from '../src/lib/translations.ts';
import { TRANSLATABLE, cityTranslationSchema } from '../src/schemas/translation.ts';
import { fieldsOf, staleMessage, type EditorConfig } from '../src/admin/translation.ts';

const config = parse(readFileSync(path.join(DIST, 'admin/config.yml'), 'utf8')) as EditorConfig;
const GERMAN = 'content/staedte/stryj.mdx';
const ENGLISH = 'content/staedte/en/stryj.mdx';

/** Every text file under content/ of the fixture, as the editor's working copy. */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })) {
    if (/\.mdx?$/.test(f)) files[`content/${f.split(path.sep).join('/')}`] = readFileSync(path.join(ROOT, 'content', f), 'utf8');
  }
  return files;
}

function german(text: string) {
  const { body = '', ...frontmatter } = readEntryFile(text).data;
  return { frontmatter, body: String(body) };
}

/**
 * An English translation of the fixture's Stryj (its text fields, translated
 * faithfully; the milestones' dates as in German), stamped as made from `from`.
 */
function englishStryj(from: { frontmatter: Record<string, unknown>; body: string }): string {
  const fm = from.frontmatter as { meilensteine: { datum: string }[]; begegnungen: unknown[] };
  const data = {
    beschreibung: 'Stryj in western Ukraine has been a twin town of Düren since 15 September 2001, with contacts in business, medicine and schools.',
    lage: ['Western Ukraine', 'Lviv Oblast (Lemberg district)'],
    meilensteine: [
      { datum: fm.meilensteine[0]!.datum, text: 'On the initiative of the Düren orthopaedist Michael Markowicz, doctors of St. Augustinus Hospital in Lendersdorf move their medical and humanitarian aid to Ukraine and operate in Lviv and Stryj' },
      { datum: fm.meilensteine[1]!.datum, text: 'Beginning of the town twinning between Düren and Stryj' },
    ],
    begegnungen: [{ name: 'Düren town festival', ort: 'Düren' }],
  };
  assert.equal(fm.begegnungen.length, data.begegnungen.length, 'Fixture: Begegnungen von Stryj');
  const body = 'Since 15 September 2001 Düren has had a town twinning with Stryj.\n';
  const vorlage = checksumsToRecord('staedte', from, { ...data, body });
  return `---\n${stringify({ uebersetzung: { datum: '2026-11-02', vorlage }, ...data }, { lineWidth: 0 })}---\n\n${body}`;
}

/** The working copy once a save has changed it and the writing is over (two equal reads). */
async function waitForChange(page: Page, before: Record<string, string>): Promise<Record<string, string>> {
  let last: Record<string, string> | undefined;
  for (let i = 0; i < 150; i++) {
    await page.waitForTimeout(100);
    const now = await readWorkingCopy(page).catch(() => undefined);
    if (!now) continue;
    const differs = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).some((f) => a[f] !== b[f]);
    if (differs(before, now) && last && !differs(last, now)) return now;
    last = now;
  }
  return last ?? before;
}

const changedFiles = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]).sort();

/** A city in the editor's two panes: German left, `right` (a language or "Vorschau") right. */
async function openStryj(page: Page, right: string, left = 'Deutsch', city = 'Stryj'): Promise<void> {
  if (!(await page.getByRole('button', { name: 'Speichern' }).isVisible())) {
    await page.getByRole('treeitem', { name: /^Partnerstädte/ }).click();
    await page.getByRole('gridcell', { name: city, exact: true }).click();
    await page.getByRole('button', { name: 'Speichern' }).waitFor();
  }
  const switches = page.getByRole('combobox', { name: 'Inhaltssprache wechseln' });
  // A language shows in one pane at a time: the right pane first.
  if ((await switches.last().innerText()).trim() !== right) {
    await switches.last().click();
    await page.getByRole('option', { name: new RegExp(`${right}( check)?$`) }).click();
  }
  if ((await switches.first().innerText()).trim() !== left) {
    await switches.first().click();
    await page.getByRole('option', { name: new RegExp(`${left}$`) }).click();
  }
}

const pane = (page: Page, locale: string) => page.locator(`.pane[data-mode="edit"][data-locale="${locale}"]`);

/** A text field of a pane; the form draws fields as they scroll into view, so scroll the pane until it is there. */
async function field(page: Page, locale: string, name: RegExp) {
  const box = pane(page, locale).getByRole('textbox', { name });
  const area = await pane(page, locale).boundingBox();
  if (area) await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  for (let i = 0; i < 80 && !(await box.count()); i++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(100);
  }
  await box.scrollIntoViewIfNeeded();
  return box;
}

/** After a reload: the local working copy again (Sveltia may remember it and skip the start screen). */
async function reopen(page: Page): Promise<void> {
  const start = page.getByRole('button', { name: /lokalem Repository/ });
  const list = page.getByRole('treeitem', { name: /^Partnerstädte/ });
  await start.or(list).first().waitFor();
  if (await start.isVisible()) await start.click();
  await list.waitFor();
}

/** Back to the list (after a save the editor is there already). */
async function leave(page: Page): Promise<void> {
  const cancel = page.getByRole('button', { name: 'Bearbeitung abbrechen' });
  if (await cancel.isVisible()) {
    page.once('dialog', (d) => void d.accept());
    await cancel.click();
  }
  await page.getByRole('gridcell', { name: 'Stryj', exact: true }).waitFor();
}

describe('Übersetzungen im Browser-Editor', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const files = contentFiles();
  const de = german(files[GERMAN]!);
  files[ENGLISH] = englishStryj(de);
  let current = files;

  before(async () => {
    site = await serve();
    browser = await launch();
    ({ page, problems } = await openEditor(browser, site.url('admin/'), files));
    page.setDefaultTimeout(15_000);
    await page.getByRole('button', { name: /lokalem Repository/ }).click();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the English translation opens beside the German entry, with its texts and without the facts', async () => {
    await openStryj(page, 'Englisch');
    const en = pane(page, 'en');
    await en.getByRole('status').first().waitFor();
    await page.screenshot({ path: path.join(import.meta.dirname, '..', 'screenshots', 'redaktion-uebersetzung.png') });
    const beschreibung = await field(page, 'en', /^Beschreibung/);
    assert.equal(await beschreibung.inputValue(), readEntryFile(files[ENGLISH]!).data.beschreibung);
    // German beside it, with its facts; the translation has none of them (both panes scrolled to their last field).
    await field(page, 'de', /^Beschreibung/);
    const keys = (locale: string) =>
      pane(page, locale).locator('section.field[data-key-path]').evaluateAll((ss) => [...new Set(ss.map((s) => (s as HTMLElement).dataset.keyPath!.split('.')[0]!))]);
    const deKeys = await keys('de');
    const enKeys = await keys('en');
    for (const fact of ['buergermeister', 'kontakt', 'koordinaten', 'land']) {
      assert.ok(deKeys.includes(fact), `${fact} fehlt im deutschen Bereich`);
      assert.ok(!enKeys.includes(fact), `${fact} in der Übersetzung`);
    }
    const translatable = new Set(['uebersetzung', 'body', ...TRANSLATABLE.staedte.map((f) => f.split('.')[0]!)]);
    assert.deepEqual(enKeys.filter((k) => !translatable.has(k)), [], 'Felder in der Übersetzung, die nicht übersetzt werden');
    assert.ok(enKeys.includes('body') && enKeys.includes('beschreibung'), enKeys.join(', '));
    // Up to date: the status says so, in German.
    await en.getByRole('status').filter({ hasText: 'passt zur deutschen Seite' }).waitFor();
    assert.equal(await pane(page, 'de').getByRole('status').filter({ hasText: 'Übersetzung' }).count(), 0, 'kein Übersetzungsstand im deutschen Bereich');
  });

  test('machine translation: no button visible, on the panes or on a field under the mouse', async () => {
    await (await field(page, 'en', /^Beschreibung/)).hover();
    const translateButtons = page.getByRole('button', { name: /^(Übersetzen|Aus .+ übersetzen)$/ });
    // Sveltia draws them (one per pane and per translatable field); none may be visible.
    assert.ok((await page.locator('button[aria-label="Übersetzen"], button[aria-label$=" übersetzen"]').count()) > 0, 'Sveltia zeichnet keine Übersetzungsknöpfe mehr: Test anpassen');
    assert.equal(await translateButtons.count(), 0, 'sichtbare Übersetzungsknöpfe');
  });

  test('the editor’s CSP blocks every translation service Sveltia knows', async () => {
    const code = readdirSync(path.join(DIST, 'admin'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(DIST, 'admin', f), 'utf8'))
      .join('\n');
    // The services' endpoints as Sveltia's code names them (Google Cloud Translation, Gemini, OpenAI, Anthropic, Mistral, DeepSeek …).
    const endpoints = [...new Set(code.match(/https:\/\/[a-z0-9.-]+\/[a-z0-9/._-]*(?:translate\/v2|chat\/completions|v1\/messages|v1\/responses|v1beta\/models)/g) ?? [])];
    assert.ok(endpoints.length >= 5, `zu wenige Übersetzungsdienste gefunden: ${endpoints.join(', ')}`);
    const blocked = await page.evaluate(async (urls) => {
      const seen = new Set<string>();
      const listener = (e: SecurityPolicyViolationEvent) => void seen.add(new URL(e.blockedURI).origin);
      document.addEventListener('securitypolicyviolation', listener);
      for (const url of urls) await fetch(url, { method: 'POST', body: '{}' }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
      document.removeEventListener('securitypolicyviolation', listener);
      return [...seen];
    }, endpoints);
    assert.deepEqual(blocked.sort(), [...new Set(endpoints.map((u) => new URL(u).origin))].sort());
    const csp = readFileSync(path.join(DIST, 'admin/index.html'), 'utf8').match(/connect-src ([^;"]*)/)?.[1] ?? '';
    for (const url of endpoints) assert.ok(!csp.includes(new URL(url).host), `${new URL(url).host} im CSP`);
  });

  test('saving the translation writes only translatable text and its uebersetzung block, never a fact', async () => {
    const neu = 'Stryj in western Ukraine, twin town of Düren since 15 September 2001: contacts in business, medicine and schools.';
    const box = await field(page, 'en', /^Beschreibung/);
    for (let i = 0; i < 20 && (await box.inputValue()) !== neu; i++) {
      await box.fill(neu);
      await page.waitForTimeout(100);
    }
    await page.getByRole('button', { name: 'Speichern' }).click();
    const now = await waitForChange(page, current);
    assert.deepEqual(changedFiles(current, now), [ENGLISH]);
    const saved = readEntryFile(now[ENGLISH]!).data;
    const { body, ...front } = saved;
    // The translation schema is strict: a fact (population, mayor, contact …) would fail it.
    const parsed = cityTranslationSchema().parse(front);
    assert.equal(parsed.beschreibung, neu);
    const allowed = new Set(['uebersetzung', ...TRANSLATABLE.staedte.map((f) => f.split('.')[0]!)]);
    assert.deepEqual(Object.keys(front).filter((k) => !allowed.has(k)), []);
    // Stamped like `npm run uebersetzung`: the German fields the translation covers, as German is now.
    assert.deepEqual(parsed.uebersetzung.vorlage, checksumsToRecord('staedte', german(now[GERMAN]!), saved));
    assert.equal(new Date(parsed.uebersetzung.datum as unknown as string).toISOString().slice(0, 10), new Date().toISOString().slice(0, 10));
    assert.match(String(body), /^Since 15 September 2001/);
    // Lines not changed stay as they were.
    const before = new Set(current[ENGLISH]!.split('\n'));
    const added = now[ENGLISH]!.split('\n').filter((l) => !before.has(l));
    assert.ok(added.every((l) => /beschreibung|datum|^\s+\w+: "?[0-9a-f]{8}"?$/.test(l)), `geänderte Zeilen: ${added.join(' | ')}`);
    current = now;
  });

  test('a new translation: the language switched on in the pane, texts typed, saved in its language folder with its stamp', async () => {
    await leave(page);
    const file = 'content/staedte/en/valenciennes.mdx';
    assert.equal(current[file], undefined, 'Fixture: Valenciennes ohne englische Übersetzung');
    await openStryj(page, 'Englisch', 'Deutsch', 'Valenciennes');
    await page.getByRole('button', { name: /^Inhaltsoptionen für .*Englisch.* anzeigen$/ }).click();
    await page.getByRole('menuitem', { name: /^.?Englisch.? aktivieren$/ }).click();
    await pane(page, 'en').getByRole('status').filter({ hasText: 'Neue Übersetzung (Englisch)' }).waitFor();
    const beschreibung = 'Valenciennes in northern France has been a twin town of Düren since spring 1959, a sign of reconciliation a few years after the Second World War.';
    const box = await field(page, 'en', /^Beschreibung/);
    for (let i = 0; i < 20 && (await box.inputValue()) !== beschreibung; i++) {
      await box.fill(beschreibung);
      await page.waitForTimeout(100);
    }
    await page.getByRole('button', { name: 'Speichern' }).click();
    const now = await waitForChange(page, current);
    assert.deepEqual(changedFiles(current, now), [file]);
    const saved = readEntryFile(now[file]!).data;
    const { body: _body, ...front } = saved;
    const parsed = cityTranslationSchema().parse(front);
    assert.equal(parsed.beschreibung, beschreibung);
    assert.deepEqual(parsed.uebersetzung.vorlage, checksumsToRecord('staedte', german(now['content/staedte/valenciennes.mdx']!), saved));
    current = now;
  });

  test('a changed German text: the translation says so at its top and in its preview, naming the field', async () => {
    await leave(page);
    // The German body changed since the translation was made.
    const changed = current[GERMAN]!.replace(/\n\nSeit dem 15\. September 2001/, '\n\nAm 15. September 2001 begann die Städtepartnerschaft. Seit dem 15. September 2001');
    assert.notEqual(changed, current[GERMAN]);
    await page.evaluate(async ({ file, text }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('arbeitskopie');
      const parts = file.split('/');
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
      const w = await (await dir.getFileHandle(parts.at(-1)!)).createWritable();
      await w.write(text);
      await w.close();
    }, { file: GERMAN, text: changed });
    await page.goto(site.url('admin/'));
    await reopen(page);
    await page.screenshot({ path: path.join(import.meta.dirname, '..', 'test-results', 'uebersetzung-neu-geladen.png') });
    const recorded = (readEntryFile(current[ENGLISH]!).data.uebersetzung as { vorlage: Record<string, string> }).vorlage;
    const expected = staleMessage(staleness('staedte', 'en', recorded, german(changed)), fieldsOf(config, 'staedte'));
    assert.match(expected ?? '', /^Die deutsche Seite wurde seit dieser Übersetzung geändert: Feld .+; bitte Übersetzung prüfen und anpassen\./);
    await openStryj(page, 'Englisch');
    await pane(page, 'en').getByRole('status').filter({ hasText: expected! }).waitFor();
    await page.screenshot({ path: path.join(import.meta.dirname, '..', 'screenshots', 'redaktion-uebersetzung-veraltet.png') });
    // The preview of the translation: English text, German facts, the same warning.
    await openStryj(page, 'Vorschau', 'Englisch');
    const preview = page.frameLocator('iframe').first();
    await preview.getByRole('status').filter({ hasText: expected! }).waitFor();
    await preview.getByText(/^Since 15 September 2001/).waitFor();
    await preview.getByText((de.frontmatter.buergermeister as { name: string }).name).waitFor();
    await page.screenshot({ path: path.join(import.meta.dirname, '..', 'screenshots', 'redaktion-uebersetzung-vorschau.png') });
  });

  test('no request left the editor and no script error occurred', () => {
    assert.deepEqual(problems.filter((p) => !/request to https:\/\/(translation|generativelanguage)\.googleapis\.com|api\.(openai|anthropic|mistral|deepseek)\.com|api\.mistral\.ai/.test(p)), []);
  });
});
