/**
 * The collections of the site. Editors change the files in `content/`;
 * the schemas in `src/schemas/` check every field when the site is built.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { markdownGlob } from './loaders/markdown-glob.ts';
import { optionalFiles } from './loaders/optional-files.ts';
import { LANGS } from './i18n/languages.ts';
import { citySchema } from './schemas/city.ts';
import { newsSchema } from './schemas/news.ts';
import { pageSchema } from './schemas/page.ts';
import { startSchema } from './schemas/start.ts';
import { eventSchema } from './schemas/event.ts';
import {
  cityTranslationSchema,
  eventTranslationSchema,
  newsTranslationSchema,
  pageTranslationSchema,
  startTranslationSchema,
} from './schemas/translation.ts';

const staedte = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/staedte' }),
  schema: citySchema,
});

// News grow by the hundred: rendered as Markdown while the content syncs, not compiled as MDX modules.
const aktuelles = defineCollection({
  loader: markdownGlob({ pattern: '*.mdx', base: './content/aktuelles' }),
  schema: ({ image }) => newsSchema(reference('staedte'), image),
});

const seiten = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/seiten' }),
  schema: pageSchema(),
});

/** The start page's heading, description and introduction (content/startseite.mdx). */
const startseite = defineCollection({
  loader: glob({ pattern: 'startseite.mdx', base: './content' }),
  schema: startSchema(),
});

/** Dated events of the partnerships (content/termine/*.mdx); the body is plain Markdown, as in news. */
const termine = defineCollection({
  loader: optionalFiles(markdownGlob({ pattern: '*.mdx', base: './content/termine' })),
  schema: ({ image }) => eventSchema(reference('staedte'), image),
});

/*
 * Translations, one folder per language beside the German files (content/staedte/en/stryj.mdx):
 * only translatable text, the facts come from the German entry. Ids are "<sprache>/<name>".
 * A content tree without translations is normal: `optionalFiles` keeps the loader quiet about it.
 */
const uebersetzungenStaedte = defineCollection({
  loader: optionalFiles(glob({ pattern: '*/*.mdx', base: './content/staedte' })),
  schema: cityTranslationSchema(),
});
const uebersetzungenSeiten = defineCollection({
  loader: optionalFiles(glob({ pattern: '*/*.mdx', base: './content/seiten' })),
  schema: pageTranslationSchema(),
});
const uebersetzungenAktuelles = defineCollection({
  loader: optionalFiles(markdownGlob({ pattern: '*/*.mdx', base: './content/aktuelles' })),
  schema: newsTranslationSchema(),
});
const uebersetzungenStartseite = defineCollection({
  // Only in a language folder: a German page named startseite.mdx (content/seiten/startseite.mdx) is no translation.
  loader: optionalFiles(glob({ pattern: `{${LANGS.filter((l) => l !== 'de').join(',')}}/startseite.mdx`, base: './content' })),
  schema: startTranslationSchema(),
});
const uebersetzungenTermine = defineCollection({
  loader: optionalFiles(markdownGlob({ pattern: '*/*.mdx', base: './content/termine' })),
  schema: eventTranslationSchema(),
});

export const collections = {
  staedte,
  aktuelles,
  seiten,
  startseite,
  termine,
  uebersetzungenStaedte,
  uebersetzungenSeiten,
  uebersetzungenAktuelles,
  uebersetzungenStartseite,
  uebersetzungenTermine,
};
