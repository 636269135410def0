/**
 * The translations of the German entries (content/<collection>/<lang>/<id>.mdx), for the
 * layouts and lists of a page in another language. Facts never come from a translation;
 * the texts go through src/lib/pieces.ts (translated, or German marked `lang="de"`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';
import { translationFile } from './translations.ts';
export * from './pieces.ts';

export type CityTranslation = CollectionEntry<'uebersetzungenStaedte'>;
export type PageTranslation = CollectionEntry<'uebersetzungenSeiten'>;
export type NewsTranslation = CollectionEntry<'uebersetzungenAktuelles'>;
export type EventTranslation = CollectionEntry<'uebersetzungenTermine'>;

const COLLECTIONS = {
  staedte: 'uebersetzungenStaedte',
  seiten: 'uebersetzungenSeiten',
  aktuelles: 'uebersetzungenAktuelles',
  termine: 'uebersetzungenTermine',
} as const;
type Translated = keyof typeof COLLECTIONS;
type EntryOf<C extends Translated> = CollectionEntry<(typeof COLLECTIONS)[C]>;

/** The translations of a German collection into one language, by the German entry's id. Empty for German. */
export async function translationsOf<C extends Translated>(collection: C, lang: Lang): Promise<Map<string, EntryOf<C>>> {
  const found = new Map<string, EntryOf<C>>();
  if (lang === DEFAULT_LANG) return found;
  for (const entry of (await getCollection(COLLECTIONS[collection])) as EntryOf<C>[]) {
    // The file says which language and which German entry (content/staedte/en/stryj.mdx); the id's form is Astro's.
    const file = entry.filePath ? translationFile(entry.filePath) : undefined;
    const [entryLang, ...rest] = entry.id.split('/');
    const key = file ? { lang: file.lang, id: file.id } : { lang: entryLang, id: rest.join('/') };
    if (key.lang === lang) found.set(key.id, entry);
  }
  return found;
}

/** The translation of one German entry into a language, if there is one. */
export async function translationOf<C extends Translated>(collection: C, id: string, lang: Lang): Promise<EntryOf<C> | undefined> {
  return (await translationsOf(collection, lang)).get(id);
}

