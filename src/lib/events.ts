/**
 * The events (content/termine): upcoming ones in date order, past ones in an
 * archive by year, ten a page (/termine/archiv/, /termine/archiv/2/ …), and
 * the calendar feeds' addresses. Plain TypeScript over entries of any shape
 * with an id, city references and the schema's `zeit`, unit-tested without Astro.
 */
import { isUpcoming, type EventTime } from './event-time.ts';
import { listPagePath, NEWS_PER_PAGE, paginate } from './pagination.ts';

export interface EventLike {
  id: string;
  data: { zeit: EventTime; staedte: { id: string }[]; titel: string };
}

/** The list of events, and the folder of every event's page. */
export const EVENTS_PATH = 'termine';
/** The archive of past events. */
export const ARCHIVE_PATH = `${EVENTS_PATH}/archiv`;
/** Event file names that would take an address of the lists. */
export const RESERVED_EVENT_IDS = ['archiv'] as const;
/** Upcoming events on the start page and on a city page. */
export const EVENTS_NEXT = 3;

/** "termine/buergerreise-valenciennes" */
export const eventPath = (id: string) => `${EVENTS_PATH}/${id}`;
/** The feed of all events ("termine/termine.ics") or of one partner city ("termine/stryj.ics"). */
export const feedPath = (cityId?: string) => `${EVENTS_PATH}/${cityId ?? 'termine'}.ics`;

const byStart = (a: EventLike, b: EventLike) =>
  a.data.zeit.startKey.localeCompare(b.data.zeit.startKey) || a.data.titel.localeCompare(b.data.titel, 'de') || a.id.localeCompare(b.id);

/** Upcoming events, soonest first, and past ones, latest first, as of `now`. */
export function splitEvents<E extends EventLike>(events: readonly E[], now: Date): { upcoming: E[]; past: E[] } {
  const sorted = [...events].sort(byStart);
  return {
    upcoming: sorted.filter((e) => isUpcoming(e.data.zeit, now)),
    past: sorted.filter((e) => !isUpcoming(e.data.zeit, now)).reverse(),
  };
}

/** Events of one partner city. */
export const eventsFor = <E extends EventLike>(events: readonly E[], cityId: string) =>
  events.filter((e) => e.data.staedte.some((ref) => ref.id === cityId));

export interface ArchivePage<E> {
  path: string;
  number: number;
  total: number;
  /** The page's events by year, latest first. */
  years: { year: number; events: E[] }[];
  count: number;
}

/** The archive's pages (none without past events): ten events a page, grouped by the year they began. */
export function archivePages<E extends EventLike>(past: readonly E[]): ArchivePage<E>[] {
  if (past.length === 0) return [];
  return paginate(past, NEWS_PER_PAGE).map((p) => {
    const years: { year: number; events: E[] }[] = [];
    for (const e of p.items) {
      const year = e.data.zeit.beginn.year;
      if (years.at(-1)?.year !== year) years.push({ year, events: [] });
      years.at(-1)!.events.push(e);
    }
    return { path: listPagePath(ARCHIVE_PATH, p.number), number: p.number, total: p.total, years, count: past.length };
  });
}
