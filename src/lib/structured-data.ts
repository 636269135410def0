/**
 * JSON-LD for search engines (schema.org): the site and its publisher on every
 * page, the breadcrumb trail, and what a page is about (a City, a NewsArticle).
 * Plain data in, plain objects out; BaseHead writes them as one compact block.
 */
import { countryName } from './format.ts';
import type { Lang } from '../i18n/languages.ts';
import type { City, Event, News } from './content.ts';
import { datetimeAttr } from './event-time.ts';
import { eventPath } from './events.ts';
import { absoluteUrl } from './urls.ts';
import { isoDate } from './dates.ts';
import { t } from '../i18n/index.ts';

type Thing = Record<string, unknown>;

/** The publisher: the city of Düren. Its @id is referenced from every page. */
function publisher(site: URL | undefined): Thing {
  return {
    '@type': 'GovernmentOrganization',
    '@id': `${new URL('/', site ?? 'https://www.dueren.de').href}#stadt`,
    name: t('site.publisher'),
    url: new URL('/', site ?? 'https://www.dueren.de').href,
  };
}

/** The microsite itself, published by the city. */
function website(site: URL | undefined): Thing {
  return {
    '@type': 'WebSite',
    '@id': `${absoluteUrl('', site)}#website`,
    url: absoluteUrl('', site),
    name: t('site.title'),
    inLanguage: 'de',
    publisher: { '@id': publisher(site)['@id'] },
  };
}

/** The trail from the start page to the current page, with absolute URLs. */
export function breadcrumbList(crumbs: { label: string; path: string }[], site: URL | undefined): Thing {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, item: absoluteUrl(c.path, site) })),
  };
}

/** A partner city: name, country, coordinates, official website. */
export function cityThing(city: City, site: URL | undefined, lang: Lang = 'de'): Thing {
  const d = city.data;
  return {
    '@type': 'City',
    '@id': `${absoluteUrl(city.id, site)}#stadt`,
    name: d.name,
    ...(d.eigenname ? { alternateName: d.eigenname.name } : {}),
    url: absoluteUrl(city.id, site),
    sameAs: d.website,
    // The country named in the page's language (the City itself is one thing in every language: its @id stays).
    containedInPlace: { '@type': 'Country', name: lang === 'de' ? d.land.name : countryName(d.land.code, lang) ?? d.land.name },
    geo: { '@type': 'GeoCoordinates', latitude: d.koordinaten.breite, longitude: d.koordinaten.laenge },
  };
}

/** Publishers whose name says they are a public body: "Kreis Düren", "Stadt Düren" … */
const PUBLIC_BODY = /^(Kreis|Stadt|Gemeinde|Städteregion|Land) /;

/** A news item, published (and written) by its `herausgeber`, e.g. the Kreis Düren. */
export function newsArticle(news: News, cities: City[], image: string, site: URL | undefined): Thing {
  const d = news.data;
  const url = absoluteUrl(`aktuelles/${news.id}`, site);
  const org =
    d.herausgeber === t('site.publisher')
      ? { '@id': publisher(site)['@id'] }
      : { '@type': PUBLIC_BODY.test(d.herausgeber) ? 'GovernmentOrganization' : 'Organization', name: d.herausgeber };
  return {
    '@type': 'NewsArticle',
    headline: d.titel,
    description: d.beschreibung,
    datePublished: isoDate(d.datum),
    inLanguage: 'de',
    mainEntityOfPage: url,
    image,
    author: org,
    publisher: org,
    ...(d.quelle.url ? { isBasedOn: d.quelle.url } : {}),
    ...(cities.length ? { about: cities.map((c) => ({ '@id': `${absoluteUrl(c.id, site)}#stadt` })) } : {}),
  };
}

/**
 * An event: start and end as written (a day, or a date-time with Düren's offset;
 * for a whole day the end is the last day), its place, cancelled or scheduled.
 */
export function eventThing(event: Event, cities: City[], image: string, site: URL | undefined): Thing {
  const d = event.data;
  const z = d.zeit;
  return {
    '@type': 'Event',
    name: d.titel,
    description: d.beschreibung,
    url: absoluteUrl(eventPath(event.id), site),
    image,
    startDate: datetimeAttr(z.beginn),
    ...(z.ende ? { endDate: datetimeAttr(z.ende) } : {}),
    eventStatus: `https://schema.org/${d.abgesagt ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: d.ort, address: d.ort },
    organizer: { '@id': publisher(site)['@id'] },
    inLanguage: 'de',
    ...(cities.length ? { about: cities.map((c) => ({ '@id': `${absoluteUrl(c.id, site)}#stadt` })) } : {}),
  };
}

/** Everything for one page, as one @graph. */
export function pageGraph(options: {
  site: URL | undefined;
  breadcrumbs: { label: string; path: string }[];
  main?: Thing | undefined;
  /** The page's language (BCP 47): the main item's `inLanguage`. */
  lang?: string;
  /** The page's own address, where the main item is shown in another language than at its German address. */
  url?: string | undefined;
}): Thing {
  const { site, breadcrumbs, lang, url: pageUrl } = options;
  const main = options.main && {
    ...options.main,
    ...(lang ? { inLanguage: lang } : {}),
    ...(pageUrl ? { url: pageUrl } : {}),
    // A translated news item or event is the main thing of its own page.
    ...(pageUrl && 'mainEntityOfPage' in options.main ? { mainEntityOfPage: pageUrl } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      website(site),
      publisher(site),
      ...(breadcrumbs.length ? [breadcrumbList(breadcrumbs, site)] : []),
      ...(main ? [main] : []),
    ],
  };
}

/** JSON for a <script> element: compact, and "</script>" cannot close it early. */
export function jsonLd(data: Thing): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
