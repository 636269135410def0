/**
 * Reading the collections in the order pages need them, with the checks that
 * Astro's schema cannot make on its own.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { newsListPages, type NewsListPage } from './news-lists.ts';
import { buildInventory, pageAt, type SitePage } from './inventory.ts';
import { eventsFor, splitEvents } from './events.ts';

export type City = CollectionEntry<'staedte'>;
export type News = CollectionEntry<'aktuelles'>;
export type Page = CollectionEntry<'seiten'>;
export type Event = CollectionEntry<'termine'>;

const collator = new Intl.Collator('de');

/** All partner cities, alphabetically (Altmünster … Valenciennes). */
export async function getCities(): Promise<City[]> {
  const cities = await getCollection('staedte');
  return cities.sort((a, b) => collator.compare(a.data.name, b.data.name));
}

/**
 * All news, newest first. A news item that names a city that does not exist never gets
 * here: the content check refuses it before the build (src/integrations/content-check.ts).
 */
export async function getNews(): Promise<News[]> {
  const news = await getCollection('aktuelles');
  return news.sort((a, b) => b.data.datum.getTime() - a.data.datum.getTime());
}

/** News items that mention a city. */
export async function getNewsFor(cityId: string): Promise<News[]> {
  return (await getNews()).filter((n) => n.data.staedte.some((ref) => ref.id === cityId));
}

/**
 * All events, in date order. An event that names a city that does not exist
 * stops the build, as for news.
 */
export async function getEvents(): Promise<Event[]> {
  const [events, cities] = await Promise.all([getCollection('termine'), getCollection('staedte')]);
  const known = new Set(cities.map((c) => c.id));
  for (const item of events) {
    for (const ref of item.data.staedte) {
      if (!known.has(ref.id)) {
        throw new Error(
          `content/termine/${item.id}.mdx, Feld »staedte«: Eine Partnerstadt »${ref.id}« gibt es nicht. ` +
            `Erlaubt sind: ${[...known].sort().join(', ')}.`,
        );
      }
    }
  }
  return events.sort((a, b) => a.data.zeit.startKey.localeCompare(b.data.zeit.startKey));
}

/** "Now" for the lists of events: the moment the build (or the dev server's page) runs. */
export const BUILD_NOW = new Date();

/** Upcoming events (soonest first) and past ones (latest first), as of the build; with `cityId` those of one city. */
export async function getEventLists(cityId?: string): Promise<{ upcoming: Event[]; past: Event[] }> {
  const events = await getEvents();
  return splitEvents(cityId ? eventsFor(events, cityId) : events, BUILD_NOW);
}

export async function getPages(): Promise<Page[]> {
  return getCollection('seiten');
}

/** The start page's heading, description and introduction (content/startseite.mdx). */
export async function getStart(): Promise<CollectionEntry<'startseite'>> {
  const start = await getEntry('startseite', 'startseite');
  if (!start) throw new Error('content/startseite.mdx fehlt: Sie enthält Überschrift und Einleitung der Startseite.');
  return start;
}

let inventory: Promise<SitePage[]> | undefined;

/**
 * Every public page of the site (see `inventory.ts`), read once per build.
 * Two pages at one address stop the build with a German message.
 */
export function getInventory(): Promise<SitePage[]> {
  inventory ??= Promise.all([getCities(), getNews(), getPages(), getStart(), getEvents()]).then(([cities, news, pages, start, events]) =>
    buildInventory({ cities, news, pages, start, events, now: BUILD_NOW }),
  );
  return inventory;
}

/** The inventory's page at a path under the base ("" for the start page). */
export async function getSitePage(path: string): Promise<SitePage> {
  return pageAt(await getInventory(), path);
}

/** Every page of the news lists: /aktuelles/, /aktuelles/2/ …, /aktuelles/stryj/ … (see news-lists.ts). */
export async function getNewsListPages(): Promise<NewsListPage<News, City>[]> {
  const [news, cities] = await Promise.all([getNews(), getCities()]);
  return newsListPages(news, cities);
}
