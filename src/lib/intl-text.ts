import { LANGUAGE, type Lang } from '../i18n/languages.ts';

/**
 * Intl's output with the spaces our fonts and share images have: ICU writes a narrow no-break
 * space (U+202F) in "6:00 PM" and French "62 000", and thin spaces (U+2009) around range dashes.
 * The share images' fonts lack them; a no-break space keeps what must stay together together.
 */
export function plainSpaces(text: string): string {
  return text.replace(/\u202f/g, '\u00a0').replace(/\u2009/g, ' ');
}


/**
 * The locale Intl formats a language's dates and numbers in (`LANGUAGE[lang].intl`): British English
 * for English ("15 September 2001", 18:00), as the English pages are written (og:locale en_GB).
 */
export function intlLocale(lang: Lang): string {
  return LANGUAGE[lang].intl;
}
