/**
 * The browser editor at /partnerstaedte/admin/: Sveltia CMS from its npm
 * package, with
 * - the site's own file format: a save changes only the lines of the fields
 *   that changed (src/lib/entry-file.ts), numbers written as typed
 *   (src/admin/numbers.ts),
 * - the content check before every save: a file the check rejects is not
 *   written, and each message is shown beside its field
 *   (src/admin/field-messages.ts); the whole-site rules (addresses, descriptions,
 *   references) check it against the rest of the site, from the index published
 *   beside the editor (inhalt.json),
 * - the image rule before every upload (./uploads.ts),
 * - a preview pane that looks like the page (src/admin/preview.ts),
 * - translations beside the German entry (src/admin/translation.ts): only
 *   translatable fields are written, each stamped with the German version it
 *   was made from; a translation behind its German entry says so at its top
 *   and in its preview; machine translation is hidden (and blocked by the CSP),
 * - what happens after a save, in words (src/admin/after-save.ts), and small
 *   cares of the form: focus on a new list entry, a question before unsaved
 *   changes are thrown away (src/admin/form-care.ts).
 * Each hook is its own function below; `CMS.init()` comes last.
 */
import './german.ts';
import CMS from '@sveltia/cms';
import { parse } from 'yaml';
import { ENTRY_FORMAT } from '../lib/cms-config.ts';
import { closestOriginal, readEntryFile, writeEntryFile, type EntryData } from '../lib/entry-file.ts';
import type { Problem, SiteIndex } from './check.ts';
import { clearFieldMessages, focusFirstMessage, showAtFields } from './field-messages.ts';
import { numberFields, numbersToText, textToNumbers, type NumberFields } from './numbers.ts';
import { registerPreviews } from './preview.ts';
import { showAfterSave } from './after-save.ts';
import { markSaved, registerFormCare } from './form-care.ts';
import { checkUploads } from './uploads.ts';
import { fieldsOf, germanParts, stampTranslation, translationPath, type EditorConfig } from './translation.ts';
import { registerTranslations } from './translation-status.ts';
import { isLang, LANGUAGE, type Lang } from '../i18n/languages.ts';
import { TRANSLATABLE, type TranslatableCollection } from '../schemas/translation.ts';

/** The configuration Sveltia reads too (same address, so the browser's cache answers the second request). */
const config = parse(await (await fetch(new URL('config.yml', document.baseURI))).text()) as Parameters<typeof numberFields>[0];
const numbers: NumberFields = numberFields(config);

/** The form's values as the file will hold them (the checksums of a German version read the file's values). */
function asInFile(values: EntryData): EntryData {
  return readEntryFile(fileText(values)).data;
}

/** The content check, loaded at the first save (its parser is a large part of the bundle). */
const check = () => import('./check.ts');

/** Every file text read or written in this session, to edit files in place. */
const seen = new Set<string>();

/** The file text for the form's values: numbers that are numbers written as such, the rest as typed. */
function fileText(values: EntryData): string {
  const data = textToNumbers(values, numbers);
  return writeEntryFile(data, closestOriginal(data, seen));
}

function registerFileFormat(): void {
  CMS.registerCustomFormat(ENTRY_FORMAT, 'mdx', {
    fromFile: (text: string) => {
      seen.add(text);
      return numbersToText(readEntryFile(text).data, numbers);
    },
    toFile: (values: EntryData) => {
      const text = fileText(values);
      seen.add(text);
      return text;
    },
  });
}

/** The rest of the site as the last build saw it, kept up to date with this session's saves. */
let site: Promise<SiteIndex> | undefined;
function siteNow(): Promise<SiteIndex> {
  site ??= fetch(new URL('inhalt.json', window.location.href)).then(
    (r) => (r.ok ? (r.json() as Promise<SiteIndex>) : { entries: [], assets: [] }),
    () => ({ entries: [], assets: [] }),
  );
  return site;
}

/** The dialog's text (it folds line breaks): what to do, without file names. */
function dialogText(problems: Problem[], loose: Problem[]): string {
  const fields = [...new Set(problems.filter((p) => !loose.includes(p)).map((p) => p.field ?? 'Text'))];
  const atFields = fields.length
    ? `Bitte ${fields.length === 1 ? 'das markierte Feld' : 'die markierten Felder'} korrigieren: ${fields.join(' · ')}. Der Hinweis steht jeweils beim Feld.`
    : '';
  return [atFields, ...loose.map((p) => p.message)].filter(Boolean).join(' ');
}

/** Once the error dialog is closed, the keyboard focus goes to the first marked field. */
function focusAfterDialog(): void {
  let shown = false;
  const timer = setInterval(() => {
    const open = document.querySelector('[role="alertdialog"], [role="dialog"]');
    if (open) shown = true;
    else if (shown) {
      clearInterval(timer);
      focusFirstMessage();
    }
  }, 200);
  setTimeout(() => clearInterval(timer), 10 * 60_000);
}

/** The translations saved with an entry, stamped: their file, text and data (Sveltia's `i18n` of the entry). */
function translationsOf(
  collection: string,
  germanPath: string,
  german: EntryData,
  i18n: Record<string, { data?: EntryData }> | undefined,
): { lang: Lang; file: string; data: EntryData; text: string }[] {
  if (!(collection in TRANSLATABLE) || !i18n) return [];
  const fields = fieldsOf(config as unknown as EditorConfig, collection);
  const today = new Date().toISOString().slice(0, 10);
  const parts = germanParts(asInFile(german));
  return Object.entries(i18n).flatMap(([lang, { data }]) => {
    // A language not switched on for this entry has no values and no file.
    if (!isLang(lang) || !data || Object.keys(data).length === 0) return [];
    const original = originalTranslation(data);
    const stamped = stampTranslation({ collection: collection as TranslatableCollection, fields, german: parts, translation: data, original, today });
    return [{ lang, file: translationPath(germanPath, lang), data: stamped, text: fileText(stamped) }];
  });
}

/** The translation as it was read: the file read in this session that is closest to it and has a `uebersetzung` block. */
function originalTranslation(data: EntryData): EntryData | undefined {
  const meta = JSON.stringify((data as { uebersetzung?: { datum?: string; vorlage?: unknown } }).uebersetzung?.vorlage ?? null);
  const candidates = [...seen].filter((text) => {
    const read = readEntryFile(text).data as { uebersetzung?: { vorlage?: unknown } };
    return read.uebersetzung && JSON.stringify(read.uebersetzung.vorlage ?? null) === meta;
  });
  const text = closestOriginal(data, candidates);
  return text === undefined ? undefined : readEntryFile(text).data;
}

function registerSaveCheck(): void {
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const { data, path, collection, i18n } = entry.toJS() as { data: EntryData; path: string; collection: string; i18n?: Record<string, { data?: EntryData }> };
      const text = fileText(data);
      const translations = translationsOf(collection, path, data, i18n);
      const files = [{ file: path, text }, ...translations.map((t) => ({ file: t.file, text: t.text }))];
      const [{ checkContent, siteIndex }, index] = await Promise.all([check(), siteNow()]);
      // Photos uploaded in this session are not in the index yet: whether a photo file exists is the build's check.
      const problems = checkContent(files, undefined, undefined, { ...index, assets: [] })
        .filter((p) => p.severity === 'fehler')
        // A translation's problems name its language: the form shows the German entry's fields by the same names.
        .map((p) => {
          const t = translations.find((x) => x.file === p.file);
          if (!t) return p;
          const { key: _key, ...rest } = p;
          return { ...rest, field: `${p.field ?? 'Text'} (${LANGUAGE[t.lang].german})` };
        });
      if (!problems.length) {
        clearFieldMessages();
        // The saved files are part of the site from now on (a new city can be named in a news item).
        const saved = siteIndex(files, []).entries;
        site = Promise.resolve({ entries: [...index.entries.filter((e) => !files.some((f) => f.file === e.file)), ...saved], assets: index.assets });
        if (!translations.length) return entry;
        // The translations as stamped: only translatable fields, with their `uebersetzung` block.
        return translations.reduce((e, t) => e.setIn(['i18n', t.lang, 'data'], t.data), entry);
      }
      const loose = showAtFields(problems);
      focusAfterDialog();
      // Sveltia shows the cause's message of a "saving_failed" error in its error dialog.
      throw new Error('saving_failed', { cause: new Error(dialogText(problems, loose)) });
    },
  });
}

/** After a save: what happens next, in plain German (a proposal, reviewed, online after the next build). */
function registerAfterSave(): void {
  CMS.registerEventListener({
    name: 'postSave',
    handler: () => {
      markSaved();
      showAfterSave();
    },
  });
}

/**
 * `npm run redaktion` shows the editor beside the site's preview: after a save, the preview
 * opens the saved page (its dev server has already picked up the file).
 */
function registerPreviewFollowsSave(): void {
  if (window.parent === window) return;
  CMS.registerEventListener({
    name: 'postSave',
    handler: async ({ entry }) => {
      const { path } = entry.toJS() as { path: string };
      const page = (await check()).kindOf(path)?.path;
      if (page !== undefined) window.parent.postMessage({ gespeichert: path, seite: page }, window.location.origin);
    },
  });
}

registerFileFormat();
registerTranslations(config as unknown as EditorConfig, asInFile);
registerSaveCheck();
registerPreviews(config as unknown as EditorConfig, asInFile);
registerAfterSave();
registerFormCare(config);
registerPreviewFollowsSave();
checkUploads();
CMS.init();
