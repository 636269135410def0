// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import admin from './src/integrations/admin.ts';

export default defineConfig({
  site: 'https://www.dueren.de',
  base: '/partnerstaedte',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    pagefind(),
    // The browser editor in dist/admin/, after the search index (which must not see it).
    admin(),
  ],
  // A Content-Security-Policy in every page's <meta>: only this site's own files,
  // inline styles and scripts by hash. Pagefind compiles its WASM ('wasm-unsafe-eval').
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  // Parallel builds (tests of broken content) keep their caches apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
