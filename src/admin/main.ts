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

/** The configuration Sveltia reads too (same address, so the browser's cache answers the second request). */
const config = parse(await (await fetch(new URL('config.yml', document.baseURI))).text()) as Parameters<typeof numberFields>[0];
const numbers: NumberFields = numberFields(config);

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

function registerSaveCheck(): void {
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const { data, path } = entry.toJS() as { data: EntryData; path: string };
      const text = fileText(data);
      const [{ checkContent, siteIndex }, index] = await Promise.all([check(), siteNow()]);
      // Photos uploaded in this session are not in the index yet: whether a photo file exists is the build's check.
      const problems = checkContent([{ file: path, text }], undefined, undefined, { ...index, assets: [] }).filter((p) => p.severity === 'fehler');
      if (!problems.length) {
        clearFieldMessages();
        // The saved file is part of the site from now on (a new city can be named in a news item).
        const saved = siteIndex([{ file: path, text }], []).entries;
        site = Promise.resolve({ entries: [...index.entries.filter((e) => e.file !== path), ...saved], assets: index.assets });
        return;
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
registerSaveCheck();
registerPreviews();
registerAfterSave();
registerFormCare(config);
registerPreviewFollowsSave();
checkUploads();
CMS.init();
