// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://www.dueren.de',
  base: '/partnerstaedte',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    // Every public page; the search page is noindex and stays out (the 404 page is left out by the integration).
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/suche/') }),
    pagefind(),
  ],
  devToolbar: { enabled: false },
  // Parallel builds (tests of broken content) keep their caches apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
