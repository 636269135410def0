/**
 * Whether a translation is behind its German page, for the page that shows it
 * (Node: reads the files under content/). The computation is the content
 * check's: `staleness()` in translations.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readEntryFile } from './entry-file.ts';
import { staleness, translationFile } from './translations.ts';

const cache = new Map<string, { stale: boolean; changed: string[]; missing: string[] }>();

/** `translationState('content/staedte/en/stryj.mdx')`; a file that is not a translation counts as up to date. */
export function translationState(file: string, root = process.cwd()): { stale: boolean; changed: string[]; missing: string[] } {
  const cached = cache.get(file);
  if (cached) return cached;
  const t = translationFile(file);
  let state = { stale: false, changed: [] as string[], missing: [] as string[] };
  if (t) {
    const read = (f: string) => readEntryFile(fs.readFileSync(path.join(root, f), 'utf8')).data;
    const { body: germanBody = '', ...germanFields } = read(t.german);
    const recorded = ((read(file).uebersetzung as { vorlage?: Record<string, string> } | undefined)?.vorlage) ?? {};
    const s = staleness(t.collection, t.lang, recorded, { frontmatter: germanFields, body: germanBody });
    state = { stale: s.changed.length + s.missing.length > 0, ...s };
  }
  cache.set(file, state);
  return state;
}
