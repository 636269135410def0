/**
 * `npm run bench:redaktion`: what the browser editor (dist/admin/) loads until
 * its start screen and until a city's form is open, in Debian's Chromium:
 * requests, bytes as stored and gzip-compressed (what a compressing server sends).
 * Also the size of dist/admin/ on disk. Needs `npm run build` first.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launch } from '../tests/support/browser.ts';
import { DIST, ROOT, serve } from '../tests/support/site.ts';
import { ICON_FONT } from '../src/integrations/admin.ts';
import { openEditor } from '../tests/support/editor.ts';

const site = await serve();
const browser = await launch();
const files: Record<string, string> = {};
for (const f of readdirSync(path.join(DIST, '..', 'content'), { recursive: true, encoding: 'utf8' })) {
  if (f.endsWith('.mdx')) files[`content/${f}`] = readFileSync(path.join(DIST, '..', 'content', f), 'utf8');
}
type Row = { url: string; raw: number; gzip: number };
const rows: Row[] = [];
const opened = await openEditor(browser, site.url('admin/'), files);
const seen = new Set<string>();
const collect = async () => {
  for (const entry of await opened.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).concat(location.href))) {
    const url = new URL(entry);
    if (seen.has(url.pathname) || !url.pathname.startsWith('/partnerstaedte/')) continue;
    seen.add(url.pathname);
    let file = path.join(DIST, url.pathname.replace('/partnerstaedte/', ''));
    if (file.endsWith('/')) file = path.join(file, 'index.html');
    const body = readFileSync(file);
    rows.push({ url: url.pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const report = (what: string) => {
  const raw = rows.reduce((s, r) => s + r.raw, 0);
  const gz = rows.reduce((s, r) => s + r.gzip, 0);
  console.log(`${what}: ${rows.length} Dateien, ${kb(raw)} gespeichert, ${kb(gz)} gzip`);
};
await opened.page.getByRole('button', { name: /lokalem Repository/ }).waitFor();
await opened.page.waitForTimeout(1000);
await collect();
report('Startbildschirm');
// Before and after in one run: the same screen with Sveltia's full icon font instead of the subset.
const fontRow = rows.find((r) => ICON_FONT.test(path.basename(r.url)));
if (fontRow) {
  const full = readFileSync(path.join(ROOT, 'node_modules/@sveltia/cms/npm/assets', path.basename(fontRow.url)));
  const gz = rows.reduce((s, r) => s + r.gzip, 0);
  const fullGz = gzipSync(full, { level: 9 }).length;
  console.log(`  Symbolschrift: ${kb(fontRow.gzip)} gzip statt ${kb(fullGz)} (volle Schrift des Pakets); Startbildschirm mit voller Schrift: ${kb(gz - fontRow.gzip + fullGz)} gzip, jetzt ${kb(gz)}`);
}
for (const r of [...rows].sort((a, b) => b.gzip - a.gzip).slice(0, 6)) console.log(`  ${r.url}  ${kb(r.raw)} / ${kb(r.gzip)} gzip`);
await opened.page.getByRole('button', { name: /lokalem Repository/ }).click();
await opened.page.getByRole('gridcell').nth(1).click();
await opened.page.getByRole('button', { name: 'Speichern' }).waitFor();
await opened.page.waitForTimeout(1500);
await collect();
report('bis zum Formular einer Stadt');
const disk = readdirSync(path.join(DIST, 'admin'), { recursive: true, encoding: 'utf8' })
  .map((f) => path.join(DIST, 'admin', f))
  .filter((f) => statSync(f).isFile())
  .reduce((s, f) => s + statSync(f).size, 0);
console.log(`dist/admin/ auf der Platte: ${kb(disk)} (${(disk / 1024 / 1024).toFixed(1)} MB; das meiste lädt nur bei Bedarf, z. B. Syntaxfarben für Code)`);
await browser.close();
await site.close();
