/**
 * Numbers, countries, distances and phone numbers in the page's language
 * (German by default, written as always; the others through Intl).
 */
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/index.ts';
import type { Direction } from './geo.ts';
import { intlLocale, plainSpaces } from './intl-text.ts';

const numberFormat = new Intl.NumberFormat('de-DE');
const regionNames = new Intl.DisplayNames(['de'], { type: 'region', fallback: 'none' });

const cache = new Map<string, Intl.NumberFormat | Intl.DisplayNames>();
function cached<T extends Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let v = cache.get(key) as T | undefined;
  if (!v) cache.set(key, (v = make()));
  return v;
}

/** 9800 → "9.800", 5560000 → "5,56 Mio."; English 62000 → "62,000", 5560000 → "5.56 million". */
export function formatNumber(n: number, lang: Lang = 'de'): string {
  if (lang !== 'de') {
    const tag = intlLocale(lang);
    if (n >= 1_000_000) {
      return plainSpaces(cached(`n-compact ${lang}`, () => new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 })).format(n));
    }
    return plainSpaces(cached(`n ${lang}`, () => new Intl.NumberFormat(tag)).format(n));
  }
  if (n >= 1_000_000) {
    return `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(n / 1_000_000)} Mio.`;
  }
  return numberFormat.format(n);
}

/** Where a language's usual name differs from the one Intl gives (CLDR's short "Bosnia & Herzegovina"). */
const COUNTRY_NAMES: Partial<Record<Lang, Record<string, string>>> = {
  en: { BA: 'Bosnia and Herzegovina' },
};

/** "AT" → "Österreich"; English "Austria"; undefined for a code that is not a country. */
export function countryName(code: string, lang: Lang = 'de'): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const names = lang === 'de' ? regionNames : cached(`r ${lang}`, () => new Intl.DisplayNames([intlLocale(lang)], { type: 'region', fallback: 'none' }));
  const name = names.of(code);
  if (!name || name === code) return undefined;
  return COUNTRY_NAMES[lang]?.[code] ?? name;
}

/** "About" before a rounded number, per language (German "ca. 62.000", as in the brochure). */
const ABOUT: Record<Lang, (n: string) => string> = {
  de: (n) => `ca. ${n}`,
  en: (n) => `about ${n}`,
  fr: (n) => `environ ${n}`,
  tr: (n) => `yaklaşık ${n}`,
  bs: (n) => `oko ${n}`,
  uk: (n) => `близько ${n}`,
  zh: (n) => `约${n}`,
};

/**
 * The population as the fact box shows it: "ca. 62.000 (einschl. Stadtbezirke)";
 * English "about 62,000 (…)". `zusatz` is the remark in the page's language
 * (from the translation), else the German one; German gives exactly the schema's `text`.
 */
export function populationText(einwohner: { zahl: number; ca: boolean; zusatz?: string | undefined }, lang: Lang = 'de', zusatz = einwohner.zusatz): string {
  const number = formatNumber(einwohner.zahl, lang);
  const [open, close] = parentheses(lang);
  return `${einwohner.ca ? ABOUT[lang](number) : number}${zusatz ? `${open}${zusatz}${close}` : ''}`;
}

/** Brackets around a remark after a word: " (" and ")", in Chinese full-width without a space: "（" and "）". */
export function parentheses(lang: Lang = 'de'): [string, string] {
  return lang === 'zh' ? ['（', '）'] : [' (', ')'];
}

/** "+49 2421 25-2235" → "tel:+494212252235" */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Kilometres as text: 2750 → "2.750 km"; English "2,750 km", Chinese "2,750公里". */
export function formatKm(km: number, lang: Lang = 'de'): string {
  if (lang !== 'de') {
    return plainSpaces(cached(`km ${lang}`, () => new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: 'kilometer' })).format(km));
  }
  return `${numberFormat.format(km)} km`;
}

const COUNT_WORDS: Partial<Record<Lang, string[]>> = {
  de: ['null', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};

/** How many, as text reads it: 7 → "sieben" (English "seven"), 13 → "13"; other languages in digits. */
export function countWord(n: number, lang: Lang = 'de'): string {
  return COUNT_WORDS[lang]?.[n] ?? formatNumber(n, lang);
}

/** The eight compass points per language, in the order of geo.ts (Norden, Nordosten …, the data's German). */
const DIRECTIONS: Record<Exclude<Lang, 'de'>, readonly string[]> = {
  en: ['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'],
  fr: ['nord', 'nord-est', 'est', 'sud-est', 'sud', 'sud-ouest', 'ouest', 'nord-ouest'],
  tr: ['kuzey', 'kuzeydoğu', 'doğu', 'güneydoğu', 'güney', 'güneybatı', 'batı', 'kuzeybatı'],
  bs: ['sjever', 'sjeveroistok', 'istok', 'jugoistok', 'jug', 'jugozapad', 'zapad', 'sjeverozapad'],
  uk: ['північ', 'північний схід', 'схід', 'південний схід', 'південь', 'південний захід', 'захід', 'північний захід'],
  zh: ['北', '东北', '东', '东南', '南', '西南', '西', '西北'],
};
const GERMAN_DIRECTIONS: readonly Direction[] = ['Norden', 'Nordosten', 'Osten', 'Südosten', 'Süden', 'Südwesten', 'Westen', 'Nordwesten'];

/** A compass direction in the page's language: "Nordosten" → English "northeast" (for `map.row` and the map's caption). */
export function directionName(d: Direction, lang: Lang = 'de'): string {
  if (lang === 'de') return d;
  return DIRECTIONS[lang][GERMAN_DIRECTIONS.indexOf(d)] ?? d;
}

/** Countries named with an article (or a short form in Leichter Sprache): "in der Ukraine", not "in Ukraine". */
const IN_COUNTRY: Record<string, string> = {
  BA: 'in Bosnien-Herzegowina',
  CH: 'in der Schweiz',
  CZ: 'in Tschechien',
  MN: 'in der Mongolei',
  NL: 'in den Niederlanden',
  SK: 'in der Slowakei',
  TR: 'in der Türkei',
  UA: 'in der Ukraine',
  US: 'in den USA',
};

/** English country names that take "the". */
const WITH_THE_EN = new Set(['NL', 'US', 'GB', 'AE', 'PH', 'BS', 'GM', 'CF', 'DO', 'MV', 'SB', 'KM', 'MH']);

/**
 * "FR", "Frankreich" → "in Frankreich"; "UA" → "in der Ukraine" (German: the table above).
 * Other languages: the key `city.inCountry` ("in {country}") with the country's name in that language;
 * in English "in the Netherlands".
 */
export function inCountry(code: string, name: string, lang: Lang = 'de'): string {
  if (lang === 'de') return IN_COUNTRY[code] ?? `in ${name}`;
  const country = countryName(code, lang) ?? name;
  return t('city.inCountry', { country: lang === 'en' && WITH_THE_EN.has(code) ? `the ${country}` : country }, lang);
}

/** A city's country in the page's language: the schema's German name, else the name Intl gives for the code. */
export function countryText(land: { code: string; name: string }, lang: Lang = 'de'): string {
  return lang === 'de' ? land.name : (countryName(land.code, lang) ?? land.name);
}
