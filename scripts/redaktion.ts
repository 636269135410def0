/**
 * `npm run redaktion`: edit a working copy in the browser, with the site's
 * live preview beside it. Starts two servers on this computer only:
 * - the editor (Sveltia CMS) at http://localhost:4322/partnerstaedte/admin/,
 *   and at http://localhost:4322/ beside the preview (after a save the preview
 *   opens the saved page),
 * - the preview (Astro's dev server) at http://localhost:4321/partnerstaedte/,
 *   which picks up every saved file.
 * In the editor, "Mit lokalem Repository arbeiten" asks for this project
 * folder (Chrome or Edge). Ctrl+C ends both.
 * REDAKTION_PORT / VORSCHAU_PORT choose other ports.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
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
/** Editor and preview side by side; after a save the preview shows the saved page. */
const sideBySide = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; frame-src 'self' http://localhost:${previewPort}; style-src 'unsafe-inline'; script-src 'sha256-HASH'">
<title>Redaktion mit Vorschau – Partnerstädte der Stadt Düren</title>
<style>
  html, body { margin: 0; height: 100%; }
  body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  iframe { border: 0; width: 100%; height: 100%; }
  iframe + iframe { border-inline-start: 2px solid #767676; }
  @media (max-width: 60rem) { body { grid-template-columns: 1fr; grid-template-rows: 1fr 1fr; } }
</style>
</head>
<body>
<iframe src="${BASE}admin/" title="Redaktion: Bearbeiten"></iframe>
<iframe src="${previewUrl}" title="Vorschau der Website" name="vorschau"></iframe>
<script>SCRIPT</script>
</body>
</html>
`;
const script = `addEventListener('message', (e) => {
  if (e.origin !== location.origin || typeof e.data?.seite !== 'string') return;
  document.querySelector('iframe[name=vorschau]').src = ${JSON.stringify(previewUrl)} + (e.data.seite ? e.data.seite + '/' : '');
});`;
const sideBySideHtml = sideBySide
  .replace('SCRIPT', script)
  .replace('sha256-HASH', `sha256-${createHash('sha256').update(script).digest('base64')}`);

const editor = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/' || url.pathname === BASE) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(sideBySideHtml);
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

  Bearbeiten mit Vorschau daneben: http://localhost:${editorPort}/
  nur Bearbeiten:                  http://localhost:${editorPort}${BASE}admin/
  nur Vorschau:                    ${previewUrl}

1. Die erste Adresse in Chrome oder Edge öffnen.
2. Links »Mit lokalem Repository arbeiten« wählen und diesen Ordner freigeben:
   ${root}
3. Nach jedem Speichern zeigt rechts die Vorschau die geänderte Seite.

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
