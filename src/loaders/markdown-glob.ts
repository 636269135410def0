/**
 * Astro's glob loader for `.mdx` files whose text is plain Markdown: the news items.
 *
 * The content check already forbids what only MDX can do in a body (`{`, `}`, `<`,
 * import/export), so a news item renders the same as Markdown. Markdown is rendered
 * while the content syncs (Sätteri, in Rust); an MDX entry instead becomes a module that
 * Vite compiles and the build imports, one per file. With hundreds of news items that
 * was the largest part of a rebuild that grows with the content (`npm run bench:wachstum`).
 * Everything else – frontmatter, schema, error messages, ids, watching in `astro dev` –
 * is the glob loader's own, except that a body the Markdown processor refuses (the content
 * rules in src/lib/check/mdx-rules.ts) stops the sync: the glob loader would only log it.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

/** Astro passes the glob loader its file types (`.md`, `.mdx` …); not in the public type (Astro 7.3). */
type WithEntryTypes = LoaderContext & { entryTypes: Map<string, unknown> };
/** The part of an entry type the loader wraps (not public either). */
type MarkdownEntryType = { getRenderFunction?: (config: unknown) => Promise<(entry: unknown) => Promise<unknown>> };

export function markdownGlob(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    name: 'partnerstaedte:markdown-glob',
    load: async (context) => {
      const { entryTypes } = context as WithEntryTypes;
      const markdown = entryTypes?.get('.md') as MarkdownEntryType | undefined;
      // An Astro update that no longer passes the file types stops the build here, not silently.
      if (!markdown) throw new Error('markdownGlob: Astro übergibt dem Loader keine Dateitypen mehr (entryTypes); src/loaders/markdown-glob.ts anpassen.');
      const failures: unknown[] = [];
      const failing: MarkdownEntryType = {
        ...markdown,
        getRenderFunction: async (config) => {
          const render = await markdown.getRenderFunction!(config);
          return async (entry: unknown) => {
            try {
              return await render(entry);
            } catch (error) {
              failures.push(error);
              throw error;
            }
          };
        },
      };
      await loader.load({ ...context, entryTypes: new Map([...entryTypes, ['.mdx', failing]]) } as WithEntryTypes);
      if (failures.length > 0) throw failures[0];
    },
  };
}
