/**
 * The one list of the site's public pages. Routes, navigation, breadcrumbs,
 * share images, the sitemap, the search page's list without JavaScript and the
 * tests all read it, so a page exists in one place only.
 *
 * Plain TypeScript: it takes the content entries (as the schemas give them)
 * and returns the pages. `getInventory()` in `content.ts` feeds it from Astro's
 * collections; tests feed it from the files through the same schemas.
 */
import { t, type UIKey } from '../i18n/index.ts';
import { formatDateLong } from './dates.ts';
import { formatKm } from './format.ts';
import { newsListPages } from './news-lists.ts';
import { archivePages, eventPath, EVENTS_PATH, splitEvents } from './events.ts';
import { formatEventTime, type EventTime } from './event-time.ts';

export type PageKind = 'home' | 'city' | 'news' | 'event' | 'page' | 'list' | 'system';

export interface Crumb {
  label: string;
  /** Path under the base; the last crumb is the page itself. */
  path: string;
}

/** What a page's share image (og:image) shows. */
export interface ShareContent {
  title: string;
  subtitle?: string;
  /** A small locator map of the city and Düren; `land` is the country's ISO code from the frontmatter (highlighted). */
  map?: { breite: number; laenge: number; name: string; land: string };
  /** The image described in words, for og:image:alt. */
  alt: string;
  /** The frontmatter fields its texts come from ({ titel: '…' }), so a character it cannot draw is reported by field. */
  fields?: Record<string, string>;
}

export interface SitePage {
  /** Path under the base, without slashes: "" (start page), "stryj", "aktuelles/…" */
  path: string;
  /** The page's heading and the first part of its <title>. */
  title: string;
  /** For navigation, breadcrumbs and lists ("Vorwort" for "Vorwort des Bürgermeisters"). */
  shortTitle: string;
  /** For search engines and link previews. */
  description: string;
  kind: PageKind;
  /** The file that makes the page: "content/staedte/stryj.mdx", "src/pages/suche.astro". */
  source: string;
  /** The content entry behind the page, if any. */
  entry?: { collection: 'staedte' | 'aktuelles' | 'seiten' | 'termine'; id: string };
  breadcrumbs: Crumb[];
  share: ShareContent;
  /** Indexed by the site search. */
  search: boolean;
  /** Listed in the sitemap (and so meant to be found through search engines). */
  sitemap: boolean;
  /** Place in the header or footer navigation, in this order. */
  nav?: { header?: number; footer?: number };
}

/** A content entry as the schemas give it (only the fields the inventory reads). */
export interface Entry<T> {
  id: string;
  data: T;
}
interface CityData {
  name: string;
  eigenname?: { name: string } | undefined;
  beschreibung: string;
  land: { code: string; name: string };
  entfernungKm: number;
  koordinaten: { breite: number; laenge: number };
}
interface NewsData {
  staedte: { id: string }[];
  titel: string;
  beschreibung: string;
  datum: Date;
  herausgeber: string;
}
interface EventData {
  staedte: { id: string }[];
  titel: string;
  beschreibung: string;
  zeit: EventTime;
  abgesagt: boolean;
}
interface PageData {
  titel: string;
  kurztitel?: string | undefined;
  beschreibung: string;
}

export interface SiteContent {
  cities: Entry<CityData>[];
  news: Entry<NewsData>[];
  pages: Entry<PageData>[];
  /** The start page's heading and description (content/startseite.mdx). */
  start?: { data: { ueberschrift: string; beschreibung: string } };
  /** Dated events (content/termine); none: no /termine/ at all. */
  events?: Entry<EventData>[];
  /** "Now", which decides upcoming and past events (default: the moment of the call). */
  now?: Date;
}

/**
 * Paths that belong to the site itself: the pages made in `src/pages/` and
 * the folders the build writes. A content page may not take them.
 */
export const RESERVED_PATHS = [
  '', 'aktuelles', 'suche', 'bildnachweise', '404', 'og', 'pagefind', 'admin', '_astro',
  'chronik', 'begegnungen', 'daten', 'karte', 'en', 'favicon.svg', 'sitemap-index.xml', 'sitemap-0.xml', 'termine',
] as const;

/** Header and footer links to content pages, by their file name (content/seiten/…). */
const CONTENT_NAV: Record<string, SitePage['nav']> = {
  vorwort: { header: 2 },
  'leichte-sprache': { header: 9, footer: 4 },
  impressum: { footer: 1 },
  datenschutz: { footer: 2 },
  barrierefreiheit: { footer: 3 },
};

const collator = new Intl.Collator('de');
const nbsp = (s: string) => s.replaceAll(' ', '\u00a0');
const home: Crumb = { label: t('nav.home'), path: '' };

function share(title: string, subtitle?: string, map?: ShareContent['map'], fields?: ShareContent['fields']): ShareContent {
  return {
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(map ? { map } : {}),
    ...(fields ? { fields } : {}),
    alt: [title, subtitle?.replaceAll('\u00a0', ' '), map && t('share.mapAlt', { city: map.name })].filter(Boolean).join('. '),
  };
}

/** A page made in `src/pages/` from interface strings. */
function fixed(
  path: string,
  kind: PageKind,
  keys: { title: UIKey; description: UIKey; short?: UIKey; subtitle?: string },
  options: Pick<SitePage, 'nav'> & { search?: boolean; sitemap?: boolean; source?: string } = {},
): SitePage {
  const title = t(keys.title);
  const shortTitle = keys.short ? t(keys.short) : title;
  return {
    path,
    title,
    shortTitle,
    description: t(keys.description),
    kind,
    source: options.source ?? `src/pages/${path || 'index'}.astro`,
    breadcrumbs: path === '' || kind === 'system' && path === '404' ? [] : [home, { label: shortTitle, path }],
    share: share(title, keys.subtitle),
    search: options.search ?? kind !== 'system',
    sitemap: options.sitemap ?? kind !== 'system',
    ...(options.nav ? { nav: options.nav } : {}),
  };
}

/** Every public page of the site, in a stable order: start page, cities, news, pages, the rest. */
export function buildInventory(content: SiteContent): SitePage[] {
  const cities = [...content.cities].sort((a, b) => collator.compare(a.data.name, b.data.name));
  const news = [...content.news].sort((a, b) => b.data.datum.getTime() - a.data.datum.getTime());
  const newsCrumb: Crumb = { label: t('nav.news'), path: 'aktuelles' };

  const list: SitePage[] = [
    {
      ...fixed('', 'home', { title: 'site.tagline', description: 'home.description', short: 'nav.home' }, { nav: { header: 1 } }),
      ...(content.start ? { title: content.start.data.ueberschrift, description: content.start.data.beschreibung } : {}),
      share: share(content.start?.data.ueberschrift ?? t('site.tagline'), cities.map((c) => nbsp(c.data.name)).join(' · ')),
    },
    ...cities.map((c): SitePage => ({
      path: c.id,
      title: c.data.name,
      shortTitle: c.data.name,
      description: c.data.beschreibung,
      kind: 'city',
      source: `content/staedte/${c.id}.mdx`,
      entry: { collection: 'staedte', id: c.id },
      breadcrumbs: [home, { label: c.data.name, path: c.id }],
      share: share(
        c.data.name,
        // The name in its own script (金华市, Стрий) first: the image draws every character or the build stops.
        [c.data.eigenname?.name, c.data.land.name, nbsp(t('share.distance', { distance: formatKm(c.data.entfernungKm) }))]
          .filter(Boolean)
          .join(' · '),
        { ...c.data.koordinaten, name: c.data.name, land: c.data.land.code },
        { name: c.data.name, ...(c.data.eigenname ? { 'eigenname.name': c.data.eigenname.name } : {}) },
      ),
      search: true,
      sitemap: true,
    })),
    // The news lists: /aktuelles/ ten a page (/aktuelles/2/ …) and one per city with news (/aktuelles/stryj/ …).
    // Only /aktuelles/ itself is searched: the lists' teasers would compete with the items' own pages.
    ...newsListPages(news, cities).map((l): SitePage => {
      const name = l.city ? t('news.cityTitle', { city: l.city.data.name }) : t('nav.news');
      const title = l.number > 1 ? t('pagination.title', { title: name, page: l.number, total: l.total }) : name;
      return {
        path: l.path,
        title,
        shortTitle: name,
        description: l.city ? t('news.cityDescription', { city: l.city.data.name }) : t('news.description'),
        kind: 'list',
        source: 'src/pages/aktuelles/[...seite].astro',
        breadcrumbs: [
          home,
          ...(l.path === 'aktuelles' ? [] : [newsCrumb]),
          ...(l.city && l.number > 1 ? [{ label: l.city.data.name, path: l.base }] : []),
          { label: l.number > 1 ? `${t('pagination.page')} ${l.number}` : l.city ? l.city.data.name : name, path: l.path },
        ],
        share: share(title, t('share.newsSubtitle')),
        search: l.path === 'aktuelles',
        sitemap: true,
        ...(l.path === 'aktuelles' ? { nav: { header: 3 } } : {}),
      };
    }),
    ...news.map((n): SitePage => {
      const path = `aktuelles/${n.id}`;
      return {
        path,
        title: n.data.titel,
        shortTitle: n.data.titel,
        description: n.data.beschreibung,
        kind: 'news',
        source: `content/aktuelles/${n.id}.mdx`,
        entry: { collection: 'aktuelles', id: n.id },
        breadcrumbs: [home, newsCrumb, { label: n.data.titel, path }],
        share: share(n.data.titel, [t('nav.news'), nbsp(formatDateLong(n.data.datum)), n.data.herausgeber].join(' · '), undefined, {
          titel: n.data.titel,
          herausgeber: n.data.herausgeber,
        }),
        search: true,
        sitemap: true,
      };
    }),
    ...content.pages.map((p): SitePage => {
      const shortTitle = p.data.kurztitel ?? p.data.titel;
      const nav = CONTENT_NAV[p.id];
      return {
        path: p.id,
        title: p.data.titel,
        shortTitle,
        description: p.data.beschreibung,
        kind: 'page',
        source: `content/seiten/${p.id}.mdx`,
        entry: { collection: 'seiten', id: p.id },
        breadcrumbs: [home, { label: shortTitle, path: p.id }],
        share: share(p.data.titel, undefined, undefined, { titel: p.data.titel }),
        search: true,
        sitemap: true,
        ...(nav ? { nav } : {}),
      };
    }),
    ...eventPages(content.events ?? [], content.now ?? new Date()),
    fixed('chronik', 'page', { title: 'chronicle.title', description: 'chronicle.description', short: 'nav.chronicle', subtitle: t('chronicle.subtitle') }, { nav: { header: 4 } }),
    fixed('begegnungen', 'page', { title: 'encounters.title', description: 'encounters.description', short: 'nav.encounters', subtitle: t('encounters.subtitle') }, { nav: { header: 5 } }),
    fixed('daten', 'page', { title: 'data.title', description: 'data.description', short: 'nav.data', subtitle: t('data.subtitle') }, { nav: { footer: 4.5 }, source: 'src/pages/daten/index.astro' }),
    fixed('bildnachweise', 'page', { title: 'credits.title', description: 'credits.description' }, { nav: { footer: 5 } }),
    fixed('suche', 'system', { title: 'footer.search', description: 'search.description' }, { nav: { footer: 6 } }),
    fixed('404', 'system', { title: 'notFound.title', description: 'notFound.text' }),
  ];
  const problems = pathConflicts(list);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return list;
}

/**
 * /termine/ (upcoming events; in the header only while there is one), the archive of
 * past ones (/termine/archiv/, ten a page) and a page per event. Without any event:
 * none of them, so no list is ever empty but /termine/ itself, which then says so.
 */
function eventPages(events: Entry<EventData>[], now: Date): SitePage[] {
  if (events.length === 0) return [];
  const { upcoming, past } = splitEvents(events, now);
  const listCrumb: Crumb = { label: t('nav.events'), path: EVENTS_PATH };
  const archive = archivePages(past);
  return [
    {
      ...fixed(EVENTS_PATH, 'list', { title: 'events.title', description: 'events.description', short: 'nav.events', subtitle: t('share.eventsSubtitle') }, {
        ...(upcoming.length > 0 ? { nav: { header: 3.5 } } : {}),
        source: 'src/pages/termine/[...liste].astro',
      }),
    },
    ...archive.map((a): SitePage => {
      const name = t('events.archiveTitle');
      const title = a.number > 1 ? t('pagination.title', { title: name, page: a.number, total: a.total }) : name;
      return {
        path: a.path,
        title,
        shortTitle: name,
        description: t('events.archiveDescription'),
        kind: 'list',
        source: 'src/pages/termine/[...liste].astro',
        breadcrumbs: [home, listCrumb, { label: a.number > 1 ? `${t('pagination.page')} ${a.number}` : name, path: a.path }],
        share: share(title, t('share.eventsSubtitle')),
        search: false,
        sitemap: true,
      };
    }),
    ...[...upcoming, ...past].map((e): SitePage => {
      const path = eventPath(e.id);
      const when = formatEventTime(e.data.zeit);
      return {
        path,
        title: e.data.titel,
        shortTitle: e.data.titel,
        description: e.data.beschreibung,
        kind: 'event',
        source: `content/termine/${e.id}.mdx`,
        entry: { collection: 'termine', id: e.id },
        breadcrumbs: [home, listCrumb, { label: e.data.titel, path }],
        share: share(e.data.titel, [e.data.abgesagt ? t('events.cancelled') : t('kind.event'), when].join(' · '), undefined, { titel: e.data.titel }),
        search: true,
        sitemap: true,
      };
    }),
  ];
}

/**
 * Two pages at one address, or a content page on an address the site needs
 * itself: German messages naming both files, for the build and the content check.
 */
export function pathConflicts(pages: Pick<SitePage, 'path' | 'source'>[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const reserved = new Set<string>(RESERVED_PATHS);
  for (const p of pages) {
    const where = `/partnerstaedte/${p.path ? `${p.path}/` : ''}`;
    const other = seen.get(p.path);
    if (other !== undefined) {
      problems.push(
        `${p.source}: Die Adresse ${where} hat schon ${other}. Zwei Seiten können nicht dieselbe Adresse haben – ` +
          'bitte geben Sie einer der beiden Dateien einen anderen Namen (der Dateiname ist die Adresse).',
      );
      continue;
    }
    if (p.source.startsWith('content/') && reserved.has(p.path.split('/')[0]!) && p.path.split('/').length === 1) {
      problems.push(
        `${p.source}: Die Adresse ${where} braucht die Website selbst (${p.path}). ` +
          'Bitte geben Sie der Datei einen anderen Namen (der Dateiname ist die Adresse).',
      );
      continue;
    }
    seen.set(p.path, p.source);
  }
  return problems;
}

/** The page at a path; throws if there is none (a page that is not in the inventory is a bug). */
export function pageAt(pages: SitePage[], path: string): SitePage {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`Die Seite »${path}« fehlt in src/lib/inventory.ts.`);
  return found;
}

/** Header or footer links in their order. */
export function navigation(pages: SitePage[], where: 'header' | 'footer'): SitePage[] {
  return pages
    .filter((p) => p.nav?.[where] !== undefined)
    .sort((a, b) => a.nav![where]! - b.nav![where]!);
}
