/** The sitemap index search engines read (named in the domain's robots.txt): one sitemap, sitemap-0.xml. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
      `<sitemap><loc>${absoluteUrl('sitemap-0.xml', site)}</loc></sitemap>` +
      '</sitemapindex>\n',
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
