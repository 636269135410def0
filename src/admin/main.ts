/**
 * The browser editor at /partnerstaedte/admin/: Sveltia CMS from its npm
 * package, with
 * - the site's own file format: a save changes only the lines of the fields
 *   that changed (src/lib/entry-file.ts), and
 * - the content check before every save: a file the check rejects is not
 *   written, and the editor reads the German messages. The whole-site rules
 *   (addresses, descriptions, references) check it against the rest of the
 *   site, from the index published beside the editor (inhalt.json);
 * - the image rule before every upload (./uploads.ts).
 */
import './german.ts';
import CMS from '@sveltia/cms';
import { ENTRY_FORMAT } from '../lib/cms-config.ts';
import { closestOriginal, readEntryFile, writeEntryFile, type EntryData } from '../lib/entry-file.ts';
import type { Problem, SiteIndex } from './check.ts';
import { checkUploads } from './uploads.ts';

/** The content check, loaded at the first save (its parser is a large part of the bundle). */
const check = () => import('./check.ts');

/** Every file text read or written in this session, to edit files in place. */
const seen = new Set<string>();

function fileText(values: EntryData): string {
  return writeEntryFile(values, closestOriginal(values, seen));
}

CMS.registerCustomFormat(ENTRY_FORMAT, 'mdx', {
  fromFile: (text: string) => {
    seen.add(text);
    return readEntryFile(text).data;
  },
  toFile: (values: EntryData) => {
    const text = fileText(values);
    seen.add(text);
    return text;
  },
});

/** One problem as the dialog shows it (it folds line breaks): "Zeile 28, Ansprechperson, E-Mail: »…« ist keine …" */
function sentence(p: Problem): string {
  const where = [p.line ? `Zeile ${p.line}` : undefined, p.field].filter(Boolean).join(', ');
  return `${where ? `${where}: ` : ''}${p.message}`;
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

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const { data, path } = entry.toJS() as { data: EntryData; path: string };
    const text = fileText(data);
    const [{ checkContent, siteIndex }, index] = await Promise.all([check(), siteNow()]);
    // Photos uploaded in this session are not in the index yet: whether a photo file exists is the build's check.
    const problems = checkContent([{ file: path, text }], undefined, undefined, { ...index, assets: [] }).filter((p) => p.severity === 'fehler');
    if (problems.length) {
      const report = `Bitte korrigieren in ${path}: ${problems.map(sentence).join(' · ')}`;
      // Sveltia shows the cause's message of a "saving_failed" error in its error dialog.
      throw new Error('saving_failed', { cause: new Error(report) });
    }
    // The saved file is part of the site from now on (a new city can be named in a news item).
    const saved = siteIndex([{ file: path, text }], []).entries;
    site = Promise.resolve({ entries: [...index.entries.filter((e) => e.file !== path), ...saved], assets: index.assets });
  },
});

// `npm run redaktion` shows the editor beside the site's preview: after a save, the preview
// opens the saved page (its dev server has already picked up the file).
if (window.parent !== window) {
  CMS.registerEventListener({
    name: 'postSave',
    handler: async ({ entry }) => {
      const { path } = entry.toJS() as { path: string };
      const page = (await check()).kindOf(path)?.path;
      if (page !== undefined) window.parent.postMessage({ gespeichert: path, seite: page }, window.location.origin);
    },
  });
}

checkUploads();
CMS.init();
