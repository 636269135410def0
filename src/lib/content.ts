/**
 * Reading the collections in the order pages need them, with the checks that
 * Astro's schema cannot make on its own.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { newsListPages, type NewsListPage } from './news-lists.ts';
import { buildInventory, pageAt, type SitePage } from './inventory.ts';
import { eventsFor, splitEvents } from './events.ts';
import { DEFAULT_LANG, langParam, localizedPath, type Lang } from '../i18n/languages.ts';
import { url } from './urls.ts';

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

export type CityTranslation = CollectionEntry<'uebersetzungenStaedte'>;
export type PageTranslation = CollectionEntry<'uebersetzungenSeiten'>;
export type NewsTranslation = CollectionEntry<'uebersetzungenAktuelles'>;
export type StartTranslation = CollectionEntry<'uebersetzungenStartseite'>;
export type EventTranslation = CollectionEntry<'uebersetzungenTermine'>;

/** Every translation, by the German collection it translates (ids "en/stryj"). */
export async function getTranslations() {
  const [staedte, seiten, aktuelles, startseite, termine] = await Promise.all([
    getCollection('uebersetzungenStaedte'),
    getCollection('uebersetzungenSeiten'),
    getCollection('uebersetzungenAktuelles'),
    getCollection('uebersetzungenStartseite'),
    getCollection('uebersetzungenTermine'),
  ]);
  return { staedte, seiten, aktuelles, startseite, termine };
}

/** The translation of a German entry into a language ('en', 'stryj'), if there is one. */
export async function getTranslation<C extends keyof Awaited<ReturnType<typeof getTranslations>>>(
  collection: C,
  lang: Lang,
  id: string,
): Promise<Awaited<ReturnType<typeof getTranslations>>[C][number] | undefined> {
  if (lang === DEFAULT_LANG) return undefined;
  return ((await getTranslations())[collection] as { id: string }[]).find((t) => t.id === `${lang}/${id}`) as never;
}

let inventory: Promise<SitePage[]> | undefined;

/**
 * Every public page of the site (see `inventory.ts`), read once per build.
 * Two pages at one address stop the build with a German message.
 */
export function getInventory(): Promise<SitePage[]> {
  inventory ??= Promise.all([getCities(), getNews(), getPages(), getStart(), getEvents(), getTranslations()]).then(
    ([cities, news, pages, start, events, translations]) => buildInventory({ cities, news, pages, start, events, translations, now: BUILD_NOW }),
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

/**
 * `getStaticPaths` of a page that exists per language: one path for each
 * language the inventory has the page (its German path) in. German is at the
 * root (`lang` undefined), the others under their code.
 */
export async function languagePaths(key: string): Promise<{ params: { lang: string | undefined }; props: { lang: Lang } }[]> {
  return (await getInventory())
    .filter((p) => p.key === key && localizedPath(p.lang, key) === p.path)
    .map((p) => ({ params: { lang: langParam(p.lang) }, props: { lang: p.lang } }));
}

/**
 * Links from a page in `lang` to other pages by their German path: the page in
 * `lang` where it exists, else the German page, marked so the link can say so
 * (`hreflang="de"`). In a component: `const link = await getLinker(lang)`, then `<a {...link('stryj')}>`.
 */
export async function getLinker(lang: Lang): Promise<(key: string) => { href: string; hreflang?: string }> {
  const pages = await getInventory();
  const paths = new Set(pages.map((p) => p.path));
  return (key: string) => {
    const local = localizedPath(lang, key);
    // Files (feeds, data) are the same for every language.
    if (/\.[a-z0-9]+$/i.test(key)) return { href: url(key) };
    if (paths.has(local)) return { href: url(local) };
    return { href: url(key), hreflang: 'de' };
  };
}
