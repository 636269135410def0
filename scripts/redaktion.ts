/**
 * `npm run redaktion`: edit a working copy in the browser, with the site's
 * live preview beside it. Starts two servers on this computer only:
 * - the editor (Sveltia CMS) at http://localhost:4322/partnerstaedte/admin/
 * - the preview (Astro's dev server) at http://localhost:4321/partnerstaedte/,
 *   which shows every saved change after a moment.
 * In the editor, "Mit lokalem Repository arbeiten" asks for this project
 * folder (Chrome or Edge). Ctrl+C ends both.
 * REDAKTION_PORT / VORSCHAU_PORT choose other ports.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdmin } from '../src/integrations/admin.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const BASE = '/partnerstaedte/';
const editorPort = Number(process.env.REDAKTION_PORT ?? 4322);
const previewPort = Number(process.env.VORSCHAU_PORT ?? 4321);
const previewUrl = `http://localhost:${previewPort}${BASE}`;
const out = path.join(root, 'node_modules/.redaktion');

console.log('Redaktion wird vorbereitet …');
await rm(out, { recursive: true, force: true });
await buildAdmin(path.join(out, 'admin'), BASE, { ...process.env, REDAKTION_VORSCHAU_URL: previewUrl });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const editor = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/' || url.pathname === BASE) {
    res.writeHead(302, { location: `${BASE}admin/` }).end();
    return;
  }
  let file = path.join(out, decodeURIComponent(url.pathname.slice(BASE.length)));
  if (!url.pathname.startsWith(BASE) || !file.startsWith(out)) {
    res.writeHead(404).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404).end('Nicht gefunden');
  }
});
editor.listen(editorPort, '127.0.0.1');

const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const preview = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(previewPort)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

console.log(`
Redaktion läuft.

  Bearbeiten: http://localhost:${editorPort}${BASE}admin/
  Vorschau:   ${previewUrl}

1. Die Adresse »Bearbeiten« in Chrome oder Edge öffnen.
2. »Mit lokalem Repository arbeiten« wählen und diesen Ordner freigeben:
   ${root}
3. Die Vorschau daneben öffnen: sie zeigt jede gespeicherte Änderung nach einem Moment.

Beenden mit Strg+C.`);

const stop = () => {
  editor.close();
  preview.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
preview.on('exit', (code) => {
  editor.close();
  if (code) console.error(`Die Vorschau (astro dev) wurde mit Fehler ${code} beendet.`);
});
