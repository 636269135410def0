/** German formats for numbers, countries and phone numbers. */

const numberFormat = new Intl.NumberFormat('de-DE');
const regionNames = new Intl.DisplayNames(['de'], { type: 'region', fallback: 'none' });

/** 9800 → "9.800", 5560000 → "5,56 Mio." */
export function formatNumber(n: number): string {
  if (n >= 1_000_000) {
    return `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(n / 1_000_000)} Mio.`;
  }
  return numberFormat.format(n);
}

/** "AT" → "Österreich"; undefined for a code that is not a country. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const name = regionNames.of(code);
  return name && name !== code ? name : undefined;
}

/** "+49 2421 25-2235" → "tel:+494212252235" */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Kilometres as German text: 2750 → "2.750 km". */
export function formatKm(km: number): string {
  return `${numberFormat.format(km)} km`;
}

const COUNT_WORDS = ['null', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

/** How many, as German text reads it: 7 → "sieben", 13 → "13". */
export function countWord(n: number): string {
  return COUNT_WORDS[n] ?? String(n);
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

/** "FR", "Frankreich" → "in Frankreich"; "UA" → "in der Ukraine". */
export function inCountry(code: string, name: string): string {
  return IN_COUNTRY[code] ?? `in ${name}`;
}
