/**
 * The one list of the site's public pages. Routes, navigation, breadcrumbs,
 * share images, the sitemap, the search page's list without JavaScript and the
 * tests all read it, so a page exists in one place only.
 *
 * Plain TypeScript: it takes the content entries (as the schemas give them)
 * and returns the pages. `getInventory()` in `content.ts` feeds it from Astro's
 * collections; tests feed it from the files through the same schemas.
 */
import { translator, type UIKey } from '../i18n/index.ts';
import { DEFAULT_LANG, LANGUAGE, localizedPath, PORTRAIT_LANGS, SITE_LANGS, type Lang } from '../i18n/languages.ts';
import { GERMAN_ONLY_PAGES } from '../schemas/translation.ts';
import { formatDateLong } from './dates.ts';
import { countryName, formatKm } from './format.ts';
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
  /** Path under the base, without slashes: "" (start page), "stryj", "aktuelles/…", "en/stryj" */
  path: string;
  /** The page's language: German at the root, English under en/, a partner city's portrait under its language. */
  lang: Lang;
  /** The path of the German page it corresponds to ("stryj" for "en/stryj"): the same page in every language. */
  key: string;
  /** The same page in each language it exists in (this one included), for hreflang and the language switch. */
  alternates: Partial<Record<Lang, string>>;
  /** A translated page: the translation file and its date. */
  translation?: { source: string; datum: Date };
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
  eigenname?: { name: string; sprache: string } | undefined;
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

/** A translation as the schemas give it: id "<lang>/<name>", only translatable text and the Übersetzung note. */
export interface TranslationEntry {
  id: string;
  data: {
    uebersetzung: { datum: Date };
    beschreibung: string;
    titel?: string | undefined;
    kurztitel?: string | undefined;
    ueberschrift?: string | undefined;
  };
}

export interface SiteContent {
  /** Translations by German collection (ids "en/stryj"); none: a German site only. */
  translations?: {
    staedte?: TranslationEntry[];
    seiten?: TranslationEntry[];
    aktuelles?: TranslationEntry[];
    startseite?: TranslationEntry[];
    termine?: TranslationEntry[];
  };
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
  'chronik', 'begegnungen', 'daten', 'karte', 'favicon.svg', 'sitemap-index.xml', 'sitemap-0.xml', 'termine',
  // Every language's pages start with its code (/en/, /fr/ …), German's too, should it ever move there.
  'de', 'en', 'fr', 'tr', 'bs', 'uk', 'zh',
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

/** The translation of a German entry into a language, if there is one. */
function translationOf(list: TranslationEntry[] | undefined, lang: Lang, id: string): TranslationEntry | undefined {
  return list?.find((t) => t.id === `${lang}/${id}`);
}

/** Every public page of the site, in a stable order: German, then English, then the portraits. */
export function buildInventory(content: SiteContent): SitePage[] {
  const list = [...pagesIn(DEFAULT_LANG, content)];
  for (const lang of SITE_LANGS) {
    // A language's site exists once its start page is translated: no German copies under /en/.
    if (lang !== DEFAULT_LANG && translationOf(content.translations?.startseite, lang, 'startseite')) list.push(...pagesIn(lang, content));
  }
  list.push(...portraits(content));
  // Each page knows itself in every language it exists in.
  const byKey = new Map<string, Partial<Record<Lang, string>>>();
  for (const p of list) byKey.set(p.key, { ...byKey.get(p.key), [p.lang]: p.path });
  for (const p of list) p.alternates = byKey.get(p.key)!;
  const problems = pathConflicts(list);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return list;
}

/** The pages of one whole-site language: German, or English where the content is translated. */
function pagesIn(lang: Lang, content: SiteContent): SitePage[] {
  const t = translator(lang);
  const L = (path: string) => localizedPath(lang, path);
  const tr = content.translations ?? {};
  const german = lang === DEFAULT_LANG;
  const home: Crumb = { label: t('nav.home'), path: L('') };
  const cities = [...content.cities].sort((a, b) => collator.compare(a.data.name, b.data.name));
  // In another language only what is translated: a German entry without its translation has no page there.
  const translated = <E extends { id: string }>(entries: E[], list: TranslationEntry[] | undefined): { entry: E; tr: TranslationEntry | undefined }[] =>
    entries.flatMap((e): { entry: E; tr: TranslationEntry | undefined }[] => {
      if (german) return [{ entry: e, tr: undefined }];
      const found = translationOf(list, lang, e.id);
      return found ? [{ entry: e, tr: found }] : [];
    });
  const translationNote = (source: string, found: TranslationEntry | undefined) =>
    found ? { translation: { source: source.replace(/([^/]+\.mdx)$/, `${lang}/$1`), datum: found.data.uebersetzung.datum } } : {};
  const news = [...content.news].sort((a, b) => b.data.datum.getTime() - a.data.datum.getTime());
  const newsHere = translated(news, tr.aktuelles);
  const newsCrumb: Crumb = { label: t('nav.news'), path: L('aktuelles') };

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
    key: string,
    kind: PageKind,
    keys: { title: UIKey; description: UIKey; short?: UIKey; subtitle?: string },
    options: Pick<SitePage, 'nav'> & { search?: boolean; sitemap?: boolean; source?: string } = {},
  ): SitePage {
    const title = t(keys.title);
    const shortTitle = keys.short ? t(keys.short) : title;
    const path = L(key);
    return {
      path,
      lang,
      key,
      alternates: {},
      title,
      shortTitle,
      description: t(keys.description),
      kind,
      source: options.source ?? `src/pages/[...lang]/${key || 'index'}.astro`,
      breadcrumbs: key === '' || kind === 'system' && key === '404' ? [] : [home, { label: shortTitle, path }],
      share: share(title, keys.subtitle),
      search: options.search ?? kind !== 'system',
      sitemap: options.sitemap ?? kind !== 'system',
      ...(options.nav ? { nav: options.nav } : {}),
    };
  }

  const start = german ? content.start?.data : translationOf(tr.startseite, lang, 'startseite')?.data;
  const heading = start ? (start as { ueberschrift?: string }).ueberschrift : undefined;
  const homePage = fixed('', 'home', { title: 'site.tagline', description: 'home.description', short: 'nav.home' }, { nav: { header: 1 } });
  const list: SitePage[] = [
    {
      ...homePage,
      ...(heading ? { title: heading, description: start!.beschreibung } : {}),
      ...(german ? {} : translationNote('content/startseite.mdx', translationOf(tr.startseite, lang, 'startseite'))),
      share: share(heading ?? t('site.tagline'), cities.map((c) => nbsp(c.data.name)).join(' · ')),
    },
    ...translated(cities, tr.staedte).map(({ entry: c, tr: found }): SitePage => ({
      path: L(c.id),
      lang,
      key: c.id,
      alternates: {},
      title: c.data.name,
      shortTitle: c.data.name,
      description: found?.data.beschreibung ?? c.data.beschreibung,
      kind: 'city',
      source: `content/staedte/${c.id}.mdx`,
      entry: { collection: 'staedte', id: c.id },
      ...translationNote(`content/staedte/${c.id}.mdx`, found),
      breadcrumbs: [home, { label: c.data.name, path: L(c.id) }],
      share: share(
        c.data.name,
        // The name in its own script (金华市, Стрий) first: the image draws every character or the build stops.
        [c.data.eigenname?.name, german ? c.data.land.name : countryIn(c.data.land.code, lang), nbsp(t('share.distance', { distance: formatKm(c.data.entfernungKm, lang) }))]
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
    ...newsListPages(newsHere.map((n) => n.entry), cities).map((l): SitePage => {
      const name = l.city ? t('news.cityTitle', { city: l.city.data.name }) : t('nav.news');
      const title = l.number > 1 ? t('pagination.title', { title: name, page: l.number, total: l.total }) : name;
      return {
        path: L(l.path),
        lang,
        key: l.path,
        alternates: {},
        title,
        shortTitle: name,
        description: l.city ? t('news.cityDescription', { city: l.city.data.name }) : t('news.description'),
        kind: 'list',
        source: 'src/pages/[...lang]/aktuelles/[...seite].astro',
        breadcrumbs: [
          home,
          ...(l.path === 'aktuelles' ? [] : [newsCrumb]),
          ...(l.city && l.number > 1 ? [{ label: l.city.data.name, path: L(l.base) }] : []),
          { label: l.number > 1 ? `${t('pagination.page')} ${l.number}` : l.city ? l.city.data.name : name, path: L(l.path) },
        ],
        share: share(title, t('share.newsSubtitle')),
        search: l.path === 'aktuelles',
        sitemap: true,
        ...(l.path === 'aktuelles' ? { nav: { header: 3 } } : {}),
      };
    }),
    ...newsHere.map(({ entry: n, tr: found }): SitePage => {
      const key = `aktuelles/${n.id}`;
      const title = found?.data.titel ?? n.data.titel;
      return {
        path: L(key),
        lang,
        key,
        alternates: {},
        title,
        shortTitle: title,
        description: found?.data.beschreibung ?? n.data.beschreibung,
        kind: 'news',
        source: `content/aktuelles/${n.id}.mdx`,
        entry: { collection: 'aktuelles', id: n.id },
        ...translationNote(`content/aktuelles/${n.id}.mdx`, found),
        breadcrumbs: [home, newsCrumb, { label: title, path: L(key) }],
        share: share(title, [t('nav.news'), nbsp(formatDateLong(n.data.datum, lang)), n.data.herausgeber].join(' · '), undefined, {
          titel: title,
          herausgeber: n.data.herausgeber,
        }),
        search: true,
        sitemap: true,
      };
    }),
    ...translated(
      content.pages.filter((p) => german || !(GERMAN_ONLY_PAGES as readonly string[]).includes(p.id)),
      tr.seiten,
    ).map(({ entry: p, tr: found }): SitePage => {
      const titel = found?.data.titel ?? p.data.titel;
      const shortTitle = (found ? found.data.kurztitel : p.data.kurztitel) ?? titel;
      const nav = CONTENT_NAV[p.id];
      return {
        path: L(p.id),
        lang,
        key: p.id,
        alternates: {},
        title: titel,
        shortTitle,
        description: found?.data.beschreibung ?? p.data.beschreibung,
        kind: 'page',
        source: `content/seiten/${p.id}.mdx`,
        entry: { collection: 'seiten', id: p.id },
        ...translationNote(`content/seiten/${p.id}.mdx`, found),
        breadcrumbs: [home, { label: shortTitle, path: L(p.id) }],
        share: share(titel, undefined, undefined, { titel }),
        search: true,
        sitemap: true,
        ...(nav ? { nav } : {}),
      };
    }),
    ...eventPages(lang, content, translated(content.events ?? [], tr.termine), content.now ?? new Date(), fixed, share, home),
    fixed('chronik', 'page', { title: 'chronicle.title', description: 'chronicle.description', short: 'nav.chronicle', subtitle: t('chronicle.subtitle') }, { nav: { header: 4 } }),
    fixed('begegnungen', 'page', { title: 'encounters.title', description: 'encounters.description', short: 'nav.encounters', subtitle: t('encounters.subtitle') }, { nav: { header: 5 } }),
    fixed('daten', 'page', { title: 'data.title', description: 'data.description', short: 'nav.data', subtitle: t('data.subtitle') }, { nav: { footer: 4.5 }, source: 'src/pages/[...lang]/daten/index.astro' }),
    fixed('bildnachweise', 'page', { title: 'credits.title', description: 'credits.description' }, { nav: { footer: 5 } }),
    fixed('suche', 'system', { title: 'footer.search', description: 'search.description' }, { nav: { footer: 6 } }),
    fixed('404', 'system', { title: 'notFound.title', description: 'notFound.text' }),
  ];
  return list;
}

/** A country's name in a language ("UA" → "Ukraine", "Україна"). */
const countryIn = (code: string, lang: Lang): string => countryName(code, lang) ?? code;

/**
 * A partner city's portrait in its own language (/fr/cormeilles/): one page per
 * translation of a city into a partner language, with that language's search page.
 */
function portraits(content: SiteContent): SitePage[] {
  const pages: SitePage[] = [];
  for (const lang of PORTRAIT_LANGS) {
    const found = (content.translations?.staedte ?? []).filter((t) => t.id.startsWith(`${lang}/`));
    const t = translator(lang);
    for (const tr of found) {
      const c = content.cities.find((city) => `${lang}/${city.id}` === tr.id);
      if (!c) continue;
      const path = localizedPath(lang, c.id);
      const title = c.data.eigenname && c.data.eigenname.sprache.split('-')[0] === lang ? c.data.eigenname.name : c.data.name;
      const subtitle = [countryIn(c.data.land.code, lang), nbsp(t('share.distance', { distance: formatKm(c.data.entfernungKm, lang) }))].join(' · ');
      pages.push({
        path,
        lang,
        key: c.id,
        alternates: {},
        title,
        shortTitle: title,
        description: tr.data.beschreibung,
        kind: 'city',
        source: `content/staedte/${c.id}.mdx`,
        entry: { collection: 'staedte', id: c.id },
        translation: { source: `content/staedte/${lang}/${c.id}.mdx`, datum: tr.data.uebersetzung.datum },
        breadcrumbs: [],
        share: {
          title,
          subtitle,
          map: { ...c.data.koordinaten, name: c.data.name, land: c.data.land.code },
          alt: [title, subtitle.replaceAll('\u00a0', ' '), t('share.mapAlt', { city: title })].join('. '),
          fields: { name: c.data.name, ...(c.data.eigenname ? { 'eigenname.name': c.data.eigenname.name } : {}) },
        },
        search: true,
        sitemap: true,
      });
    }
    if (found.length > 0) {
      const key = 'suche';
      pages.push({
        path: localizedPath(lang, key),
        lang,
        key,
        alternates: {},
        title: t('footer.search'),
        shortTitle: t('footer.search'),
        description: t('search.description'),
        kind: 'system',
        source: 'src/pages/[...lang]/suche.astro',
        breadcrumbs: [],
        share: { title: t('footer.search'), alt: t('footer.search') },
        search: false,
        sitemap: false,
      });
    }
  }
  return pages;
}

/**
 * /termine/ (upcoming events; in the header only while there is one), the archive of
 * past ones (/termine/archiv/, ten a page) and a page per event. Without any event:
 * none of them, so no list is ever empty but /termine/ itself, which then says so.
 */
function eventPages(
  lang: Lang,
  content: SiteContent,
  here: { entry: Entry<EventData>; tr: TranslationEntry | undefined }[],
  now: Date,
  fixed: (key: string, kind: PageKind, keys: { title: UIKey; description: UIKey; short?: UIKey; subtitle?: string }, options?: Pick<SitePage, 'nav'> & { source?: string }) => SitePage,
  share: (title: string, subtitle?: string) => ShareContent,
  home: Crumb,
): SitePage[] {
  if ((content.events ?? []).length === 0) return [];
  // In another language only once an event is translated: an empty English list beside a full German one would mislead.
  if (lang !== DEFAULT_LANG && here.length === 0) return [];
  const t = translator(lang);
  const L = (path: string) => localizedPath(lang, path);
  const { upcoming, past } = splitEvents(here.map((h) => h.entry), now);
  const byId = new Map(here.map((h) => [h.entry.id, h.tr]));
  const listCrumb: Crumb = { label: t('nav.events'), path: L(EVENTS_PATH) };
  const archive = archivePages(past);
  return [
    {
      ...fixed(EVENTS_PATH, 'list', { title: 'events.title', description: 'events.description', short: 'nav.events', subtitle: t('share.eventsSubtitle') }, {
        ...(upcoming.length > 0 ? { nav: { header: 3.5 } } : {}),
        source: 'src/pages/[...lang]/termine/[...liste].astro',
      }),
    },
    ...archive.map((a): SitePage => {
      const name = t('events.archiveTitle');
      const title = a.number > 1 ? t('pagination.title', { title: name, page: a.number, total: a.total }) : name;
      return {
        path: L(a.path),
        lang,
        key: a.path,
        alternates: {},
        title,
        shortTitle: name,
        description: t('events.archiveDescription'),
        kind: 'list',
        source: 'src/pages/[...lang]/termine/[...liste].astro',
        breadcrumbs: [home, listCrumb, { label: a.number > 1 ? `${t('pagination.page')} ${a.number}` : name, path: L(a.path) }],
        share: share(title, t('share.eventsSubtitle')),
        search: false,
        sitemap: true,
      };
    }),
    ...[...upcoming, ...past].map((e): SitePage => {
      const key = eventPath(e.id);
      const found = byId.get(e.id);
      const title = found?.data.titel ?? e.data.titel;
      const when = formatEventTime(e.data.zeit, lang);
      return {
        path: L(key),
        lang,
        key,
        alternates: {},
        title,
        shortTitle: title,
        description: found?.data.beschreibung ?? e.data.beschreibung,
        kind: 'event',
        source: `content/termine/${e.id}.mdx`,
        entry: { collection: 'termine', id: e.id },
        ...(found ? { translation: { source: `content/termine/${lang}/${e.id}.mdx`, datum: found.data.uebersetzung.datum } } : {}),
        breadcrumbs: [home, listCrumb, { label: title, path: L(key) }],
        share: { ...share(title, [e.data.abgesagt ? t('events.cancelled') : t('kind.event'), when].join(' · ')), fields: { titel: title } },
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

/**
 * A page's hreflang alternates: each language it exists in (itself too) and x-default → German,
 * or none when it exists in one language only. `keep` leaves out versions (the sitemap names
 * only the pages it lists).
 */
export function hreflangAlternates(page: Pick<SitePage, 'alternates'>, keep: (path: string) => boolean = () => true): { hreflang: string; path: string }[] {
  const versions = (Object.entries(page.alternates) as [Lang, string][]).filter(([, path]) => keep(path));
  if (versions.length < 2) return [];
  return [
    ...versions.map(([lang, path]) => ({ hreflang: LANGUAGE[lang].tag, path })),
    ...(page.alternates.de !== undefined ? [{ hreflang: 'x-default', path: page.alternates.de }] : []),
  ];
}

/** Header or footer links of a language's pages, in their order. */
export function navigation(pages: SitePage[], where: 'header' | 'footer', lang: Lang = DEFAULT_LANG): SitePage[] {
  return pages
    .filter((p) => p.lang === lang && p.nav?.[where] !== undefined)
    .sort((a, b) => a.nav![where]! - b.nav![where]!);
}
