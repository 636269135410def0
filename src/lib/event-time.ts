/**
 * When an event takes place: "2027-09-12" (all day) or "2027-09-12T18:00"
 * (a start time), always the wall time in Düren (Europe/Berlin). Plain
 * TypeScript without the build machine's time zone: a native Date is only ever
 * read in UTC, and Berlin's offset comes from Intl with the zone named.
 */
import { daysInMonth, isoHint } from './dates.ts';
import { LANGUAGE, type Lang } from '../i18n/languages.ts';

export const ZONE = 'Europe/Berlin';

const MONTHS = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const pad = (n: number) => String(n).padStart(2, '0');

/** One point as written: a day, or a day with a wall time in Düren. */
export interface WallTime {
  /** "2027-09-12" */
  date: string;
  /** "18:00", absent for a whole day */
  time?: string | undefined;
  year: number;
  month: number;
  day: number;
}

/** What the pages and feeds need of an event's time, worked out once in the schema. */
export interface EventTime {
  /** true for a whole day (or several): `beginn: "2027-09-12"` */
  ganztaegig: boolean;
  beginn: WallTime;
  /** As written; absent when the frontmatter has no `ende` */
  ende?: WallTime | undefined;
  /** The last day the event covers ("2027-09-14"; inclusive) */
  letzterTag: string;
  /** Wall-time keys in Düren that sort as text: "2027-09-12T18:00"; an all-day event starts at T00:00 */
  startKey: string;
  /** Where the event is over: the end time, the start for a timed event without end, the next day's T00:00 for all-day */
  endKey: string;
  /** For timed events: start and end as instants (ms since 1970, UTC) */
  startUtc?: number | undefined;
  endUtc?: number | undefined;
}

/** Reads "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (YAML may have made the first a Date at UTC midnight). German text on error. */
export function parseWallTime(input: unknown): WallTime | { error: string } {
  let text: string;
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { error: 'Das Datum ist ungültig.' };
    if (input.getUTCHours() || input.getUTCMinutes() || input.getUTCSeconds()) {
      return { error: 'Bitte Datum und Uhrzeit in Anführungszeichen und ohne Sekunden schreiben, z. B. "2027-09-12T18:00".' };
    }
    text = input.toISOString().slice(0, 10);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    return { error: 'Bitte ein Datum angeben: "2027-09-12" für einen ganzen Tag oder "2027-09-12T18:00" mit Uhrzeit.' };
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text);
  if (!m) {
    const german = /^(\d{1,2}\.\s?\d{1,2}\.\s?\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?$/.exec(text);
    const hint = german ? isoHint(german[1]!) : undefined;
    if (hint) {
      const time = german![2] ? `T${pad(Number(german![2]))}:${german![3]}` : '';
      return { error: `»${text}« ist in der deutschen Schreibweise. Hier steht Jahr-Monat-Tag: "${hint}${time}".` };
    }
    return {
      error: `»${text}« ist kein Termin. Erlaubt sind "JJJJ-MM-TT" für einen ganzen Tag (z. B. "2027-09-12") oder "JJJJ-MM-TTTHH:MM" mit Uhrzeit in Düren (z. B. "2027-09-12T18:00").`,
    };
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { error: `»${text}«: Einen Monat ${month} gibt es nicht (01 bis 12).` };
  if (day < 1 || day > daysInMonth(year, month)) return { error: `»${text}«: Den ${day}. ${MONTHS[month - 1]} ${year} gibt es nicht.` };
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return { date, year, month, day };
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  if (hour > 23 || minute > 59) return { error: `»${text}«: Eine Uhrzeit ${m[4]}:${m[5]} gibt es nicht (00:00 bis 23:59).` };
  const time = `${m[4]}:${m[5]}`;
  if (berlinToUtc({ time, year, month, day }) === undefined) {
    return {
      error: `»${text}«: Die Uhrzeit ${time} gibt es am ${day}. ${MONTHS[month - 1]} ${year} in Düren nicht: In dieser Nacht werden die Uhren von 2 auf 3 Uhr vorgestellt. Bitte eine andere Uhrzeit angeben.`,
    };
  }
  return { date, time, year, month, day };
}

const wallFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE, hourCycle: 'h23',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** The wall clock in Düren at an instant, as UTC fields (ms). */
function wallMs(instant: number): number {
  const parts = Object.fromEntries(wallFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/**
 * The instant (ms, UTC) of a wall time in Düren; undefined for a time the clocks skip
 * (spring forward). A time that occurs twice (autumn) is its first occurrence.
 */
export function berlinToUtc(w: Pick<WallTime, 'year' | 'month' | 'day' | 'time'>): number | undefined {
  const [h, min] = (w.time ?? '00:00').split(':').map(Number) as [number, number];
  const wall = Date.UTC(w.year, w.month - 1, w.day, h, min);
  const offsets = new Set([wall - 86_400_000, wall + 86_400_000].map((t) => wallMs(t) - t));
  const matches = [...offsets].map((o) => wall - o).filter((t) => wallMs(t) === wall);
  return matches.length ? Math.min(...matches) : undefined;
}

/** "2027-09-12T18:00", the wall time in Düren at an instant (a Date, read in UTC). */
export function berlinKey(now: Date): string {
  return new Date(wallMs(now.getTime())).toISOString().slice(0, 16);
}

const keyOf = (w: WallTime) => `${w.date}T${w.time ?? '00:00'}`;

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Beginning and end together. Returns the problem and the field it belongs to
 * when the end comes before the start or the two are written in different forms.
 */
export function eventTime(beginn: WallTime, ende?: WallTime): EventTime | { field: 'ende'; error: string } {
  const ganztaegig = beginn.time === undefined;
  if (ende && (ende.time === undefined) !== ganztaegig) {
    return {
      field: 'ende',
      error: ganztaegig
        ? `Der Beginn ist ein ganzer Tag, das Ende hat eine Uhrzeit. Bitte beide in derselben Form schreiben: ohne Uhrzeit (ende: "${ende.date}") oder beide mit Uhrzeit (beginn: "${beginn.date}T10:00").`
        : `Der Beginn hat eine Uhrzeit, das Ende nicht. Bitte beide in derselben Form schreiben, z. B. ende: "${ende.date}T20:00".`,
    };
  }
  if (ende && (ganztaegig ? ende.date < beginn.date : keyOf(ende) <= keyOf(beginn))) {
    const what = (w: WallTime) => formatWall(w);
    return {
      field: 'ende',
      error: `Das Ende (${what(ende)}) liegt ${ganztaegig || ende.date < beginn.date ? 'vor' : 'nicht nach'} dem Beginn (${what(beginn)}). Bitte die Angaben prüfen: ${ganztaegig ? 'Bei mehrtägigen Terminen ist das Ende der letzte Tag.' : 'Das Ende muss nach dem Beginn liegen.'}`,
    };
  }
  const last = ende ?? beginn;
  return {
    ganztaegig,
    beginn,
    ...(ende ? { ende } : {}),
    letzterTag: last.date,
    startKey: keyOf(beginn),
    endKey: ganztaegig ? `${nextDay(last.date)}T00:00` : keyOf(last),
    ...(ganztaegig ? {} : { startUtc: berlinToUtc(beginn)!, endUtc: ende ? berlinToUtc(ende)! : undefined }),
  };
}

/** Not yet over at `now` (an event without an end time counts as upcoming until it starts). */
export function isUpcoming(t: EventTime, now: Date): boolean {
  const key = berlinKey(now);
  return t.ganztaegig ? t.endKey > key : (t.ende ? t.endKey : t.startKey) >= key;
}

function weekday(w: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()]!;
}

/** "12. September 2027" or "12. September 2027, 18:00 Uhr". */
export function formatWall(w: WallTime): string {
  return `${w.day}. ${MONTHS[w.month - 1]} ${w.year}${w.time ? `, ${w.time} Uhr` : ''}`;
}

/**
 * The whole span in words: "Sonntag, 12. September 2027, 18:00 bis 20:00 Uhr",
 * "Freitag, 10. bis Sonntag, 12. September 2027", "30. September bis 2. Oktober 2027".
 */
export function formatEventTime(t: EventTime, lang: Lang = 'de'): string {
  if (lang !== 'de') return formatEventTimeIntl(t, lang);
  const b = t.beginn;
  const e = t.ende;
  const day = (w: WallTime) => `${weekday(w)}, ${w.day}. ${MONTHS[w.month - 1]} ${w.year}`;
  if (!e || (t.ganztaegig && e.date === b.date)) return `${day(b)}${b.time ? `, ${b.time} Uhr` : ''}`;
  if (!t.ganztaegig && e.date === b.date) return `${day(b)}, ${b.time} bis ${e.time} Uhr`;
  if (!t.ganztaegig) return `${day(b)}, ${b.time} Uhr bis ${day(e)}, ${e.time} Uhr`;
  const first =
    b.year !== e.year ? day(b)
    : b.month !== e.month ? `${weekday(b)}, ${b.day}. ${MONTHS[b.month - 1]}`
    : `${weekday(b)}, ${b.day}.`;
  return `${first} bis ${day(e)}`;
}

/**
 * The span in another language, through Intl: English "Sunday, September 12, 2027 at 6:00 PM GMT+2",
 * "Friday, September 10 – Sunday, September 12, 2027"; times are Düren's wall time.
 */
function formatEventTimeIntl(t: EventTime, lang: Lang): string {
  const tag = LANGUAGE[lang].tag;
  const day: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
  if (t.ganztaegig) {
    const f = new Intl.DateTimeFormat(tag, { ...day, timeZone: 'UTC' });
    const at = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day);
    return t.ende && t.ende.date !== t.beginn.date ? f.formatRange(at(t.beginn), at(t.ende)) : f.format(at(t.beginn));
  }
  // Readers abroad are told the zone ("GMT+2"): the time is Düren's.
  const f = new Intl.DateTimeFormat(tag, { ...day, hour: 'numeric', minute: '2-digit', timeZone: ZONE, timeZoneName: 'short' });
  return t.endUtc !== undefined ? f.formatRange(t.startUtc!, t.endUtc) : f.format(t.startUtc!);
}

/** For `<time datetime>`: "2027-09-12" or a global date-time "2027-09-12T18:00+02:00". */
export function datetimeAttr(w: WallTime): string {
  if (!w.time) return w.date;
  const instant = berlinToUtc(w)!;
  const offset = (wallMs(instant) - instant) / 60_000;
  return `${w.date}T${w.time}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
