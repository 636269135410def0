/**
 * `npm run bench:deploy`: what the shipped server configurations send, in bytes
 * on the wire, with Debian's nginx and Apache over the built dist/ (builds
 * nothing: run `npm run build` first).
 *
 * 1. The start page and the search page as HTML: uncompressed, gzip, brotli.
 * 2. A page view and the first search in Chromium (which asks for brotli):
 *    requests and encoded bytes from the first request of the page until the
 *    results are shown. Pagefind's index files are gzip data already and are
 *    sent as they are.
 * Not a test: the figures depend on the build and the server's compression level.
 */
import { request } from 'node:http';
import type { Page, Request } from 'playwright-core';
import { startApache, startNginx } from './lib/web-servers.ts';
import { launch } from '../tests/support/browser.ts';
import { cities } from '../tests/support/content.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bytes of the body as sent for `encoding`. */
function sent(url: string, encoding: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
    })
      .on('error', reject)
      .end();
  });
}

interface Transfer {
  requests: number;
  bytes: number;
  files: { path: string; encoding: string; bytes: number }[];
}

/** Requests and encoded body bytes of `tab` until `stop()`. */
function record(tab: Page): { stop: () => Promise<Transfer> } {
  const done: Promise<Transfer['files'][number]>[] = [];
  const onFinished = (r: Request) =>
    done.push(
      Promise.all([r.sizes(), r.response()]).then(
        ([s, res]) => ({ path: new URL(r.url()).pathname, encoding: res?.headers()['content-encoding'] ?? '–', bytes: s.responseBodySize }),
        () => ({ path: r.url(), encoding: '?', bytes: 0 }),
      ),
    );
  tab.on('requestfinished', onFinished);
  return {
    async stop() {
      tab.off('requestfinished', onFinished);
      const files = await Promise.all(done);
      return { requests: files.length, bytes: files.reduce((a, f) => a + f.bytes, 0), files };
    },
  };
}

const query = cities()[0]!.data.name;
const browser = await launch();
try {
  for (const start of [startNginx, startApache]) {
    const server = await start();
    try {
      console.log(`\n${server.name} mit deploy/${server.name}${server.brotli ? ' (Brotli-Modul geladen)' : ''}\n`);
      for (const p of ['', 'suche/']) {
        const [plain, gzip, br] = await Promise.all(['identity', 'gzip', 'br'].map((e) => sent(server.url(p), e)));
        console.log(`  /partnerstaedte/${p.padEnd(8)} HTML: ${kb(plain!.bytes)} roh, ${kb(gzip!.bytes)} ${gzip!.encoding}, ${kb(br!.bytes)} ${br!.encoding}`);
      }
      const context = await browser.newContext();
      const tab = await context.newPage();
      let rec = record(tab);
      await tab.goto(server.url(''), { waitUntil: 'networkidle' });
      const view = await rec.stop();
      await tab.goto(server.url('suche/'), { waitUntil: 'networkidle' });
      rec = record(tab);
      const search = tab.getByRole('search', { name: 'Suche', exact: true });
      await search.getByRole('searchbox').fill(query);
      await search.getByRole('status').filter({ hasText: `„${query}“` }).waitFor();
      await tab.waitForLoadState('networkidle');
      const first = await rec.stop();
      await context.close();
      console.log(`  Startseite im Browser: ${view.requests} Anfragen, ${kb(view.bytes)} übertragen`);
      console.log(`  Erste Suche („${query}“): ${first.requests} Anfragen, ${kb(first.bytes)} übertragen:`);
      for (const f of first.files.sort((a, b) => b.bytes - a.bytes)) {
        console.log(`    ${kb(f.bytes).padStart(8)}  ${f.encoding.padEnd(4)}  ${f.path.replace('/partnerstaedte/', '')}`);
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
