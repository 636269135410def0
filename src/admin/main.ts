/**
 * The browser editor at /partnerstaedte/admin/: Sveltia CMS from its npm
 * package, with
 * - the site's own file format: a save changes only the lines of the fields
 *   that changed (src/lib/entry-file.ts), and
 * - the content check before every save: a file the check rejects is not
 *   written, and the editor reads the German messages;
 * - the image rule before every upload (./uploads.ts).
 */
import './german.ts';
import CMS from '@sveltia/cms';
import { ENTRY_FORMAT } from '../lib/cms-config.ts';
import { closestOriginal, readEntryFile, writeEntryFile, type EntryData } from '../lib/entry-file.ts';
import { checkEntry, kindOf, type Problem } from './check.ts';
import { checkUploads } from './uploads.ts';

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

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const { data, path } = entry.toJS() as { data: EntryData; path: string };
    const problems = checkEntry(path, fileText(data)).filter((p) => p.severity === 'fehler');
    if (problems.length) {
      const report = `Bitte korrigieren in ${path}: ${problems.map(sentence).join(' · ')}`;
      // Sveltia shows the cause's message of a "saving_failed" error in its error dialog.
      throw new Error('saving_failed', { cause: new Error(report) });
    }
  },
});

// `npm run redaktion` shows the editor beside the site's preview: after a save, the preview
// opens the saved page (its dev server has already picked up the file).
if (window.parent !== window) {
  CMS.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      const { path } = entry.toJS() as { path: string };
      const page = kindOf(path)?.path;
      if (page !== undefined) window.parent.postMessage({ gespeichert: path, seite: page }, window.location.origin);
    },
  });
}

checkUploads();
CMS.init();
