/**
 * Debian's Chromium driven by playwright-core, kept off the network.
 */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { before, after } from 'node:test';
import { serve } from './site.ts';

type Site = Awaited<ReturnType<typeof serve>>;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium fehlt unter ${CHROMIUM}: "apt-get install chromium" (siehe README).`);
  }
  return chromium.launch({
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
  });
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
