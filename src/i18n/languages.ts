/**
 * The languages of the site. German is the site itself, at the root; English
 * is a second whole site under /en/; the partner languages each have a short
 * portrait of their city under /<code>/<city>/. A language code is also the
 * first path segment of its pages, so none may be taken by a content file.
 */

export const LANGS = ['de', 'en', 'fr', 'tr', 'bs', 'uk', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** Languages with a whole site (every public page but the four legal ones). */
export const SITE_LANGS = ['de', 'en'] as const satisfies readonly Lang[];
/** Languages with a portrait of the partner city that speaks them. */
export const PORTRAIT_LANGS = ['fr', 'tr', 'bs', 'uk', 'zh'] as const satisfies readonly Lang[];
export type PortraitLang = (typeof PORTRAIT_LANGS)[number];

export const DEFAULT_LANG: Lang = 'de';

interface LanguageInfo {
  /** BCP 47 for `<html lang>` and hreflang: Pagefind builds one index per value. */
  tag: string;
  /** The locale for dates, numbers and names (Intl): the English texts are British, so are their dates. */
  intl: string;
  /** Open Graph's locale (og:locale): language_TERRITORY. */
  og: string;
  /** The language's name in itself, for the language switch. */
  name: string;
  /** The name in German, for editors and the German pages' accessible labels. */
  german: string;
}

export const LANGUAGE: Record<Lang, LanguageInfo> = {
  de: { tag: 'de', intl: 'de-DE', og: 'de_DE', name: 'Deutsch', german: 'Deutsch' },
  en: { tag: 'en', intl: 'en-GB', og: 'en_GB', name: 'English', german: 'Englisch' },
  fr: { tag: 'fr', intl: 'fr-FR', og: 'fr_FR', name: 'Français', german: 'Französisch' },
  tr: { tag: 'tr', intl: 'tr-TR', og: 'tr_TR', name: 'Türkçe', german: 'Türkisch' },
  bs: { tag: 'bs', intl: 'bs-BA', og: 'bs_BA', name: 'Bosanski', german: 'Bosnisch' },
  uk: { tag: 'uk', intl: 'uk-UA', og: 'uk_UA', name: 'Українська', german: 'Ukrainisch' },
  zh: { tag: 'zh-Hans', intl: 'zh-Hans-CN', og: 'zh_CN', name: '简体中文', german: 'Chinesisch (vereinfacht)' },
};

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The `[...lang]` route parameter of a language's pages: none for German (at the root), else its code. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** A page's path in a language: ('en', 'stryj') → "en/stryj", ('de', 'stryj') → "stryj", ('en', '') → "en". */
export function localizedPath(lang: Lang, path: string): string {
  if (lang === DEFAULT_LANG) return path;
  return path === '' ? lang : `${lang}/${path}`;
}

/** The language of a path under the base and the path without it: "en/stryj" → { lang: 'en', path: 'stryj' }. */
export function splitPath(path: string): { lang: Lang; path: string } {
  const clean = path.replace(/^\/+|\/+$/g, '');
  const [first, ...rest] = clean.split('/');
  if (first && first !== DEFAULT_LANG && isLang(first)) return { lang: first, path: rest.join('/') };
  return { lang: DEFAULT_LANG, path: clean };
}
