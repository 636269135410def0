/**
 * Texts of a page in its language: for each translatable text the translated one or, where
 * the translation lacks it, the German one marked `lang="de"`. Pure functions (no content
 * collections): the layouts use them, and unit tests.
 */
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';

/** A text and, when it is not in the page's language (German on a translated page), its `lang`. */
export interface Piece {
  text: string;
  /** For the element's `lang` attribute: "de" where the German stands in for a missing translation, else undefined. */
  lang: string | undefined;
}

/** The translated text where there is one; on a translated page without it, the German, marked as German. */
export function piece(translated: string | undefined, german: string, lang: Lang): Piece {
  if (lang === DEFAULT_LANG) return { text: german, lang: undefined };
  return translated !== undefined && translated !== '' ? { text: translated, lang: undefined } : { text: german, lang: DEFAULT_LANG };
}

/** Like `piece`, for an optional German text: undefined when there is none. */
export function optionalPiece(translated: string | undefined, german: string | undefined, lang: Lang): Piece | undefined {
  return german === undefined ? undefined : piece(translated, german, lang);
}

/**
 * Milestone texts matched to the German milestones by date (and season): the nth German milestone
 * with a given date gets the nth translated text with that date.
 */
export function milestoneTexts(
  german: readonly { iso: string; season?: string | undefined; text: string }[],
  translated: readonly { datum: string; jahreszeit?: string | undefined; text: string }[] | undefined,
  lang: Lang,
): Piece[] {
  const key = (datum: string, season: string | undefined) => `${datum}|${season ?? ''}`;
  const pool = new Map<string, string[]>();
  for (const m of translated ?? []) {
    const k = key(m.datum, m.jahreszeit);
    pool.set(k, [...(pool.get(k) ?? []), m.text]);
  }
  return german.map((m) => piece(pool.get(key(m.iso, m.season))?.shift(), m.text, lang));
}

/** The n-th item of a translated list (captions, encounters), by position. */
export function nth<T>(list: readonly T[] | undefined, index: number): T | undefined {
  return list?.[index];
}

/** The German encounters of a city with their name and place in a language (by position), for lists of encounters. */
export function localizedEncounters<E extends { name: string; ort?: string | undefined; wann?: string | undefined }>(
  german: readonly E[],
  translation: { data: { begegnungen?: readonly { name: string; ort?: string | undefined; wann?: string | undefined }[] | undefined } } | undefined,
  lang: Lang,
): (E & { nameText: Piece; ortText: Piece | undefined; wannText: Piece | undefined })[] {
  return german.map((e, i) => {
    const tr = nth(translation?.data.begegnungen, i);
    return { ...e, nameText: piece(tr?.name, e.name, lang), ortText: optionalPiece(tr?.ort, e.ort, lang), wannText: optionalPiece(tr?.wann, e.wann, lang) };
  });
}
