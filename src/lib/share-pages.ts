/**
 * What each page's share image (og:image) shows, keyed by the page's path
 * under the base. The og endpoint draws one PNG per entry; BaseHead links it.
 */
import { getCities, getNews, getNewsListPages, getPages } from './content.ts';
import { formatDateLong } from './dates.ts';
import { formatKm } from './format.ts';
import { absoluteUrl } from './urls.ts';
import { t } from '../i18n/index.ts';
import type { OgInput } from './og.ts';

export interface SharePage extends OgInput {
  /** What the image shows, for og:image:alt. */
  alt: string;
  /** The content file the texts come from and its fields, for error messages ("content/staedte/jinhua.mdx, Feld »name«"). */
  source?: { file: string; fields: Record<string, string> };
}

/** "stryj" → "og/stryj.png", "" (start page) → "og/index.png" */
export function ogImagePath(path: string): string {
  return `og/${path.replace(/^\/+|\/+$/g, '') || 'index'}.png`;
}

const nbsp = (s: string) => s.replaceAll(' ', '\u00a0');

let cache: Promise<Map<string, SharePage>> | undefined;

/** Every page of the site with its share image's content. */
export function sharePages(): Promise<Map<string, SharePage>> {
  cache ??= collect();
  return cache;
}

async function collect(): Promise<Map<string, SharePage>> {
  const [cities, news, pages, lists] = await Promise.all([getCities(), getNews(), getPages(), getNewsListPages()]);
  const label = t('site.title');
  const footer = absoluteUrl('', undefined).replace(/^https?:\/\//, '').replace(/\/$/, '');
  const entry = (title: string, subtitle?: string, map?: OgInput['map'], source?: SharePage['source']): SharePage => ({
    title,
    label,
    footer,
    ...(subtitle ? { subtitle } : {}),
    ...(map ? { map } : {}),
    alt: [title, subtitle?.replaceAll('\u00a0', ' '), map && t('share.mapAlt', { city: map.name })].filter(Boolean).join('. '),
    ...(source ? { source } : {}),
  });

  const list: [string, SharePage][] = [
    ['', entry(t('site.tagline'), cities.map((c) => nbsp(c.data.name)).join(' · '))],
    ['bildnachweise', entry(t('credits.title'))],
    ['suche', entry(t('footer.search'))],
    ['404', entry(t('notFound.title'))],
    ...cities.map((c): [string, SharePage] => [
      c.id,
      entry(
        c.data.name,
        // The name in its own script (金华市, Стрий) first: the image draws every character or the build stops.
        [c.data.eigenname?.name, c.data.land.name, nbsp(t('share.distance', { distance: formatKm(c.data.entfernungKm) }))]
          .filter(Boolean)
          .join(' · '),
        { ...c.data.koordinaten, name: c.data.name },
        { file: `content/staedte/${c.id}.mdx`, fields: { name: c.data.name, ...(c.data.eigenname ? { 'eigenname.name': c.data.eigenname.name } : {}) } },
      ),
    ]),
    ...news.map((n): [string, SharePage] => [
      `aktuelles/${n.id}`,
      entry(n.data.titel, [t('nav.news'), nbsp(formatDateLong(n.data.datum)), n.data.herausgeber].join(' · '), undefined, {
        file: `content/aktuelles/${n.id}.mdx`,
        fields: { titel: n.data.titel, herausgeber: n.data.herausgeber },
      }),
    ]),
    // The news lists: "Aktuelles", "Aktuelles zu Stryj", with the page number from page 2 on.
    ...lists.map((l): [string, SharePage] => {
      const name = l.city ? t('news.cityTitle', { city: l.city.data.name }) : t('nav.news');
      return [l.path, entry(l.number > 1 ? t('pagination.title', { title: name, page: l.number, total: l.total }) : name, t('share.newsSubtitle'))];
    }),
    ...pages.map((p): [string, SharePage] => [
      p.id,
      entry(p.data.titel, undefined, undefined, { file: `content/seiten/${p.id}.mdx`, fields: { titel: p.data.titel } }),
    ]),
  ];
  return new Map(list);
}
