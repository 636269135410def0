/**
 * Landmarks, the regions a screen reader jumps between: one of each kind
 * (banner, main, contentinfo, search) on every page, and where a kind may
 * repeat (navigation, region, complementary, form), each with its own name.
 * Checked in the built HTML and in Chromium's accessibility tree.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlFiles, page, urlOf } from './support/site.ts';
import { siteInBrowser } from './support/browser.ts';

/** Paths under the base: "" for the start page, "stryj/" … */
const PAGES = htmlFiles().map((f) => urlOf(f).replace(/^\/partnerstaedte\//, ''));
const ONCE = ['banner', 'main', 'contentinfo', 'search'];
const NAMED = ['navigation', 'region', 'complementary', 'form'];

describe('eine Suche je Seite', () => {
  test('im HTML: genau ein Such-Bereich, keiner im anderen', () => {
    assert.ok(PAGES.length > 10, `Zu wenige Seiten im Build: ${PAGES.length}`);
    const wrong: string[] = [];
    for (const f of htmlFiles()) {
      const $ = page(f);
      const search = $('search, [role="search"]');
      if (search.length !== 1) wrong.push(`${urlOf(f)}: ${search.length} Such-Bereiche`);
      if (search.find('search, [role="search"]').length > 0) wrong.push(`${urlOf(f)}: Such-Bereich im Such-Bereich`);
      // A named form is a landmark of its own: inside a search it would be announced twice.
      if (search.find('form[aria-label], form[aria-labelledby], form[title]').length > 0) {
        wrong.push(`${urlOf(f)}: benanntes Formular im Such-Bereich`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
}

describe('Orientierungspunkte im Barrierefreiheitsbaum (Chromium)', () => {
  const session = siteInBrowser();

  test('jede Seite: banner, main, contentinfo und search genau einmal, wiederholte Arten mit eigenem Namen', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const wrong: string[] = [];
    try {
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      for (const p of PAGES) {
        await tab.goto(session.site.url(p), { waitUntil: 'load' });
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
        const landmarks = nodes
          .filter((n) => !n.ignored && n.role)
          .map((n) => ({ role: n.role!.value, name: n.name?.value ?? '' }))
          // A form without a name is no landmark (WAI-ARIA 1.2).
          .filter((l) => ONCE.includes(l.role) || (NAMED.includes(l.role) && (l.role !== 'form' || l.name)));
        for (const role of ONCE) {
          const count = landmarks.filter((l) => l.role === role).length;
          if (count !== 1) wrong.push(`/${p}: ${count}× ${role}`);
        }
        for (const role of NAMED) {
          const names = landmarks.filter((l) => l.role === role).map((l) => l.name);
          const twice = names.filter((n, i) => names.indexOf(n) !== i);
          if (names.includes('')) wrong.push(`/${p}: ${role} ohne Namen`);
          if (twice.length > 0) wrong.push(`/${p}: ${role} mehrfach mit demselben Namen „${twice[0]}“`);
        }
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(wrong, []);
  });
});
