/**
 * The shipped server configurations in Chromium: the header CSP and the page's
 * <meta> CSP are both enforced, and search still works through nginx and
 * Apache without a CSP violation or console error; a page inside a frame of
 * another site is refused, inside a frame of the site itself it shows; an SVG
 * with a script, opened directly, runs nothing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { startApache, startNginx, type WebServer } from '../scripts/lib/web-servers.ts';
import { launch } from './support/browser.ts';
import { DIST, page, text } from './support/site.ts';
import { cities } from './support/content.ts';

const city = cities().at(-1)!;
// The page's own title (head), not the <title> of a map point without a name.
const startTitle = text(page(''), 'head > title');
const frameOf = (src: string) =>
  `<!doctype html><html lang="de"><title>Rahmen</title><iframe src="${src}" title="Partnerstädte" width="600" height="400"></iframe></html>`;

/** An SVG file that says so in the console when its script runs. */
const SCRIPT_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>console.log("SKRIPT-LIEF " + document.domain)</script></svg>';

/** Console lines of a tab while it opens `url`. */
async function consoleOf(url: string): Promise<string[]> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const lines: string[] = [];
  tab.on('console', (m) => lines.push(m.text()));
  try {
    await tab.goto(url, { waitUntil: 'load' });
    // The script, if it runs, runs while the document is parsed: before "load".
    return lines;
  } finally {
    await context.close();
  }
}

/** Console errors and warnings, page errors and CSP violations of a tab. */
function watch(tab: Page): string[] {
  const problems: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

let browser: Browser;
/** Another site on another port: frames the partner-city site. */
let other: Server;
let otherOrigin: string;
let frameTarget = '';
before(async () => {
  browser = await launch();
  other = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(frameOf(frameTarget)));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => other?.close(resolve));
});

for (const start of [startNginx, startApache]) {
  describe(start.name.replace('start', ''), () => {
    let server: WebServer;
    before(async () => {
      server = await start({ dist: DIST, extraFiles: { 'probe-rahmen.html': frameOf('./'), 'probe-skript.svg': SCRIPT_SVG } });
    });
    after(async () => {
      await server?.close();
    });

    test('search works with both CSPs enforced, without a violation or console error', async () => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const problems = watch(tab);
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      try {
        const query = city.data.name;
        const response = await tab.goto(server.url(`suche/?q=${encodeURIComponent(query)}`));
        assert.match(String(response?.headers()['content-security-policy']), /frame-ancestors 'self'/, 'the header CSP arrives');
        assert.equal(await tab.locator('meta[http-equiv="content-security-policy"]').count(), 1, 'and the page has its <meta> CSP');
        const search = tab.getByRole('search', { name: 'Suche', exact: true });
        await search
          .getByRole('status')
          .filter({ hasText: `„${query}“` })
          .waitFor({ timeout: 15_000 })
          .catch((e: Error) => assert.fail(`no results for „${query}“: ${problems.join(' | ') || e.message}`));
        const first = search.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first();
        assert.equal(new URL(await first.evaluate((a: HTMLAnchorElement) => a.href)).pathname, `/partnerstaedte/${city.id}/`);
        await first.click();
        await tab.waitForURL((u) => u.pathname === `/partnerstaedte/${city.id}/`);
        assert.equal(await tab.getByRole('heading', { level: 1 }).count(), 1);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    test('an SVG with a script, opened directly, runs nothing', async () => {
      // The same file from a server without the policy: the probe does run there.
      const plain = createServer((_, res) => res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SCRIPT_SVG));
      await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
      try {
        const control = await consoleOf(`http://127.0.0.1:${(plain.address() as { port: number }).port}/probe.svg`);
        assert.ok(control.some((l) => l.startsWith('SKRIPT-LIEF')), `the probe runs without the policy: ${control.join(' | ')}`);
      } finally {
        await new Promise((resolve) => plain.close(resolve));
      }
      const lines = await consoleOf(server.url('probe-skript.svg'));
      assert.ok(!lines.some((l) => l.startsWith('SKRIPT-LIEF')), `the script did not run: ${lines.join(' | ')}`);
      assert.ok(lines.some((l) => /sandbox|Content Security Policy/i.test(l)), `the browser says why: ${lines.join(' | ')}`);
    });

    test('a page inside a frame of another site is refused; inside the site itself it shows', async () => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const problems = watch(tab);
      try {
        frameTarget = server.url('');
        await tab.goto(otherOrigin, { waitUntil: 'load' });
        const foreign = tab.frames().find((f) => f !== tab.mainFrame())!;
        assert.notEqual(await foreign.title().catch(() => ''), startTitle, 'the site does not show in a foreign frame');
        assert.ok(
          problems.some((p) => /frame-ancestors|X-Frame-Options/.test(p)),
          `the browser says why: ${problems.join(' | ')}`,
        );

        await tab.goto(server.url('probe-rahmen.html'), { waitUntil: 'load' });
        const own = tab.frames().find((f) => f !== tab.mainFrame())!;
        assert.equal(await own.title(), startTitle, 'the site shows in a frame of its own origin');
      } finally {
        await context.close();
      }
    });
  });
}
