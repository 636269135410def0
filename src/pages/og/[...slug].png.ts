/** One share image (og:image) per page: /partnerstaedte/og/stryj.png, og/index.png for the start page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderOgImage } from '../../lib/og.ts';
import { ogImagePath, sharePages, type SharePage } from '../../lib/share-pages.ts';

export const getStaticPaths = (async () =>
  [...(await sharePages())].map(([path, page]) => ({
    params: { slug: ogImagePath(path).replace(/^og\//, '').replace(/\.png$/, '') },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SharePage }> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props.page)), { headers: { 'Content-Type': 'image/png' } });
