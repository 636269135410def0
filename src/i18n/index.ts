/**
 * Interface strings. German lives in `de.json`, English in `en.json` with the
 * same keys (a test fails on a missing one); the partner languages (`fr.json` …)
 * hold the strings their portrait pages need (`PORTRAIT_KEYS`).
 */
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import tr from './tr.json' with { type: 'json' };
import bs from './bs.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import { fill } from './fill.ts';
import { DEFAULT_LANG, splitPath, type Lang } from './languages.ts';

export type UIKey = keyof typeof de;
export * from './languages.ts';

export const STRINGS: Record<Lang, Partial<Record<UIKey, string>>> = { de, en, fr, tr, bs, uk, zh };

/**
 * The interface strings a page in a partner language needs (the portrait of a
 * city and that language's search page): head and landmarks, breadcrumbs, the
 * city's fact box, contact and map, the search page, the translation note.
 * `fr.json` … hold exactly these (tests/unit/portrait-strings.test.ts).
 */
export const PORTRAIT_KEYS = [
  // Head, landmarks, header and footer
  'site.title', 'site.brand', 'site.publisher', 'skip', 'nav.label', 'nav.home', 'breadcrumbs.label',
  'footer.label', 'footer.note', 'footer.search',
  // The city: fact box, contact, links, locator map, share image, photo credits
  'kind.city', 'city.since', 'city.factsHeading', 'city.location', 'city.country', 'city.population', 'city.distance',
  'city.partnerSince', 'city.asOf', 'city.ownName',
  // The labels of the mayor and the contact person, for buergermeister.amt and kontakt.bezeichnung (he / she)
  'city.mayor.m', 'city.mayor.f', 'city.contactPerson.m', 'city.contactPerson.f', 'city.contactHeading', 'city.contactJump', 'city.phone',
  'city.email', 'city.website', 'city.websiteHeading', 'map.locatorLabel', 'map.locatorCaption', 'map.row',
  'share.distance', 'share.mapAlt', 'figure.credit',
  // The search page and the header's search field (the kinds are the values of the filter "Typ")
  'search.label', 'search.field', 'search.submit', 'search.placeholder', 'search.pageLabel', 'search.hint',
  'search.filter.legend', 'search.filter.all', 'search.filter.city', 'search.filter.news', 'search.filter.page',
  'search.filter.events', 'search.results', 'search.loading', 'search.count', 'search.none', 'search.noneFiltered',
  'search.error', 'search.noscript', 'search.allPages', 'search.allCities', 'search.allOther', 'search.more',
  'search.shown', 'search.description', 'kind.page', 'kind.news', 'kind.event',
  // The translation note, the language switch and the German-only pages
  'lang.switchLabel', 'lang.translatedFrom', 'lang.germanVersion', 'lang.outdated', 'lang.germanOnly',
  'lang.privacySummary', 'lang.inGerman',
] as const satisfies readonly UIKey[];

/** `t('city.asOf', { date: 'September 2019' })` → "Stand: September 2019"; with `lang`, in that language. */
export function t(key: UIKey, vars: Record<string, string | number> = {}, lang: Lang = DEFAULT_LANG): string {
  const template = STRINGS[lang][key];
  // A missing string is a bug of the site, not of the content: it stops the build rather than mixing languages.
  if (template === undefined) throw new Error(`Interface string »${key}« is missing in src/i18n/${lang}.json.`);
  return fill(template, vars);
}

/** `t` bound to one language: `const t = translator('en')`. */
export function translator(lang: Lang): (key: UIKey, vars?: Record<string, string | number>) => string {
  return (key, vars = {}) => t(key, vars, lang);
}

// Outside Astro (tests, scripts) there is no import.meta.env: the site's base then.
const BASE = (import.meta.env?.BASE_URL ?? '/partnerstaedte/').replace(/\/?$/, '/');

/** The language of the page at a URL (its first path segment under the base): in a component, `langOf(Astro.url)`. */
export function langOf(url: URL | string): Lang {
  const pathname = typeof url === 'string' ? url : url.pathname;
  const under = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\/+/, '');
  return splitPath(under).lang;
}

/** In an Astro component: the page's language and `t` in it: `const { lang, t } = i18n(Astro.url)`. */
export function i18n(url: URL | string): { lang: Lang; t: ReturnType<typeof translator> } {
  const lang = langOf(url);
  return { lang, t: translator(lang) };
}
