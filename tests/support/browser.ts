/**
 * Debian's Chromium driven by playwright-core, kept off the network.
 */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { before, after } from 'node:test';
import { serve } from './site.ts';

type Site = Awaited<ReturnType<typeof serve>>;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How Chromium is started: Debian's binary, no sandbox (root), no GPU, off the network. */
function launchOptions() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium fehlt unter ${CHROMIUM}: "apt-get install chromium" (siehe README).`);
  }
  return {
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  };
}

/**
 * In the content gate (scripts/inhalt.ts) one Chromium serves every browser
 * suite: the gate starts it with `launchServer()` and hands its endpoint to the
 * suites in TEST_BROWSER_WS. Elsewhere each call starts a Chromium of its own.
 * Either way `close()` on the result ends what the caller owns: a browser it
 * launched, or its connection to the shared one (the gate stops that itself).
 */
export async function launch(): Promise<Browser> {
  const shared = process.env.TEST_BROWSER_WS;
  if (shared) return chromium.connect(shared);
  return chromium.launch(launchOptions());
}

/** A Chromium other processes connect to (`launch()` with TEST_BROWSER_WS set to its `wsEndpoint()`). */
export function launchServer() {
  return chromium.launchServer(launchOptions());
}

/**
 * The built site on a local server plus a browser, opened before the tests of
 * the current file (or `describe`) and closed after them.
 */
export function siteInBrowser(): { readonly site: Site; readonly browser: Browser } {
  const session = {} as { site: Site; browser: Browser };
  before(async () => {
    session.site = await serve();
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
