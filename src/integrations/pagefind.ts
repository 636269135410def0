/**
 * Builds the Pagefind search index after Astro has written the pages.
 * Pagefind reports problems as a list instead of throwing; any problem fails
 * the build, so a site never ships with a broken or missing search.
 * The index lands in dist/pagefind/, served as /partnerstaedte/pagefind/.
 *
 * One index per language: Pagefind files each page under its `<html lang>`
 * (de, en, fr, tr: stemmed; bs, uk: whole words and prefixes; zh-hans:
 * segmented), and pagefind.js loads the index of the language of the page it
 * runs on. So the German search finds German pages, the English search English
 * pages, and so on; a search page whose language has no index would silently
 * search the largest one instead, so that fails the build.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Where finished indexes are kept between builds (node_modules/.cache/, like the share
 * images): a rebuild whose pages are the same byte for byte copies the index instead of
 * building it again. SEARCH_CACHE_DIR moves it; SEARCH_CACHE_DIR=off builds every time.
 */
export function searchCacheDir(): string | undefined {
  const dir = process.env.SEARCH_CACHE_DIR ?? 'node_modules/.cache/partnerstaedte-pagefind';
  return dir === 'off' ? undefined : path.resolve(dir);
}

/** Pagefind's version (its package.json exports nothing but the API: found from the entry file upwards). */
function pagefindVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(path.join(dir, 'package.json')) || !readFileSync(path.join(dir, 'package.json'), 'utf8').includes('"name": "pagefind"')) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('Pagefind: package.json nicht gefunden.');
    dir = up;
  }
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A hash of every page Pagefind reads (path and bytes), of Pagefind's version and of this file's options. */
function searchKey(site: string): string | undefined {
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort();
  if (pages.length === 0) return undefined;
  const hash = createHash('sha256').update(JSON.stringify([pagefindVersion(), 'per-lang']));
  for (const f of pages) hash.update(f.split(path.sep).join('/')).update('\0').update(readFileSync(path.join(site, f))).update('\0');
  return hash.digest('hex');
}

/** Removes cached indexes no build has used for a week. */
function pruneSearchCache(dir: string): void {
  const before = Date.now() - 7 * 24 * 3600 * 1000;
  for (const name of readdirSync(dir)) {
    const entry = path.join(dir, name);
    if (statSync(entry).mtimeMs < before) rmSync(entry, { recursive: true, force: true });
  }
}

/**
 * Indexes the built site in `site` (a folder) and returns the number of pages; throws on any problem.
 * From the cache when the same pages were indexed before (searchKey).
 */
export async function buildSearchIndex(site: string, cacheDir = searchCacheDir()): Promise<number> {
  const key = cacheDir ? searchKey(site) : undefined;
  const cached = key && path.join(cacheDir!, key);
  if (cached && existsSync(path.join(cached, 'pages'))) {
    cpSync(path.join(cached, 'pagefind'), path.join(site, 'pagefind'), { recursive: true });
    const now = new Date();
    utimesSync(cached, now, now);
    return Number(readFileSync(path.join(cached, 'pages'), 'utf8'));
  }
  const count = await indexSite(site);
  if (cached) {
    // Into a temporary folder first: a cache entry is complete or absent.
    const tmp = `${cached}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    cpSync(path.join(site, 'pagefind'), path.join(tmp, 'pagefind'), { recursive: true });
    writeFileSync(path.join(tmp, 'pages'), String(count));
    rmSync(cached, { recursive: true, force: true });
    renameSync(tmp, cached);
    pruneSearchCache(cacheDir!);
  }
  return count;
}

/** Runs Pagefind over the site; returns the number of pages. */
async function indexSite(site: string): Promise<number> {
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`Suchindex (Pagefind): ${what} fehlgeschlagen:\n${errors.join('\n')}`);
  };
  // If Pagefind's process dies (it panics on some I/O errors), its promise never settles and Node would
  // simply run out of work and exit 0. Make that a failure.
  const died = () => {
    console.error('Suchindex (Pagefind): Pagefind hat sich ohne Antwort beendet.');
    process.exitCode = 1;
  };
  process.once('beforeExit', died);
  try {
    // No forceLanguage: one index per <html lang> (German pages keep their German index, names in
    // other scripts such as 金华 or Стрий included; "Altmuenster" still finds Altmünster).
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) return fail('Anlegen', errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) fail('Einlesen', added.errors);
    if (added.page_count === 0) fail('Einlesen', ['Keine Seite mit Inhalt (data-pagefind-body) gefunden.']);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) fail('Schreiben', written.errors);
    return added.page_count;
  } finally {
    process.off('beforeExit', died);
    // Pagefind runs as a child process; without this a failed build would not exit.
    await pagefind.close();
  }
}

/** The `<html lang>` of a built page, lower case as Pagefind keys its indexes ("zh-hans"). */
function htmlLang(html: string): string {
  return (/<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? 'unknown').toLowerCase();
}

/**
 * Every search page (the page with `data-search`, src/pages/suche.astro) must find an index in its own
 * language, the way pagefind.js looks for it ("zh-hans", then "zh"); otherwise Pagefind would fall back
 * to the largest index and show German results on, say, a Ukrainian page. Returns the problems, in German.
 */
export function searchPagesWithoutIndex(site: string): string[] {
  const entryFile = path.join(site, 'pagefind', 'pagefind-entry.json');
  const languages = Object.keys((JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, unknown> }).languages);
  const problems: string[] = [];
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith('pagefind')) continue;
    const html = readFileSync(path.join(site, file), 'utf8');
    if (!/\sdata-search=/.test(html)) continue;
    const lang = htmlLang(html);
    if (languages.includes(lang) || languages.includes(lang.split('-')[0]!)) continue;
    problems.push(
      `Die Suchseite ${file.split(path.sep).join('/')} (Sprache ${lang}) hat keinen Suchindex in ihrer Sprache: ` +
        `keine durchsuchbare Seite mit <html lang="${lang}">. Sie würde Treffer in einer anderen Sprache zeigen.`,
    );
  }
  return problems;
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'partnerstaedte:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await buildSearchIndex(site);
        const problems = searchPagesWithoutIndex(site);
        if (problems.length) throw new Error(`Suchindex (Pagefind): ${problems.join('\n')}`);
        logger.info(`${pages} Seiten im Suchindex`);
      },
    },
  };
}
