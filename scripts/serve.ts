/**
 * `npm run serve:nginx` / `npm run serve:apache`: the built site as the city's
 * server will serve it – Debian's nginx or Apache with the shipped
 * configuration (deploy/) over dist/, in the foreground on 127.0.0.1:8080
 * (PORT=… overrides). Ctrl+C stops it. Builds nothing: run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startApache, startNginx } from './lib/web-servers.ts';

const which = process.argv[2];
const start = which === 'nginx' ? startNginx : which === 'apache' ? startApache : null;
if (!start) {
  console.error('Aufruf: node scripts/serve.ts nginx|apache');
  process.exit(2);
}
const dist = path.resolve(ROOT, process.env.SITE_DIST ?? 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist} fehlt: erst "npm run build" ausführen.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 1024 || port > 65535) {
  console.error(`PORT=${process.env.PORT}: bitte eine Portnummer zwischen 1024 und 65535.`);
  process.exit(2);
}

const server = await start({ dist, port });
console.log(`${which} (PID ${server.pid}) liefert ${path.relative(ROOT, dist) || dist} aus wie der Server der Stadt:`);
console.log(`  ${server.url('')}`);
console.log(`  Brotli: ${server.brotli ? 'ja' : 'nein (Modul fehlt), gzip'}; Konfiguration und Logs: ${server.dir}`);
console.log('Strg+C beendet.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    const log = server.errors().trim();
    await server.close();
    if (log) console.log(`\nLetzte Zeilen des Fehlerprotokolls:\n${log.split('\n').slice(-5).join('\n')}`);
    process.exit(0);
  });
}
