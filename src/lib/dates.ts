/**
 * Dates with the precision the sources give them: a year ("2002"), a season
 * ("Frühjahr 1959"), a month ("Juni 1970") or a day ("18. Dezember 1971").
 */

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

/** "18. Dezember 1971", "Juni 1970", "Frühjahr 1959", "2002". */
export function formatLong(d: PartialDate): string {
  switch (d.precision) {
    case 'day':
      return `${d.day}. ${MONTHS[d.month! - 1]} ${d.year}`;
    case 'month':
      return `${MONTHS[d.month! - 1]} ${d.year}`;
    case 'season':
      return `${d.season} ${d.year}`;
    default:
      return String(d.year);
  }
}

/** "23.02.2002", "06/1970", "Frühjahr 1959", "2002". */
export function formatShort(d: PartialDate): string {
  switch (d.precision) {
    case 'day':
      return `${pad(d.day!)}.${pad(d.month!)}.${d.year}`;
    case 'month':
      return `${pad(d.month!)}/${d.year}`;
    default:
      return formatLong(d);
  }
}

/** "03.03.2023" for a full Date (UTC). */
export function formatDate(date: Date): string {
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

/** "3. März 2023" for a full Date (UTC). */
export function formatDateLong(date: Date): string {
  return `${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2023-03-03" for a full Date (UTC), for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
