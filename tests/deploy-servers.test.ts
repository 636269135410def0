/**
 * The shipped server configurations (deploy/nginx, deploy/apache) with Debian's
 * real nginx and Apache over the built site: every rule of issue 13, for both
 * servers. The servers run on free loopback ports with their own temporary
 * config, pid and log files, and are stopped by their PIDs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { BASE, startApache, startNginx, type WebServer } from '../scripts/lib/web-servers.ts';
import { DIST } from './support/site.ts';
import { cities } from './support/content.ts';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent (compressed if the server compressed). */
  raw: Buffer;
  /** The bytes after undoing Content-Encoding. */
  body: Buffer;
}

/** A GET with exactly these request headers; nothing is decompressed or followed behind the test's back. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Exactly these bytes to the server (a request no HTTP client would send); status line and headers of the answer. */
function rawRequest(origin: string, text: string): Promise<{ status: number; headers: Record<string, string> }> {
  const u = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(u.port), u.hostname, () => socket.end(text));
    let out = '';
    socket.on('data', (d) => (out += d));
    socket.on('error', reject);
    socket.on('end', () => {
      const [statusLine, ...lines] = out.split('\r\n\r\n')[0]!.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) headers[l.slice(0, l.indexOf(':')).toLowerCase()] = l.slice(l.indexOf(':') + 1).trim();
      resolve({ status: Number(statusLine!.split(' ')[1]), headers });
    });
  });
}

/** A CSP as a map of directive → sources. */
const directives = (csp: string) =>
  new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)]));

/** Files of the build, relative to DIST. */
const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(DIST, f)).isFile());
const size = (f: string) => statSync(path.join(DIST, f)).size;
const largest = (re: RegExp) => files.filter((f) => re.test(f)).sort((a, b) => size(b) - size(a))[0];

/** Probe files placed next to the site: what a server must refuse or type correctly, even though the build has none today. */
const SECRET = 'NICHT-AUSLIEFERN-4711';
const probeText = (line: string) => Array.from({ length: 120 }, (_, i) => `${line} ${i}`).join('\n');
const wasm = Buffer.concat([Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]), Buffer.alloc(4000)]);
const EXTRA: Record<string, string | Uint8Array> = {
  '.env': `GEHEIM=${SECRET}\n`,
  '.git/config': `[remote "origin"]\n  url = ${SECRET}\n`,
  // The English pages have a location of their own in nginx (their 404 page): it must refuse dotfiles too.
  'en/.env': `GEHEIM=${SECRET}\n`,
  'probe-ordner/liste-ohne-index.txt': SECRET,
  'probe.wasm': wasm,
  'probe.svg': `<svg xmlns="http://www.w3.org/2000/svg">${probeText('<!-- probe -->')}</svg>`,
  'probe-skript.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>',
  'probe.json': JSON.stringify({ probe: probeText('json') }),
  'probe.xml': `<?xml version="1.0"?><probe>${probeText('xml')}</probe>`,
  'probe.css': probeText('.probe { color: red; }'),
  'probe.js': probeText('console.log("probe");'),
  'probe.geojson': JSON.stringify({ type: 'FeatureCollection', features: [], probe: probeText('geo') }),
  'probe.csv': probeText('Stadt;Land'),
  // A calendar feed as the build writes it once there are events (termine/*.ics).
  'probe.ics': `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${probeText('X-PROBE:Düren').replace(/\n/g, '\r\n')}\r\nEND:VCALENDAR\r\n`,
};
if (!files.some((f) => f.startsWith('_astro/'))) EXTRA['_astro/probe.Dk3x9a2Q.js'] = probeText('export const probe = 1;');

/** What each kind of file is served as, and whether it is compressed: a real file of the build where there is one of a useful size. */
const KINDS: { kind: string; file: string; type: RegExp }[] = [
  { kind: 'HTML', file: 'index.html', type: /^text\/html; charset=utf-8$/i },
  { kind: 'CSS', file: largest(/\.css$/) ?? 'probe.css', type: /^text\/css(; charset=utf-8)?$/i },
  { kind: 'JS', file: largest(/\.js$/) ?? 'probe.js', type: /^(text|application)\/javascript(; charset=utf-8)?$/i },
  { kind: 'SVG', file: (size(largest(/\.svg$/) ?? 'index.html') > 1024 && largest(/\.svg$/)) || 'probe.svg', type: /^image\/svg\+xml(; charset=utf-8)?$/i },
  { kind: 'XML', file: largest(/\.xml$/) ?? 'probe.xml', type: /^(application|text)\/xml(; charset=utf-8)?$/i },
  { kind: 'JSON', file: (size(largest(/\.json$/) ?? 'index.html') > 1024 && largest(/\.json$/)) || 'probe.json', type: /^application\/json(; charset=utf-8)?$/i },
  { kind: 'WASM', file: largest(/\.wasm$/) ?? 'probe.wasm', type: /^application\/wasm$/i },
  // The open data files (daten/): GeoJSON and CSV, as text in UTF-8.
  { kind: 'GeoJSON', file: largest(/\.geojson$/) ?? 'probe.geojson', type: /^application\/geo\+json; charset=utf-8$/i },
  { kind: 'CSV', file: largest(/\.csv$/) ?? 'probe.csv', type: /^text\/csv; charset=utf-8$/i },
  // The events' calendar feeds (termine/*.ics).
  { kind: 'iCalendar', file: (size(largest(/\.ics$/) ?? 'index.html') > 1024 && largest(/\.ics$/)) || 'probe.ics', type: /^text\/calendar; charset=utf-8$/i },
];
const fileBytes = (f: string) => (f in EXTRA ? Buffer.from(EXTRA[f]!) : readFileSync(path.join(DIST, f)));

const pagefindBinary = files.filter((f) => /^pagefind\/.*\.(pagefind|pf_\w+)$/.test(f));
const hashed = files.filter((f) => /^pagefind\/.*\.pf_(fragment|index|filter|meta)$/.test(f));
const city = cities()[0]!;
const ogImage = files.find((f) => f.startsWith('og/') && f.endsWith('.png'));

const HEADER_CSP = ["frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

// Each server as installed here (with brotli where its module exists) and as on a host without brotli.
const VARIANTS = [startNginx, startApache].flatMap((start) => [
  { start, brotli: true, name: start.name.replace('start', '') },
  { start, brotli: false, name: `${start.name.replace('start', '')} without brotli` },
]);

for (const { start, brotli, name } of VARIANTS) {
  describe(name, () => {
    let server: WebServer;
    before(async () => {
      server = await start({ dist: DIST, extraFiles: EXTRA, brotli });
    });
    after(async () => {
      await server?.close();
    });

    /** Responses that must all carry the security headers: pages, the 404, the redirect, assets. */
    const samples = (): [what: string, url: string][] => [
      ['start page', server.url('')],
      ['a city page', server.url(`${city.id}/`)],
      ['the 404 page', server.url('gibt-es-nicht/')],
      ['the redirect', `${server.origin}/partnerstaedte`],
      ['pagefind.js', server.url('pagefind/pagefind.js')],
      ['an index chunk', server.url(hashed[0]!)],
    ];

    test('security headers on pages, the 404 page, the redirect and assets', async () => {
      for (const [what, url] of samples()) {
        const { headers: h } = await get(url, { 'accept-encoding': 'gzip' });
        const csp = String(h['content-security-policy']).split(';').map((d) => d.trim()).filter(Boolean);
        assert.deepEqual(csp.sort(), [...HEADER_CSP].sort(), `${what}: header CSP adds only what a <meta> cannot carry`);
        const hsts = String(h['strict-transport-security']);
        assert.ok(Number(/max-age=(\d+)/.exec(hsts)?.[1]) >= 31536000, `${what}: HSTS for at least a year (${hsts})`);
        assert.doesNotMatch(hsts, /preload/i, `${what}: HSTS without preload`);
        assert.equal(h['x-content-type-options'], 'nosniff', what);
        assert.equal(h['referrer-policy'], 'strict-origin-when-cross-origin', what);
        assert.match(String(h['permissions-policy']), /^([a-z-]+=\(\))(, [a-z-]+=\(\))*$/, `${what}: Permissions-Policy denies features`);
        assert.match(String(h['permissions-policy']), /geolocation=\(\)/, what);
        assert.equal(h['cross-origin-opener-policy'], 'same-origin', what);
        assert.equal(h['cross-origin-resource-policy'], 'same-origin', what);
        assert.doesNotMatch(String(h['server'] ?? ''), /\d/, `${what}: no server version (${h['server']})`);
        assert.equal(h['x-powered-by'], undefined, what);
      }
    });

    test('share images stay loadable by other sites (CORP cross-origin)', { skip: !ogImage && 'no share image in the build' }, async () => {
      const a = await get(server.url(ogImage!));
      assert.equal(a.status, 200);
      assert.equal(a.headers['content-type'], 'image/png');
      assert.equal(a.headers['cross-origin-resource-policy'], 'cross-origin');
      assert.equal(a.headers['x-content-type-options'], 'nosniff');
    });

    test('a missing page gets the site\'s 404 page with status 404', async () => {
      const notFound = readFileSync(path.join(DIST, '404.html'));
      for (const p of ['gibt-es-nicht/', `${city.id}/gibt-es-nicht.html`, 'pagefind/fragment/gibt-es-nicht.pf_fragment']) {
        const a = await get(server.url(p), { 'accept-encoding': 'gzip' });
        assert.equal(a.status, 404, p);
        assert.match(String(a.headers['content-type']), /^text\/html/, p);
        assert.ok(a.body.equals(notFound), `${p}: the body is dist/404.html`);
      }
    });

    test('a missing page under another language\'s folder gets that language\'s 404 page, and its dotfiles are not served', async (t) => {
      const lang = readdirSync(DIST).find((f) => existsSync(path.join(DIST, f, '404.html')));
      if (!lang) return t.skip('no other language has a 404 page in this build');
      const notFound = readFileSync(path.join(DIST, lang, '404.html'));
      for (const p of [`${lang}/gibt-es-nicht/`, `${lang}/${city.id}/gibt-es-nicht.html`]) {
        const a = await get(server.url(p), { 'accept-encoding': 'gzip' });
        assert.equal(a.status, 404, p);
        assert.match(String(a.headers['content-type']), /^text\/html/, p);
        assert.ok(a.body.equals(notFound), `${p}: the body is dist/${lang}/404.html`);
        assert.equal(a.headers['x-content-type-options'], 'nosniff', `${p}: the security headers`);
      }
      const dot = await get(server.url('en/.env'));
      assert.ok([403, 404].includes(dot.status), `en/.env: ${dot.status}`);
      assert.ok(!dot.body.toString().includes(SECRET), 'en/.env: content not served');
    });

    test('/partnerstaedte is redirected to /partnerstaedte/', async () => {
      const a = await get(`${server.origin}/partnerstaedte`);
      assert.equal(a.status, 301);
      assert.equal(new URL(String(a.headers.location), server.origin).href, server.url(''));
      const b = await get(`${server.url(city.id)}`);
      assert.equal(b.status, 301, 'a page without its slash');
      assert.equal(new URL(String(b.headers.location), server.origin).href, server.url(`${city.id}/`));
    });

    test('no directory listings', async () => {
      for (const p of ['probe-ordner/', 'pagefind/', 'pagefind/fragment/']) {
        const a = await get(server.url(p), { 'accept-encoding': 'identity' });
        assert.ok([403, 404].includes(a.status), `${p}: ${a.status}`);
        const text = a.body.toString();
        assert.ok(!text.includes('liste-ohne-index') && !text.includes('.pf_fragment') && !text.includes('pagefind-ui.js'), `${p} lists no files`);
      }
    });

    test('dotfiles are not served', async () => {
      for (const p of ['.env', '.git/config', '.git/', '.htaccess']) {
        const a = await get(server.url(p));
        assert.ok([403, 404].includes(a.status), `${p}: ${a.status}`);
        assert.ok(!a.body.toString().includes(SECRET) && !a.body.toString().includes('Header always'), `${p}: content not served`);
      }
    });

    test('MIME types, and compression with gzip (and brotli where the module is loaded) for HTML, CSS, JS, SVG, XML, JSON, WASM', async () => {
      for (const { kind, file, type } of KINDS) {
        const original = fileBytes(file);
        const plain = await get(server.url(file), { 'accept-encoding': 'identity' });
        assert.equal(plain.status, 200, `${kind} ${file}`);
        assert.match(String(plain.headers['content-type']), type, `${kind} ${file}`);
        assert.equal(plain.headers['content-encoding'], undefined, `${kind}: uncompressed when the browser asks for nothing`);
        assert.ok(plain.body.equals(original), `${kind}: the file as built`);
        const encodings = server.brotli ? ['gzip', 'br'] : ['gzip'];
        for (const encoding of encodings) {
          const a = await get(server.url(file), { 'accept-encoding': encoding });
          assert.equal(a.headers['content-encoding'], encoding, `${kind} ${file} with ${encoding}`);
          assert.match(String(a.headers.vary), /accept-encoding/i, `${kind}: Vary: Accept-Encoding`);
          assert.ok(a.body.equals(original), `${kind}: ${encoding} unpacks to the file`);
          assert.ok(a.raw.length < original.length, `${kind}: ${encoding} is smaller (${a.raw.length} < ${original.length})`);
        }
      }
    });

    test('the brotli module, where installed, is used', async () => {
      const a = await get(server.url(''), { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(a.headers['content-encoding'], server.brotli ? 'br' : 'gzip');
    });

    test("Pagefind's files: binary type, not compressed again (they are gzip data already)", async () => {
      assert.ok(pagefindBinary.length > 0, 'the build has a search index');
      for (const f of pagefindBinary) {
        const a = await get(server.url(f), { 'accept-encoding': 'gzip, br' });
        assert.equal(a.status, 200, f);
        assert.equal(a.headers['content-type'], 'application/octet-stream', f);
        assert.equal(a.headers['content-encoding'], undefined, f);
        assert.ok(a.body.equals(readFileSync(path.join(DIST, f))), f);
      }
      const entry = await get(server.url('pagefind/pagefind-entry.json'));
      assert.match(String(entry.headers['content-type']), /^application\/json/);
    });

    test('hashed files are cached for a year, immutable; HTML and unhashed files are revalidated', async () => {
      const immutable = [...hashed, ...Object.keys(EXTRA).filter((f) => f.startsWith('_astro/')), ...files.filter((f) => f.startsWith('_astro/'))];
      for (const f of immutable) {
        const cc = String((await get(server.url(f))).headers['cache-control']);
        assert.ok(Number(/max-age=(\d+)/.exec(cc)?.[1]) >= 31536000 && /immutable/.test(cc), `${f}: ${cc}`);
      }
      for (const f of ['', `${city.id}/`, 'suche/', KINDS.find((k) => k.kind === 'iCalendar')!.file, 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', ...files.filter((f) => /^pagefind\/wasm\./.test(f))]) {
        const a = await get(server.url(f));
        const cc = String(a.headers['cache-control']);
        assert.match(cc, /no-cache|max-age=0/, `${f || 'start page'}: revalidated (${cc})`);
        assert.doesNotMatch(cc, /immutable/, f);
        assert.ok(a.headers['last-modified'] || a.headers.etag, `${f}: a validator for 304`);
      }
    });

    test('a compressed response is answered with 304 when unchanged', async () => {
      for (const encoding of server.brotli ? ['gzip', 'br'] : ['gzip']) {
        for (const f of ['', `${city.id}/`, 'pagefind/pagefind.js']) {
          const first = await get(server.url(f), { 'accept-encoding': encoding });
          assert.equal(first.headers['content-encoding'], encoding, f);
          const validators: Record<string, string>[] = [];
          if (first.headers.etag) validators.push({ 'if-none-match': first.headers.etag });
          if (first.headers['last-modified']) validators.push({ 'if-modified-since': first.headers['last-modified'] });
          assert.ok(validators.length > 0, `${f}: ETag or Last-Modified`);
          for (const v of validators) {
            const again = await get(server.url(f), { 'accept-encoding': encoding, ...v });
            assert.equal(again.status, 304, `${f} with ${encoding} and ${Object.keys(v)[0]}`);
            assert.equal(again.raw.length, 0);
          }
        }
      }
    });

    test('SVG files get a policy that runs no script, loads nothing and sandboxes them', async () => {
      const svgs = ['probe-skript.svg', ...files.filter((f) => /\.svg$/i.test(f))];
      for (const f of svgs) {
        const a = await get(server.url(f));
        assert.equal(a.status, 200, f);
        const csp = directives(String(a.headers['content-security-policy']));
        assert.deepEqual(csp.get('default-src'), ["'none'"], `${f}: default-src 'none'`);
        assert.ok(csp.has('sandbox') && csp.get('sandbox')!.length === 0, `${f}: sandbox without exceptions`);
        assert.ok(!csp.has('script-src') && !csp.has('script-src-elem'), `${f}: no script source allowed`);
        assert.deepEqual(csp.get('style-src') ?? ["'none'"], ["'unsafe-inline'"], `${f}: only inline styles`);
      }
    });

    test('TRACE is refused, with the security headers', async () => {
      const a = await rawRequest(server.origin, `TRACE ${BASE} HTTP/1.1\r\nHost: localhost\r\nX-Geheim: 4711\r\nConnection: close\r\n\r\n`);
      assert.equal(a.status, 405);
      assert.equal(a.headers['x-content-type-options'], 'nosniff');
      assert.ok(directives(a.headers['content-security-policy'] ?? '').get('default-src')?.includes("'none'"), 'a CSP on the error page');
    });

    test("the server's own error pages (400, 414) carry no version and the security headers", async () => {
      const cases: [number, string][] = [
        [400, `GET ${BASE} HTTP/1.1\r\nHost: localhost\r\nHost: zweiter\r\nConnection: close\r\n\r\n`],
        [400, `GET ${BASE} kaputt HTTP/1.1 x\r\nHost: localhost\r\nConnection: close\r\n\r\n`],
        [414, `GET ${BASE}${'a'.repeat(20000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`],
      ];
      for (const [status, text] of cases) {
        const a = await rawRequest(server.origin, text);
        assert.equal(a.status, status, text.slice(0, 40));
        assert.doesNotMatch(a.headers['server'] ?? '', /\d/, `${status}: no server version (${a.headers['server']})`);
        assert.equal(a.headers['x-content-type-options'], 'nosniff', `${status}`);
        assert.equal(a.headers['x-frame-options'], 'SAMEORIGIN', `${status}`);
        assert.equal(a.headers['referrer-policy'], 'strict-origin-when-cross-origin', `${status}`);
        const csp = directives(a.headers['content-security-policy'] ?? '');
        assert.deepEqual(csp.get('default-src'), ["'none'"], `${status}: CSP default-src 'none'`);
        assert.deepEqual(csp.get('frame-ancestors'), ["'self'"], `${status}: frame-ancestors`);
      }
    });

    test('the slash redirect is relative (right behind a TLS proxy)', { todo: /apache/i.test(name) && 'Apache qualifies every Location (mod_dir, mod_alias, mod_rewrite; httpd pull request #325); see deploy/apache/.htaccess' }, async () => {
      for (const p of ['/partnerstaedte', `${BASE}${city.id}`]) {
        const a = await get(`${server.origin}${p}`);
        assert.equal(a.status, 301, p);
        assert.equal(a.headers.location, `${p}/`, `${p}: Location without scheme and host`);
      }
    });

    test('no warning or error in the server log from the configuration', () => {
      const log = server.errors().split('\n').filter((l) => /\[(warn|emerg|alert|crit)\]|:(warn|emerg|alert|crit)\]/.test(l));
      assert.deepEqual(log, []);
    });
  });
}
