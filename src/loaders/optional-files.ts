/**
 * A loader for a collection that may well be empty: the translations (a content tree
 * without any English news has no content/aktuelles/en/) and the events. Astro's glob
 * loader warns when its folder is missing or holds no matching file; for these
 * collections that is a normal state, not a technical problem, so exactly those two
 * warnings are left out. Everything else the wrapped loader logs (a file it cannot
 * read, a duplicate id …) still reaches the build's log and summary.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** The glob loader's two warnings about an empty collection (Astro 7: src/content/loaders/glob.ts). */
const EMPTY = /^(No files found matching "[^"]*" in directory "[^"]*"|The base directory "[^"]*" does not exist\.)$/;

export function optionalFiles(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const { logger } = context;
      // The same logger (label, options, fork …), with a warn that lets the two through no more.
      const quiet: LoaderContext['logger'] = Object.create(logger);
      quiet.warn = (message: string) => {
        if (!EMPTY.test(message)) logger.warn(message);
      };
      return loader.load({ ...context, logger: quiet });
    },
  };
}
