/**
 * The content check on disk: reads every file under content/ and checks them
 * together (see ./index.ts). Used by `npm run pruefen`, the build and the dev server.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, imageReferences, type Problem } from './index.ts';
import { fileProblems, isImageName, type EntryType } from './files.ts';
import { imageFileProblems } from './images.ts';
import { mapProblems } from './maps.ts';
import { lastChange } from '../translation-status.ts';

const TEXT = /\.(mdx?|ya?ml|json)$/;

/**
 * All files under `root/content`, as paths from the project root ("content/staedte/stryj.mdx").
 * `files` and `assets` hold regular files only; `entries` lists everything with its type
 * (links are listed, never followed).
 */
export function readContent(root: string): {
  files: { file: string; text: string }[];
  assets: string[];
  entries: { file: string; type: EntryType }[];
} {
  // content/ itself as a link would make every file in it come from elsewhere.
  const top = lstatSync(path.join(root, 'content'));
  const self = top.isSymbolicLink() ? [{ file: 'content', type: 'symlink' as EntryType }] : [];
  const entries = readdirSync(path.join(root, 'content'), { recursive: true, withFileTypes: true })
    .map((e) => ({
      file: path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'),
      type: (e.isSymbolicLink() ? 'symlink' : e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other') as EntryType,
    }))
    .concat(self)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const all = entries.filter((e) => e.type === 'file').map((e) => e.file);
  return {
    files: all.filter((f) => TEXT.test(f)).map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') })),
    assets: all.filter((f) => !TEXT.test(f)),
    entries,
  };
}

/** The decoder script, found from this file (or from the project, when a bundler moved this code). */
const decoder = (root: string) => {
  const here = path.join(path.dirname(fileURLToPath(import.meta.url)), 'decode-images.ts');
  return existsSync(here) ? here : path.join(root, 'src/lib/check/decode-images.ts');
};

/** Photos sharp cannot decode completely: file → sharp's message. */
function undecodable(root: string, files: string[]): Record<string, string> {
  if (files.length === 0) return {};
  const out = execFileSync(process.execPath, [decoder(root), ...files], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out) as Record<string, string>;
}

/**
 * Photos sharp has decoded before, by the hash of their bytes: a rebuild decodes only new or
 * changed photos. `IMAGE_CHECK_CACHE_DIR=off` turns it off.
 */
const DECODED_DIR = process.env.IMAGE_CHECK_CACHE_DIR ?? path.resolve('node_modules/.cache/partnerstaedte-images');
const decodedMark = (hash: string) => (DECODED_DIR === 'off' ? undefined : path.join(DECODED_DIR, hash));

/** Every photo under content/: its bytes by the image rule (images.ts), then sharp's decode. */
function imageProblems(root: string, assets: string[]): Problem[] {
  const problems: Problem[] = [];
  const clean = new Map<string, string>();
  for (const file of assets.filter(isImageName)) {
    const bytes = readFileSync(path.join(root, file));
    const messages = imageFileProblems(file, bytes);
    for (const message of messages) problems.push({ file, field: 'Datei', severity: 'fehler', message });
    const hash = createHash('sha256').update(bytes).digest('hex');
    const mark = decodedMark(hash);
    if (messages.length === 0 && !(mark && existsSync(mark))) clean.set(file, hash);
  }
  const failed = undecodable(root, [...clean.keys()]);
  for (const [file, hash] of clean) {
    const mark = decodedMark(hash);
    if (mark && !(file in failed)) {
      mkdirSync(DECODED_DIR, { recursive: true });
      writeFileSync(mark, '');
    }
  }
  for (const [file, reason] of Object.entries(failed)) {
    problems.push({
      file, field: 'Datei', severity: 'fehler', found: reason,
      message: 'Die Bildbearbeitung kann dieses Foto nicht lesen (unvollständig oder beschädigt). Bitte das Foto neu als JPEG speichern oder noch einmal hochladen.',
    });
  }
  return problems;
}

/** Checks the content of the project at `root`. */
export function checkProject(root: string, today?: Date): Problem[] {
  const { files, assets, entries } = readContent(root);
  // Since when a translation is behind: when its German file last changed, from git (asked only for those behind).
  const since = new Map<string, string | undefined>();
  const changedSince = (german: string) => {
    if (!since.has(german)) {
      const change = lastChange(root, german);
      since.set(german, change && (change.uncommitted ? 'heute (noch nicht gespeichert)' : change.date));
    }
    return since.get(german);
  };
  const problems = [...fileProblems(entries), ...checkContent(files, today, assets, undefined, { changedSince })];
  const images = imageProblems(root, assets);
  problems.push(...images);
  // A text whose `bilder` entry names a refused photo: said there too, with the field.
  for (const ref of imageReferences(files)) {
    const refused = images.find((p) => p.file === ref.target);
    if (refused) {
      problems.push({
        file: ref.file, line: ref.line, field: ref.field, key: ref.key, found: ref.found, severity: 'fehler',
        message: `Das Foto ${ref.target} kann die Website nicht verwenden: ${refused.message}`,
      });
    }
  }
  // The maps need every city's coordinates: checked once the cities themselves are in order.
  const cityFiles = files.filter((f) => /^content\/staedte\/[^/]+\.mdx$/.test(f.file));
  const cityErrors = problems.some((p) => p.severity === 'fehler' && cityFiles.some((f) => f.file === p.file));
  return cityErrors ? problems : [...problems, ...mapProblems(cityFiles)];
}
