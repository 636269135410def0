/**
 * Shared test helpers: where the built site is, its pages, and a small static
 * server that serves it under /partnerstaedte/ like the production server.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { ROOT } from './root.ts';

export { ROOT };
/** The built site; `SITE_DIST=dist-x npm test` tests another build. */
export const DIST = path.resolve(ROOT, process.env.SITE_DIST ?? 'dist');
export const BASE = '/partnerstaedte/';
export const SITE = 'https://www.dueren.de';

if (!existsSync(DIST)) {
  throw new Error(`${DIST} fehlt: erst "npm run build" ausführen.`);
}

/** All HTML files of the build, as paths relative to DIST ("stryj/index.html"). */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind') && !f.startsWith('admin'))
    .sort();
}

/** URL path of a built file: "stryj/index.html" → "/partnerstaedte/stryj/" */
export function urlOf(file: string): string {
  return BASE + file.replace(/index\.html$/, '');
}

/** Parsed HTML of a page by its path under the base ("stryj/" or ""). */
export function page(p: string): cheerio.CheerioAPI {
  const file = path.join(DIST, p, p.endsWith('.html') ? '' : 'index.html');
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Visible text of an element, whitespace folded. */
export function text($: cheerio.CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Serves DIST (or another build) under /partnerstaedte/ on a free loopback port. */
export async function serve(dist = DIST): Promise<{ origin: string; url: (p?: string) => string; close: () => Promise<void> }> {
  const DIST = dist;
  const server: Server = createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://localhost');
    if (!u.pathname.startsWith(BASE)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = path.join(DIST, decodeURIComponent(u.pathname.slice(BASE.length)));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!u.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${u.pathname}/${u.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(await readFile(path.join(DIST, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p = '') => `${origin}${BASE}${p}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
