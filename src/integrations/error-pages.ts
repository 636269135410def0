/**
 * The 404 page of every other whole-site language as `<lang>/404.html` beside
 * the German `404.html`: Astro writes `404.html` only for the root's 404 route
 * and `en/404/index.html` for the others. The servers send it for a missing
 * page under /en/ (deploy/nginx, deploy/apache).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_LANGS, DEFAULT_LANG } from '../i18n/languages.ts';

export default function errorPages(): AstroIntegration {
  return {
    name: 'partnerstaedte:error-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const lang of SITE_LANGS) {
          if (lang === DEFAULT_LANG) continue;
          const folder = path.join(root, lang, '404');
          if (!fs.existsSync(path.join(folder, 'index.html'))) continue;
          fs.renameSync(path.join(folder, 'index.html'), path.join(root, lang, '404.html'));
          fs.rmdirSync(folder);
        }
      },
    },
  };
}
