/**
 * `npm run screenshot -- stryj/ suche/?q=Lemberg` writes phone (375 px) and
 * desktop (1280 px) screenshots of built pages to ./screenshots/ to look at.
 * It scrolls through each page first, so lazily loaded photos are in the picture.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serve } from '../tests/support/site.ts';
import { launch } from '../tests/support/browser.ts';

const pages = process.argv.slice(2);
if (pages.length === 0) pages.push('');
const out = path.resolve('screenshots');
mkdirSync(out, { recursive: true });
const site = await serve();
const browser = await launch();
try {
  for (const [name, width, height] of [['phone', 375, 812], ['desktop', 1280, 900]] as const) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    for (const p of pages) {
      await tab.goto(site.url(p), { waitUntil: 'networkidle' });
      // Lazy images load only near the viewport: scroll through the page, then wait for every image.
      await tab.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 60));
        }
        window.scrollTo(0, 0);
      });
      await tab.waitForFunction(() => [...document.images].every((img) => img.complete), undefined, { timeout: 10_000 });
      await tab.waitForLoadState('networkidle');
      const file = path.join(out, `${(p || 'start').replace(/[^a-z0-9]+/gi, '_')}-${name}.png`);
      await tab.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
