/**
 * On a phone (375 × 812) a citizen sees the facts of a city within the first
 * two screens, and reaches the contact person without scrolling through the
 * whole text. Every city page of the inventory; desktop keeps the sidebar.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteInBrowser } from './support/browser.ts';
import { inventory } from './support/content.ts';
import { hash, id } from '../src/lib/ids.ts';
import { t, type Lang } from '../src/i18n/index.ts';

const PHONE = { width: 375, height: 812 };
const cities = inventory().filter((p) => p.kind === 'city');
/** The labels in the page's language (English pages, portraits in the partner's language). */
const FACTS = (lang: Lang) => (['city.country', 'city.population', 'city.distance', 'city.partnerSince'] as const).map((k) => t(k, {}, lang));

describe('facts first on a phone', () => {
  const session = siteInBrowser();

  test('every city page: Land, Einwohnerzahl, Entfernung and Partnerstadt seit within two screens; the contact person one tap away', async () => {
    const context = await session.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const tab = await context.newPage();
    try {
      for (const city of cities) {
        await tab.goto(session.site.url(`${city.path}/`));
        const box = tab.locator(`[aria-labelledby="${id('fakten')}"]`);
        for (const label of FACTS(city.lang)) {
          const value = box.locator('div', { has: tab.locator('dt', { hasText: label }) }).locator('dd');
          const rect = await value.boundingBox();
          assert.ok(rect, `${city.path}: ${label} fehlt`);
          assert.ok(rect.y + rect.height <= 2 * PHONE.height, `${city.path}: ${label} erst bei ${Math.round(rect.y)} px`);
        }
        const jump = tab.locator(`a[href="${hash('kontakt')}"]`);
        const jumpBox = await jump.boundingBox();
        assert.ok(jumpBox && (await jump.isVisible()), `${city.path}: kein Sprunglink zur Ansprechperson`);
        assert.ok(jumpBox.y + jumpBox.height <= 2 * PHONE.height, `${city.path}: Sprunglink erst bei ${Math.round(jumpBox.y)} px`);
        await jump.click();
        // (scrolling may be smooth: wait for it to arrive)
        const inView = await tab
          .waitForFunction((target) => {
            const r = document.getElementById(target)!.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight;
          }, id('kontakt'), { timeout: 3000 })
          .then(() => true, () => false);
        assert.ok(inView, `${city.path}: nach dem Sprunglink ist die Ansprechperson nicht zu sehen`);
        assert.ok(await tab.locator(`section[aria-labelledby="${id('kontakt')}"] a[href^="mailto:"]`).isVisible());
      }
    } finally {
      await context.close();
    }
  });

  test('on a wide screen the fact box and the contact stand beside the text', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    try {
      await tab.goto(session.site.url(`${cities[0]!.path}/`));
      const facts = (await tab.locator(`[aria-labelledby="${id('fakten')}"]`).boundingBox())!;
      const contact = (await tab.locator(`section[aria-labelledby="${id('kontakt')}"]`).boundingBox())!;
      const text = (await tab.locator('.prose').first().boundingBox())!;
      assert.ok(facts.x > text.x + text.width - 1, 'Faktenbox rechts neben dem Text');
      assert.ok(contact.x > text.x + text.width - 1, 'Ansprechperson rechts neben dem Text');
      assert.ok(facts.y < text.y + 200, 'Faktenbox oben');
    } finally {
      await context.close();
    }
  });
});
