/** Every page the inventory lists for search engines (not the search page, not the 404 page). */
import type { APIRoute } from 'astro';
import { getInventory } from '../lib/content.ts';
import { absoluteUrl } from '../lib/urls.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const urls = (await getInventory())
    .filter((p) => p.sitemap)
    .map((p) => `<url><loc>${escape(absoluteUrl(p.path, site))}</loc></url>`);
  return new Response(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
