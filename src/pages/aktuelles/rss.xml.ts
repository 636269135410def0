/** The news as an RSS feed: /partnerstaedte/aktuelles/rss.xml, linked from every page's head. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNews } from '../../lib/content.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { t } from '../../i18n/index.ts';
import { FEED_ITEMS } from '../../lib/pagination.ts';

export const GET: APIRoute = async ({ site }) => {
  const self = absoluteUrl('aktuelles/rss.xml', site);
  return rss({
    title: t('share.feedTitle'),
    description: t('share.feedDescription'),
    // The channel's link is the news page: passing `site` alone would lose the base path.
    site: absoluteUrl('aktuelles', site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>de</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    // The latest items only: a feed reader asks again and again; the lists on the site have them all.
    items: (await getNews()).slice(0, FEED_ITEMS).map((n) => ({
      title: n.data.titel,
      description: n.data.beschreibung,
      pubDate: n.data.datum,
      link: absoluteUrl(`aktuelles/${n.id}`, site),
    })),
  });
};
