/**
 * Dates with the precision the sources give them: a year ("2002"), a season
 * ("Frühjahr 1959"), a month ("Juni 1970") or a day ("18. Dezember 1971").
 * The display functions take the page's language (German by default); German
 * is written by hand (byte for byte as always), the others through Intl.
 */
import { LANGUAGE, type Lang } from '../i18n/languages.ts';

export type Precision = 'year' | 'season' | 'month' | 'day';
export const SEASONS = ['Frühjahr', 'Sommer', 'Herbst', 'Winter'] as const;
export type Season = (typeof SEASONS)[number];

export interface PartialDate {
  /** ISO 8601 at the given precision: "1959", "1970-06", "1971-12-18". */
  iso: string;
  precision: Precision;
  year: number;
  month?: number | undefined;
  day?: number | undefined;
  season?: Season | undefined;
}

const MONTHS = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" (YAML may already have turned the
 * last into a Date). Returns a German error text instead of throwing.
 */
export function parsePartialDate(
  input: unknown,
  season?: Season,
): PartialDate | { error: string } {
  let text: string;
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { error: 'Das Datum ist ungültig.' };
    text = input.toISOString().slice(0, 10);
  } else if (typeof input === 'number' && Number.isInteger(input)) {
    text = String(input);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    return { error: 'Bitte ein Datum angeben, z. B. 1971-12-18, 1970-06 oder 1959.' };
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) {
    const hint = isoHint(text);
    if (hint) {
      return { error: `»${text}« ist in der deutschen Schreibweise. Hier steht Jahr-Monat-Tag: "${hint}".` };
    }
    return {
      error: `»${text}« ist kein Datum. Erlaubt sind JJJJ-MM-TT (1971-12-18), JJJJ-MM (1970-06) oder JJJJ (1959).`,
    };
  }
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) {
    return { error: `»${text}«: Einen Monat ${month} gibt es nicht (1 bis 12).` };
  }
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { error: `»${text}«: Den ${day}. ${MONTHS[month - 1]} ${year} gibt es nicht.` };
  }
  if (season && month !== undefined) {
    return { error: 'Eine Jahreszeit passt nur zu einer Jahreszahl (z. B. 1959), nicht zu Monat oder Tag.' };
  }
  const precision: Precision = day ? 'day' : month ? 'month' : season ? 'season' : 'year';
  return { iso: text, precision, year, month, day, season };
}

/**
 * Season names per language (the data stays German: `jahreszeit: Frühjahr`), in the order of SEASONS,
 * and how a season and a year go together. Intl has no seasons.
 */
const SEASON_NAMES: Record<Exclude<Lang, 'de'>, { names: readonly [string, string, string, string]; form: (season: string, year: number) => string }> = {
  en: { names: ['spring', 'summer', 'autumn', 'winter'], form: (s, y) => `${s} ${y}` },
  fr: { names: ['printemps', 'été', 'automne', 'hiver'], form: (s, y) => `${s} ${y}` },
  tr: { names: ['ilkbahar', 'yaz', 'sonbahar', 'kış'], form: (s, y) => `${y} ${s}` },
  bs: { names: ['proljeće', 'ljeto', 'jesen', 'zima'], form: (s, y) => `${s} ${y}.` },
  uk: { names: ['весна', 'літо', 'осінь', 'зима'], form: (s, y) => `${s} ${y} р.` },
  zh: { names: ['春', '夏', '秋', '冬'], form: (s, y) => `${y}年${s}` },
};

/** "spring 1959" in English, "1959年春" in Chinese … (German: "Frühjahr 1959"). */
export function seasonText(season: Season, year: number, lang: Lang = 'de'): string {
  if (lang === 'de') return `${season} ${year}`;
  const { names, form } = SEASON_NAMES[lang];
  return form(names[SEASONS.indexOf(season)]!, year);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** An Intl date format of a language, cached; always in UTC (dates here are calendar days, not instants). */
function intlDate(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(LANGUAGE[lang].tag, { ...options, timeZone: 'UTC' })));
  return f;
}
const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);

/** "18. Dezember 1971", "Juni 1970", "Frühjahr 1959", "2002"; English "December 18, 1971", "June 1970", "spring 1959", "2002". */
export function formatLong(d: PartialDate, lang: Lang = 'de'): string {
  if (d.precision === 'season') return seasonText(d.season!, d.year, lang);
  if (lang !== 'de') {
    switch (d.precision) {
      case 'day':
        return intlDate(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(utc(d.year, d.month, d.day));
      case 'month':
        return intlDate(lang, { month: 'long', year: 'numeric' }).format(utc(d.year, d.month));
      default:
        return intlDate(lang, { year: 'numeric' }).format(utc(d.year));
    }
  }
  switch (d.precision) {
    case 'day':
      return `${d.day}. ${MONTHS[d.month! - 1]} ${d.year}`;
    case 'month':
      return `${MONTHS[d.month! - 1]} ${d.year}`;
    default:
      return String(d.year);
  }
}

/**
 * "23.02.2002", "06/1970", "Frühjahr 1959", "2002". Other languages write the month's short name
 * (English "Feb 23, 2002", "Jun 1970"): all-numeric dates read differently from country to country.
 */
export function formatShort(d: PartialDate, lang: Lang = 'de'): string {
  if (lang !== 'de') {
    switch (d.precision) {
      case 'day':
        return intlDate(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(utc(d.year, d.month, d.day));
      case 'month':
        return intlDate(lang, { month: 'short', year: 'numeric' }).format(utc(d.year, d.month));
      default:
        return formatLong(d, lang);
    }
  }
  switch (d.precision) {
    case 'day':
      return `${pad(d.day!)}.${pad(d.month!)}.${d.year}`;
    case 'month':
      return `${pad(d.month!)}/${d.year}`;
    default:
      return formatLong(d);
  }
}

/** A date of the content in the page's language: long ("18. Dezember 1971"), or short for a day with `short` ("18.12.1971"). */
export function dateText(d: PartialDate, lang: Lang = 'de', form: 'long' | 'short' = 'long'): string {
  return form === 'short' ? formatShort(d, lang) : formatLong(d, lang);
}

/** "03.03.2023" for a full Date (UTC); English "Mar 3, 2023" (the month by name, see formatShort). */
export function formatDate(date: Date, lang: Lang = 'de'): string {
  if (lang !== 'de') return intlDate(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

/** "3. März 2023" for a full Date (UTC); English "March 3, 2023". */
export function formatDateLong(date: Date, lang: Lang = 'de'): string {
  if (lang !== 'de') return intlDate(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  return `${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2023-03-03" for a full Date (UTC), for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The ISO form of a date written the German way, if it is one:
 * "15.09.2001" → "2001-09-15", "09/2001", "9.2001" or "September 2001" → "2001-09". Else undefined.
 */
export function isoHint(text: string): string | undefined {
  const day = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(text.trim());
  if (day) return `${day[3]}-${pad(Number(day[2]))}-${pad(Number(day[1]))}`;
  const month = /^(\d{1,2})[./](\d{4})$/.exec(text.trim());
  if (month) return `${month[2]}-${pad(Number(month[1]))}`;
  // "Oktober 2026", "3. Oktober 2026", "Okt. 2026"
  const named = /^(?:(\d{1,2})\.?\s*)?(\p{L}+)\.?\s+(\d{4})$/u.exec(text.trim());
  const m = named ? monthNumber(named[2]!) : undefined;
  if (named && m) return `${named[3]}-${pad(m)}${named[1] ? `-${pad(Number(named[1]))}` : ''}`;
  return undefined;
}

/** 10 for "Oktober", "oktober" or "Okt" (German month names, at least three letters); else undefined. */
function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace('ä', 'a');
  if (n.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.toLowerCase().replace('ä', 'a').startsWith(n));
  return i < 0 ? undefined : i + 1;
}

/** First month of each season, so "Frühjahr 2002" sorts before "Juni 2002". */
const SEASON_START: Record<Season, number> = { Frühjahr: 3, Sommer: 6, Herbst: 9, Winter: 12 };

/**
 * A key that sorts dates of any precision in time order: a year alone comes
 * first in its year, a season at its first month, a month before its days.
 */
export function sortKey(d: PartialDate): string {
  const month = d.month ?? (d.season ? SEASON_START[d.season] : 0);
  return `${String(d.year).padStart(4, '0')}-${pad(month)}-${pad(d.day ?? 0)}`;
}
