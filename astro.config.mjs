// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';
import admin from './src/integrations/admin.ts';
import errorPages from './src/integrations/error-pages.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { contentRules } from './src/lib/check/mdx-rules.ts';

export default defineConfig({
  site: 'https://www.dueren.de',
  base: '/partnerstaedte',
  trailingSlash: 'always',
  // Four pages at a time: share images are encoded in sharp's threads while the next page renders.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  integrations: [
    contentCheck(),
    mdx(),
    pagefind(),
    errorPages(),
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
  markdown: {
    // No code blocks on this site: Shiki's inline styles would clash with the CSP (and warn on every build).
    syntaxHighlight: false,
    // Content is Markdown, not a program: the content check's body rules, asked again while
    // Sätteri compiles each file under content/ (MDX inherits this processor; news are Markdown).
    processor: satteri({ mdastPlugins: [contentRules(new URL('.', import.meta.url).href)] }),
  },
  vite: {
    build: {
      rolldownOptions: {
        // Every .mdx file carries Astro's own "use astro:head-inject" directive; the bundler warns
        // that it may not survive bundling, and Astro handles it itself. Nothing an editor can act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Parallel builds (tests of broken content) keep their caches apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
