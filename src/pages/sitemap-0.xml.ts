/**
 * Every page the inventory lists for search engines (not the search page, not the 404 page),
 * each with its versions in the other languages (xhtml:link alternates, x-default: German).
 */
import type { APIRoute } from 'astro';
import { getInventory } from '../lib/content.ts';
import { hreflangAlternates } from '../lib/inventory.ts';
import { absoluteUrl } from '../lib/urls.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const pages = (await getInventory()).filter((p) => p.sitemap);
  const listed = new Set(pages.map((p) => p.path));
  const link = (hreflang: string, path: string) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escape(absoluteUrl(path, site))}"/>`;
  const urls = pages.map((p) => {
    const links = hreflangAlternates(p, (path) => listed.has(path)).map((a) => link(a.hreflang, a.path));
    return `<url><loc>${escape(absoluteUrl(p.path, site))}</loc>${links.join('')}</url>`;
  });
  return new Response(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
