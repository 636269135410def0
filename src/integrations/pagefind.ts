/**
 * Builds the Pagefind search index after Astro has written the pages.
 * Pagefind reports problems as a list instead of throwing; any problem fails
 * the build, so a site never ships with a broken or missing search.
 * The index lands in dist/pagefind/, served as /partnerstaedte/pagefind/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the built site in `site` (a folder) and returns the number of pages; throws on any problem. */
export async function buildSearchIndex(site: string): Promise<number> {
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
    // One German index (stemming, "Altmuenster" → Altmünster), also for the parts in other scripts.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
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

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'partnerstaedte:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`${pages} Seiten im Suchindex`);
      },
    },
  };
}
