/**
 * The news feed's content (RSS 2.0), apart from the route so that it can be
 * tested with any text the content check lets through: &, <, ]]>, quotes and
 * emoji in titles and descriptions. @astrojs/rss escapes the text; tests parse
 * the result back with a strict XML parser (tests/unit/outputs.test.ts).
 */
import type { RSSOptions } from '@astrojs/rss';

export interface FeedNews {
  id: string;
  titel: string;
  beschreibung: string;
  datum: Date;
}

/**
 * Options for @astrojs/rss: the channel and its items (the latest first, as given).
 * `language` (BCP 47) and `prefix` ("en/") make the feed of another language's news pages.
 */
export function feedOptions(
  news: FeedNews[],
  { title, description, url, language = 'de', prefix = '' }: { title: string; description: string; url: (path: string) => string; language?: string; prefix?: string },
): RSSOptions {
  return {
    title,
    description,
    // The channel's link is the news page: passing `site` alone would lose the base path.
    site: url(`${prefix}aktuelles`),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${escapeAttribute(language)}</language><atom:link href="${escapeAttribute(url(`${prefix}aktuelles/rss.xml`))}" rel="self" type="application/rss+xml"/>`,
    items: news.map((n) => ({
      title: n.titel,
      description: n.beschreibung,
      pubDate: n.datum,
      link: url(`${prefix}aktuelles/${n.id}`),
    })),
  };
}

/** Text for an XML attribute in double quotes. */
const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
