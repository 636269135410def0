/**
 * Builds the Pagefind search index after Astro has written the pages.
 * Pagefind reports problems as a list instead of throwing; any problem fails
 * the build, so a site never ships with a broken or missing search.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'partnerstaedte:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (what: string, errors: string[]) => {
          throw new Error(`Suchindex (Pagefind): ${what} fehlgeschlagen:\n${errors.join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
        if (!index || errors.length) fail('Anlegen', errors);
        const added = await index!.addDirectory({ path: site });
        if (added.errors.length) fail('Einlesen', added.errors);
        if (added.page_count === 0) fail('Einlesen', ['Keine Seite mit Inhalt gefunden.']);
        const written = await index!.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) fail('Schreiben', written.errors);
        await pagefind.close();
        logger.info(`${added.page_count} Seiten im Suchindex`);
      },
    },
  };
}
