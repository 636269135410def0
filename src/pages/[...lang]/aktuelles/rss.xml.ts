/**
 * The news as an RSS feed: /partnerstaedte/aktuelles/rss.xml, linked from every
 * German page's head; /partnerstaedte/en/aktuelles/rss.xml with the English news
 * pages, once there are any.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getInventory, getNews, getTranslations } from '../../../lib/content.ts';
import { feedOptions } from '../../../lib/feed.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import { DEFAULT_LANG, langParam, LANGUAGE, SITE_LANGS, t, type Lang } from '../../../i18n/index.ts';
import { FEED_ITEMS } from '../../../lib/pagination.ts';

export const getStaticPaths = (async () => {
  const inventory = await getInventory();
  return SITE_LANGS.filter((lang) => lang === DEFAULT_LANG || inventory.some((p) => p.lang === lang && p.kind === 'news')).map((lang) => ({
    params: { lang: langParam(lang) },
    props: { lang },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ site, props: { lang } }) => {
  const [news, translations] = await Promise.all([getNews(), getTranslations()]);
  // In another language the translated items, with their translated title and description.
  const items = news.flatMap((n) => {
    if (lang === DEFAULT_LANG) return [{ id: n.id, ...n.data }];
    const found = translations.aktuelles.find((tr) => tr.id === `${lang}/${n.id}`);
    return found ? [{ id: n.id, ...n.data, titel: found.data.titel, beschreibung: found.data.beschreibung }] : [];
  });
  return rss(
    feedOptions(
      // The latest items only: a feed reader asks again and again; the lists on the site have them all.
      items.slice(0, FEED_ITEMS),
      {
        title: t('share.feedTitle', {}, lang),
        description: t('share.feedDescription', {}, lang),
        url: (p) => absoluteUrl(p, site),
        language: LANGUAGE[lang].tag,
        prefix: lang === DEFAULT_LANG ? '' : `${lang}/`,
      },
    ),
  );
};
