/**
 * The browser editor (Sveltia CMS) at <base>/admin/, built after the pages:
 * src/admin/main.ts is bundled with esbuild into dist/admin/ together with
 * Sveltia's fonts and UI strings (nothing is loaded from other hosts), the
 * configuration generated from the schemas is copied to dist/admin/config.yml
 * with the login settings (REDAKTION_* variables, see README), and the page
 * gets its own Content-Security-Policy. No Astro page: the public pages, their
 * CSP and their budgets stay as they are; sitemap and search never see it.
 *
 * REDAKTION_URL (see README, Deployment): the address the editor is served
 * from. On an origin of its own (a subdomain of the city) the public build
 * ships no admin/ at all, and the editor goes into dist-redaktion/ for that host.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const SVELTIA_ASSETS = path.join(ROOT, 'node_modules/@sveltia/cms/npm/assets');

/** Login settings from the environment; without them the editor offers only the local folder. */
export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): { backend: Record<string, unknown>; origins: string[] } {
  const name = env.REDAKTION_BACKEND === 'github' ? 'github' : 'gitlab';
  const repo = env.REDAKTION_REPO || 'PLATZHALTER/partnerstaedte';
  const branch = env.REDAKTION_BRANCH || 'main';
  const origins: string[] = [];
  const backend: Record<string, unknown> = { name, repo, branch };
  if (name === 'gitlab') {
    // The city's own GitLab: OAuth application with PKCE, no server of our own.
    backend.auth_type = 'pkce';
    backend.app_id = env.REDAKTION_APP_ID || 'PLATZHALTER-APP-ID';
    if (env.REDAKTION_GIT_URL) {
      const origin = new URL(env.REDAKTION_GIT_URL).origin;
      backend.base_url = origin;
      backend.api_root = `${origin}/api/v4`;
      origins.push(origin);
    }
  } else {
    // GitHub needs an OAuth proxy (base_url) or a personal access token.
    origins.push('https://api.github.com');
    if (env.REDAKTION_AUTH_URL) {
      backend.base_url = new URL(env.REDAKTION_AUTH_URL).origin;
      origins.push(backend.base_url as string);
    }
  }
  return { backend, origins };
}

/** The admin page's own policy: its scripts and styles, the Git host, nothing else. */
export function adminCsp(origins: string[]): string {
  const connect = ["'self'", 'blob:', 'data:', ...origins].join(' ');
  return [
    "default-src 'self'",
    // WebP conversion of uploaded photos compiles WASM.
    "script-src 'self' 'wasm-unsafe-eval'",
    // Svelte sets element styles at runtime.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${origins.join(' ')}`.trim(),
  ].join('; ');
}

/** The page: Sveltia finds config.yml beside it. An absolute script address (a relative one never starts). */
export function adminHtml(base: string, csp: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Redaktion – Partnerstädte der Stadt Düren</title>
<script type="module" src="${base}admin/admin.js"></script>
</head>
<body>
<noscript>Die Redaktion braucht JavaScript (Chrome oder Edge).</noscript>
</body>
</html>
`;
}

const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * Sveltia's UI library declares its fonts with CDN addresses although the
 * package ships them: point them at the copies in admin/assets/.
 */
export function localFonts(code: string, assetsUrl: string, assets: string[]): string {
  return code.replace(CDN_FONT, (url, family: string, file: string) => {
    const local = assets.find((a) => a.startsWith(`${family}-${file}-`) && a.endsWith('.woff2'));
    if (!local) throw new Error(`Redaktion: Schrift ${url} fehlt im Paket @sveltia/cms.`);
    return `${assetsUrl}${local}`;
  });
}

/** Writes the editor into `out` (dist/admin). */
export async function buildAdmin(out: string, base: string, env: NodeJS.ProcessEnv = process.env, siteAddress?: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const assets = readdirSync(SVELTIA_ASSETS);
  await build({
    plugins: [
      {
        name: 'local-fonts',
        setup(b) {
          // Its save-error dialog says "try again later"; a rejected entry needs correcting instead.
          b.onLoad({ filter: /@sveltia[\\/]cms[\\/]locales[\\/]de\.json$/ }, (args) => {
            const strings = JSON.parse(readFileSync(args.path, 'utf8'));
            strings.saving_entry.error.description = 'Der Eintrag wurde nicht gespeichert.';
            return { contents: JSON.stringify(strings), loader: 'json' };
          });
          b.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => ({
            contents: localFonts(readFileSync(args.path, 'utf8'), `${base}admin/assets/`, assets),
            loader: 'js',
          }));
        },
      },
    ],
    entryPoints: { admin: path.join(ROOT, 'src/admin/main.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'error',
    legalComments: 'linked',
  });
  // Fonts, WASM and workers Sveltia refers to with new URL('assets/…', import.meta.url).
  cpSync(SVELTIA_ASSETS, path.join(out, 'assets'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  const { backend, origins } = backendFromEnv(env);
  const generated = parse(readFileSync(path.join(ROOT, 'src/admin/config.yml'), 'utf8')) as Record<string, unknown>;
  // "Vorschau auf der Website" opens the entry's page: the live site, or the local preview server.
  const siteUrl = env.REDAKTION_VORSCHAU_URL || siteAddress;
  const config = { backend, publish_mode: 'editorial_workflow', ...generated, ...(siteUrl ? { site_url: siteUrl.replace(/\/$/, '') } : {}) };
  writeFileSync(path.join(out, 'config.yml'), stringify(config, { lineWidth: 0 }));
  writeFileSync(path.join(out, 'index.html'), adminHtml(base, adminCsp(origins)));
}

/**
 * Where the editor goes: into the site's own admin/ (REDAKTION_URL unset or on
 * the site's origin), or, on an origin of its own, into dist-redaktion/ (laid
 * out as that host's document root: dist-redaktion/partnerstaedte/admin/ for
 * https://redaktion.example/partnerstaedte/admin/), and not into the site.
 */
export function adminTarget(
  env: NodeJS.ProcessEnv,
  site: { base: string; origin: string | undefined },
): { inSite: true; base: string } | { inSite: false; base: string; url: string } {
  if (!env.REDAKTION_URL) return { inSite: true, base: site.base };
  const target = new URL(env.REDAKTION_URL);
  if (target.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(target.hostname)) {
    throw new Error(`REDAKTION_URL muss mit https:// beginnen: ${env.REDAKTION_URL}`);
  }
  const match = /^(.*\/)admin\/?$/.exec(target.pathname);
  if (!match) throw new Error(`REDAKTION_URL muss auf /admin/ enden, z. B. https://redaktion.dueren.de/partnerstaedte/admin/: ${env.REDAKTION_URL}`);
  if (target.origin === site.origin) return { inSite: true, base: site.base };
  return { inSite: false, base: match[1]!, url: `${target.origin}${match[1]}admin/` };
}

export default function admin(): AstroIntegration {
  let base = '/';
  let siteAddress: string | undefined;
  let root = ROOT;
  return {
    name: 'partnerstaedte-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteAddress = config.site ? new URL(base, config.site).href : undefined;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const target = adminTarget(process.env, { base, origin: siteAddress ? new URL(siteAddress).origin : undefined });
        if (target.inSite) {
          const out = path.join(fileURLToPath(dir), 'admin');
          await buildAdmin(out, base, process.env, siteAddress);
          const files = readdirSync(out, { recursive: true }).length;
          logger.info(`Redaktion (Sveltia CMS) in admin/: ${files} Dateien.`);
        } else {
          // Its own host: dist-redaktion/ is that host's document root; the public site has no admin/.
          const out = path.join(root, 'dist-redaktion');
          rmSync(out, { recursive: true, force: true });
          await buildAdmin(path.join(out, target.base, 'admin'), target.base, process.env, siteAddress);
          logger.info(`Redaktion (Sveltia CMS) für ${target.url}: in dist-redaktion/, nicht in der Website.`);
        }
      },
    },
  };
}
