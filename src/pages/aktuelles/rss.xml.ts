/** The news as an RSS feed: /partnerstaedte/aktuelles/rss.xml, linked from every page's head. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNews } from '../../lib/content.ts';
import { feedOptions } from '../../lib/feed.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { t } from '../../i18n/index.ts';
import { FEED_ITEMS } from '../../lib/pagination.ts';

export const GET: APIRoute = async ({ site }) =>
  rss(
    feedOptions(
      // The latest items only: a feed reader asks again and again; the lists on the site have them all.
      (await getNews()).slice(0, FEED_ITEMS).map((n) => ({ id: n.id, ...n.data })),
      { title: t('share.feedTitle'), description: t('share.feedDescription'), url: (p) => absoluteUrl(p, site) },
    ),
  );
