/**
 * The calendar feeds (iCalendar, RFC 5545) of the events, written with
 * ical-generator. Its traps, avoided here: no calendar time zone is set, so
 * DTSTAMP and timed events are written in UTC with "Z" (with a calendar time
 * zone it writes DTSTAMP without Z); whole days are passed as dates at UTC
 * midnight, which it reads in UTC; an all-day end is exclusive in iCalendar,
 * so the last day of `ende` becomes the following day.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventTime } from './event-time.ts';

export interface FeedEvent {
  /** The file name, stable as long as the file keeps its name. */
  id: string;
  titel: string;
  beschreibung: string;
  ort: string;
  zeit: EventTime;
  abgesagt: boolean;
  /** The event's page, absolute. */
  url: string;
}

export interface Feed {
  /** Calendar name: "Termine – Partnerstädte der Stadt Düren" */
  name: string;
  description: string;
  /** The page the feed belongs to, absolute. */
  url: string;
  /** Host for the UIDs ("www.dueren.de"). */
  host: string;
  /** When the feed was written (DTSTAMP). */
  stamp: Date;
  events: FeedEvent[];
}

/** A date "2027-09-12" as a Date at UTC midnight, as ical-generator writes whole days in UTC. */
const utcDay = (date: string, addDays = 0) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + addDays));
};

/** A stable UID per event: the file name under the site's host. */
export const eventUid = (id: string, host: string) => `termin-${id}@${host}/partnerstaedte`;

/** The text of the .ics file: CRLF line ends, lines folded at 75 octets (ical-generator). */
export function icalFeed(feed: Feed): string {
  const stamp = new Date(Math.floor(feed.stamp.getTime() / 1000) * 1000);
  const calendar = ical({
    name: feed.name,
    description: feed.description,
    url: feed.url,
    prodId: { company: 'Stadt Düren', product: 'Partnerstaedte', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    // Calendar programs look for changes twice a day.
    ttl: 12 * 3600,
  });
  for (const e of feed.events) {
    const z = e.zeit;
    calendar.createEvent({
      id: eventUid(e.id, feed.host),
      // The one revision the site knows of itself: the cancellation.
      sequence: e.abgesagt ? 1 : 0,
      stamp,
      allDay: z.ganztaegig,
      ...(z.ganztaegig
        ? { start: utcDay(z.beginn.date), end: utcDay(z.letzterTag, 1) }
        : { start: new Date(z.startUtc!), ...(z.endUtc !== undefined ? { end: new Date(z.endUtc) } : {}) }),
      // Calendar programs that ignore STATUS still show the word.
      summary: e.abgesagt ? `Abgesagt: ${e.titel}` : e.titel,
      description: `${e.beschreibung}\n\n${e.url}`,
      location: e.ort,
      url: e.url,
      status: e.abgesagt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 ends every line with CRLF, the last one too; ical-generator leaves it off.
  return calendar.toString().replace(/(\r\n)?$/, '\r\n');
}
