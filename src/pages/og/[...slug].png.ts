/** One share image (og:image) per page: /partnerstaedte/og/stryj.png, og/index.png for the start page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedOgImage, MissingGlyphError } from '../../lib/og.ts';
import { ogImagePath, sharePages, type SharePage } from '../../lib/share-pages.ts';

export const getStaticPaths = (async () =>
  [...(await sharePages())].map(([path, page]) => ({
    params: { slug: ogImagePath(path).replace(/^og\//, '').replace(/\.png$/, '') },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SharePage }> = async ({ props: { page } }) => {
  try {
    return new Response(new Uint8Array(await cachedOgImage(page)), { headers: { 'Content-Type': 'image/png' } });
  } catch (error) {
    // "content/staedte/jinhua.mdx, Feld »eigenname«: Das Zeichen …" – the build's summary names file and field.
    if (error instanceof MissingGlyphError) {
      const field = Object.entries(page.fields ?? {}).find(([, text]) => text.includes(error.char))?.[0];
      throw new Error(field ? `${page.file}, Feld »${field}«: ${error.message}` : `${page.file}: ${error.message}`, { cause: error });
    }
    throw error;
  }
};
