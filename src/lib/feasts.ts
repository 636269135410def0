/**
 * Feasts with a date that moves with Easter. Only the feast's own date is
 * computed (Christi Himmelfahrt 2027 is on 6 May) – never an event's date.
 */

export const FEASTS = ['Karneval', 'Ostern', 'Christi Himmelfahrt', 'Pfingsten', 'Fronleichnam'] as const;
export type Feast = (typeof FEASTS)[number];

/** The interface string with each feast's name in the page's language (German: the name itself). */
export const FEAST_KEYS = {
  Karneval: 'feast.carnival',
  Ostern: 'feast.easter',
  'Christi Himmelfahrt': 'feast.ascension',
  Pfingsten: 'feast.pentecost',
  Fronleichnam: 'feast.corpusChristi',
} as const satisfies Record<Feast, string>;

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as a UTC date. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/** Days after Easter Sunday; Karneval is a season, not one day, and has none. */
const OFFSET: Record<Feast, number | undefined> = {
  Karneval: undefined,
  Ostern: 0,
  'Christi Himmelfahrt': 39,
  Pfingsten: 49,
  Fronleichnam: 60,
};

/** The date of the feast in a year, or undefined for a feast without one date (Karneval). */
export function feastDate(feast: Feast, year: number): Date | undefined {
  const offset = OFFSET[feast];
  if (offset === undefined) return undefined;
  const easter = easterSunday(year);
  return new Date(easter.getTime() + offset * 86_400_000);
}

/** The next date of the feast on or after `today` (this year's or next year's). */
export function nextFeastDate(feast: Feast, today: Date): Date | undefined {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  for (const year of [today.getUTCFullYear(), today.getUTCFullYear() + 1]) {
    const d = feastDate(feast, year);
    if (d && d.getTime() >= start) return d;
  }
  return undefined;
}
