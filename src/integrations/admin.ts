/**
 * The browser editor (Sveltia CMS) at <base>/admin/, built after the pages:
 * src/admin/main.ts is bundled with esbuild into dist/admin/ together with
 * Sveltia's fonts and UI strings (nothing is loaded from other hosts), the
 * configuration generated from the schemas is copied to dist/admin/config.yml
 * with the login settings (REDAKTION_* variables, see README), and the page
 * gets its own Content-Security-Policy. Beside it, inhalt.json: what the content
 * check's whole-site rules need of the other files (src/lib/check, SiteIndex). No Astro page: the public pages, their
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
import { siteIndex } from '../lib/check/index.ts';
import { readContent } from '../lib/check/node.ts';
import { subsetIconFont } from './icon-font.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const SVELTIA_ASSETS = path.join(ROOT, 'node_modules/@sveltia/cms/npm/assets');

/**
 * Login settings from the environment (see README). Nothing is made up: what
 * is missing is listed in `missing` (the build names it), and without a
 * GitLab application the published editor offers no sign-in button that
 * would lead to a host with an invented application ID.
 */
export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): { backend: Record<string, unknown>; origins: string[]; missing: string[] } {
  const name = env.REDAKTION_BACKEND === 'github' ? 'github' : 'gitlab';
  const missing: string[] = [];
  if (!env.REDAKTION_REPO) missing.push('REDAKTION_REPO (das Projekt im Git der Stadt, z. B. stadt/partnerstaedte)');
  // Sveltia needs a repository name; the local working copy ("npm run redaktion") does not use it.
  const repo = env.REDAKTION_REPO || 'ohne-anmeldung/partnerstaedte';
  const branch = env.REDAKTION_BRANCH || 'main';
  const origins: string[] = [];
  const backend: Record<string, unknown> = { name, repo, branch };
  if (name === 'gitlab') {
    if (env.REDAKTION_GIT_URL) {
      const origin = new URL(env.REDAKTION_GIT_URL).origin;
      backend.base_url = origin;
      backend.api_root = `${origin}/api/v4`;
      origins.push(origin);
    } else missing.push('REDAKTION_GIT_URL (die Adresse des GitLab der Stadt)');
    if (env.REDAKTION_APP_ID) {
      // The city's own GitLab: OAuth application with PKCE, no server of our own; one sign-in button.
      backend.auth_type = 'pkce';
      backend.app_id = env.REDAKTION_APP_ID;
      backend.auth_methods = ['oauth'];
    } else {
      missing.push('REDAKTION_APP_ID (die Anwendungs-ID der OAuth-Anwendung im GitLab der Stadt)');
      // No OAuth without an application; the token sign-in reaches no host the page's CSP does not allow.
      backend.auth_methods = ['token'];
    }
  } else {
    // GitHub needs an OAuth proxy (base_url) or a personal access token.
    origins.push('https://api.github.com');
    if (env.REDAKTION_AUTH_URL) {
      backend.base_url = new URL(env.REDAKTION_AUTH_URL).origin;
      origins.push(backend.base_url as string);
    } else missing.push('REDAKTION_AUTH_URL (die Adresse des OAuth-Proxys für GitHub)');
  }
  return { backend, origins, missing };
}

/** The admin page's own policy: its scripts and styles, the Git host, nothing else. */
export function adminCsp(origins: string[]): string {
  const connect = ["'self'", 'blob:', 'data:', ...origins].join(' ');
  return [
    "default-src 'self'",
    // WebP conversion of uploaded photos compiles WASM.
    "script-src 'self' 'wasm-unsafe-eval'",
    // Svelte sets element styles at runtime; the preview's styles (src/admin/preview.ts) are a blob: stylesheet.
    "style-src 'self' 'unsafe-inline' blob:",
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

const HEIC_MESSAGE = 'Fotos im Format HEIC (iPhone) kann die Redaktion nicht lesen. Bitte das Foto als JPEG speichern oder am iPhone unter Einstellungen › Kamera › Formate »Maximale Kompatibilität« wählen.';

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

/** The Git hosts' status pages Sveltia asks on its start screen (GitLab's via hostedstatus.com, GitHub's). */
const STATUS_APIS = [
  'https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c08349f7',
  'https://www.githubstatus.com/api/v2/status.json',
];

/**
 * No requests to status hosts: the status check reads an empty answer instead
 * (Sveltia then shows no status). Fails loudly when a Sveltia update moves them.
 */
/** Sveltia's own viewport tag forbids zooming (maximum-scale=1): pinch zoom stays allowed. */
export function allowZoom(code: string): string {
  const fixed = code.replace('`maximum-scale=1`,', '');
  if (fixed === code) throw new Error('Redaktion: maximum-scale=1 steht nicht mehr in @sveltia/cms; src/integrations/admin.ts anpassen.');
  return fixed;
}

/**
 * Sveltia's language switch of a pane reads the validation result of every
 * language; a language not switched on for a new entry (`initial_locales`) has
 * none after a failed save, and the switch throws ("Cannot convert undefined or
 * null to object"). An empty result for it instead.
 */
export function unvalidatedLocales(code: string): string {
  const pattern = /Object\.values\(R\((\w+)\)\[(\w+)\]\)\.some\(\(\{valid:(\w+)\}\)=>!\3\)/g;
  if (!pattern.test(code)) throw new Error('Redaktion: Die Sprachumschaltung in @sveltia/cms hat sich geändert; src/integrations/admin.ts (unvalidatedLocales) anpassen.');
  return code.replace(pattern, 'Object.values(R($1)[$2]??{}).some(({valid:$3})=>!$3)');
}

export function noStatusHosts(code: string): string {
  return STATUS_APIS.reduce((c, url) => {
    if (!c.includes(url)) throw new Error(`Redaktion: Die Statusadresse ${url} steht nicht mehr in @sveltia/cms; src/integrations/admin.ts anpassen.`);
    return c.replaceAll(url, 'data:application/json,{}');
  }, code);
}

/** The icon font Sveltia ships (all of Material Symbols), in the package's assets. */
export const ICON_FONT = /^material-symbols-outlined-.*\.woff2$/;

/** Replaces the icon font in `out`/assets with one holding only the icons the bundled code names. */
async function subsetIcons(out: string): Promise<void> {
  const file = readdirSync(path.join(out, 'assets')).find((f) => ICON_FONT.test(f));
  if (!file) throw new Error('Redaktion: Die Symbolschrift (Material Symbols) fehlt im Paket @sveltia/cms.');
  const code = readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(out, f), 'utf8'))
    .join('\n');
  const { font } = await subsetIconFont(readFileSync(path.join(out, 'assets', file)), code);
  writeFileSync(path.join(out, 'assets', file), font);
}

/** Writes the editor into `out` (dist/admin); returns the login settings that are missing. */
export async function buildAdmin(out: string, base: string, env: NodeJS.ProcessEnv = process.env, siteAddress?: string): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const assets = readdirSync(SVELTIA_ASSETS);
  await build({
    plugins: [
      {
        name: 'local-fonts',
        setup(b) {
          // `import css from '…/tokens.css?raw'`: the file's text (the preview pane's styles).
          b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw' }));
          b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
          // Its save-error dialog says "try again later"; a rejected entry needs correcting instead.
          b.onLoad({ filter: /@sveltia[\\/]cms[\\/]locales[\\/]de\.json$/ }, (args) => {
            const strings = JSON.parse(readFileSync(args.path, 'utf8'));
            strings.saving_entry.error.description = 'Der Eintrag wurde nicht gespeichert.';
            return { contents: JSON.stringify(strings), loader: 'json' };
          });
          // No HEIC decoder (libheif/libde265, LGPL, ~1 MB): the photo fields accept JPEG, PNG, WebP and AVIF only.
          b.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]chunks[\\/]heic-[^\\/]+\.js$/ }, () => ({
            contents: `export async function decode() { throw new Error(${JSON.stringify(HEIC_MESSAGE)}); }`,
            loader: 'js',
          }));
          b.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => ({
            contents: unvalidatedLocales(allowZoom(noStatusHosts(localFonts(readFileSync(args.path, 'utf8'), `${base}admin/assets/`, assets)))),
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
  cpSync(SVELTIA_ASSETS, path.join(out, 'assets'), { recursive: true, filter: (f) => !f.endsWith('.map') && !/[\\/]heic[-_]/.test(f) });
  await subsetIcons(out);
  const { backend, origins, missing } = backendFromEnv(env);
  const generated = parse(readFileSync(path.join(ROOT, 'src/admin/config.yml'), 'utf8')) as Record<string, unknown>;
  // "Vorschau auf der Website" opens the entry's page: the live site, or the local preview server.
  const siteUrl = env.REDAKTION_VORSCHAU_URL || siteAddress;
  const config = { app_title: 'Redaktion – Partnerstädte der Stadt Düren', logo: { src: `${base}favicon.svg` }, backend, publish_mode: 'editorial_workflow', ...generated, ...(siteUrl ? { site_url: siteUrl.replace(/\/$/, '') } : {}) };
  writeFileSync(path.join(out, 'config.yml'), stringify(config, { lineWidth: 0 }));
  writeFileSync(path.join(out, 'index.html'), adminHtml(base, adminCsp(origins)));
  // The rest of the site for the whole-site rules at save time (addresses, descriptions, cities, photos).
  const content = readContent(ROOT);
  writeFileSync(path.join(out, 'inhalt.json'), JSON.stringify(siteIndex(content.files, content.assets)));
  return missing;
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
        let missing: string[];
        if (target.inSite) {
          const out = path.join(fileURLToPath(dir), 'admin');
          missing = await buildAdmin(out, base, process.env, siteAddress);
          const files = readdirSync(out, { recursive: true }).length;
          logger.info(`Redaktion (Sveltia CMS) in admin/: ${files} Dateien.`);
        } else {
          // Its own host: dist-redaktion/ is that host's document root; the public site has no admin/.
          const out = path.join(root, 'dist-redaktion');
          rmSync(out, { recursive: true, force: true });
          missing = await buildAdmin(path.join(out, target.base, 'admin'), target.base, process.env, siteAddress);
          logger.info(`Redaktion (Sveltia CMS) für ${target.url}: in dist-redaktion/, nicht in der Website.`);
        }
        if (missing.length) {
          // Not a [WARN] (those are Astro's technical ones): scripts/build.ts shows this line in its summary.
          logger.info(`Redaktion: Die Anmeldung ist nicht eingerichtet; der veröffentlichte Editor bietet so keine Anmeldung. Es fehlt: ${missing.join('; ')}. Siehe README, Abschnitt zur Redaktion.`);
        }
      },
    },
  };
}
