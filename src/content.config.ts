/**
 * The three collections of the site. Editors change the files in `content/`;
 * the schemas in `src/schemas/` check every field when the site is built.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { citySchema } from './schemas/city.ts';
import { newsSchema } from './schemas/news.ts';
import { pageSchema } from './schemas/page.ts';

const staedte = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/staedte' }),
  schema: citySchema,
});

const aktuelles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/aktuelles' }),
  schema: newsSchema(reference('staedte')),
});

const seiten = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/seiten' }),
  schema: pageSchema(),
});

export const collections = { staedte, aktuelles, seiten };
