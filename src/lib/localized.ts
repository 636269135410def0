/**
 * The translations of the German entries (content/<collection>/<lang>/<id>.mdx), for the
 * layouts and lists of a page in another language. Facts never come from a translation;
 * the texts go through src/lib/pieces.ts (translated, or German marked `lang="de"`).
 */
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';
import { getTranslations } from './content.ts';
export * from './pieces.ts';
export type { CityTranslation, EventTranslation, NewsTranslation, PageTranslation } from './content.ts';

type Translations = Awaited<ReturnType<typeof getTranslations>>;
type Translated = Exclude<keyof Translations, 'startseite'>;

/** The translations of a German collection into one language, by the German entry's id. Empty for German. */
export async function translationsOf<C extends Translated>(collection: C, lang: Lang): Promise<Map<string, Translations[C][number]>> {
  const found = new Map<string, Translations[C][number]>();
  if (lang === DEFAULT_LANG) return found;
  // Ids are "<lang>/<German id>" (content/staedte/en/stryj.mdx → "en/stryj").
  for (const entry of (await getTranslations())[collection] as Translations[C][number][]) {
    const [entryLang, ...rest] = entry.id.split('/');
    if (entryLang === lang) found.set(rest.join('/'), entry);
  }
  return found;
}
