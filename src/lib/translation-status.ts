/**
 * Whether a translation is behind its German page, for the pages that show it
 * ("the German page has been updated since") and for the content check's dates.
 * Node only: it reads the files under the project's content/ and asks git when
 * the German file last changed. The computation itself is the one of the content
 * check and `npm run uebersetzung`: `translationStatus()` in ./translations.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { translationFile, translationStatus } from './translations.ts';

export interface TranslationState {
  /** The day of the translation (`uebersetzung.datum`), UTC midnight. */
  datum: Date;
  /** The German text changed since (or, in English, has text the translation lacks). */
  stale: boolean;
  /** German fields changed since the translation ("beschreibung", "text" for the body …). */
  changed: string[];
  /** German fields with text the English translation does not have yet. */
  missing: string[];
  /** When stale: the day the German file last changed (YYYY-MM-DD; today when it has unsaved changes), if git knows it. */
  germanChanged?: string;
}

/**
 * When a file last changed, from git: the date of its last commit, or today with
 * `uncommitted` when the file has changes (or is new) that are not committed yet.
 * Undefined without git, outside a repository, or for a file git does not track.
 */
export function lastChange(root: string, file: string): { date: string; uncommitted: boolean } | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  try {
    if (git('status', '--porcelain', '--', file) !== '') return { date: new Date().toISOString().slice(0, 10), uncommitted: true };
    const date = git('log', '-1', '--format=%cs', '--', file);
    return /^\d{4}-\d\d-\d\d$/.test(date) ? { date, uncommitted: false } : undefined;
  } catch {
    return undefined;
  }
}

const cache = new Map<string, TranslationState>();

/**
 * The state of a translation file ("content/staedte/en/stryj.mdx", from the project root).
 * Cached while neither file changes (a build asks once per page; the dev server sees edits).
 * Throws, in German, for a file that is no translation or has no record: the content check
 * refuses those before the build, so this is a safety net.
 */
export function translationState(file: string, root = process.cwd()): TranslationState {
  const t = translationFile(file);
  if (!t) throw new Error(`${file} ist keine Übersetzung (z. B. content/staedte/en/stryj.mdx).`);
  const own = path.join(root, file);
  const german = path.join(root, t.german);
  const stamp = (f: string) => {
    const st = statSync(f);
    return `${st.mtimeMs}:${st.size}`;
  };
  const key = `${own}\0${stamp(own)}\0${stamp(german)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const status = translationStatus(file, readFileSync(own, 'utf8'), readFileSync(german, 'utf8'));
  if (!status.datum) throw new Error(`${file}: Der Stand der Übersetzung (uebersetzung.datum) fehlt; ihn schreibt npm run uebersetzung -- ${file}.`);
  const stale = status.changed.length > 0 || status.missing.length > 0;
  const since = stale ? lastChange(root, t.german) : undefined;
  const state: TranslationState = {
    datum: new Date(`${status.datum}T00:00:00Z`),
    stale,
    changed: status.changed,
    missing: status.missing,
    ...(since ? { germanChanged: since.date } : {}),
  };
  cache.set(key, state);
  return state;
}
