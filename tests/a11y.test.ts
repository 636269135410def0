/**
 * Accessibility in a real browser (WCAG 2.1 AA, as BITV NRW requires):
 * axe-core on every page in light and dark scheme, the keyboard path through
 * skip link, header and search, a visible focus on everything Tab reaches,
 * reflow at 320 px (also with a wide font and WCAG 1.4.12 text spacing) and
 * at 200 % zoom, and motion only when it is wanted.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { ROOT } from './support/site.ts';
import { cities, sweepPages } from './support/content.ts';
import { siteInBrowser } from './support/browser.ts';
import { TEXT_SPACING_CSS, WIDE_FONT, WIDE_FONT_CSS, addCss, hasFont, reflowProblems } from './support/reflow.ts';
import { hash, id } from '../src/lib/ids.ts';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Paths under the base: "" for the start page, "stryj/" …: every fixed page and a sample of each kind of content page. */
const PAGES = sweepPages();
/** A city page from the content (the first by file name), for the tests that need one. */
const CITY = cities()[0]!;
const CITY_PAGE = `${CITY.id}/`;
/** States that only exist in the browser: the search page with results (a search for the city's name). */
const STATES = [`suche/?q=${encodeURIComponent(CITY.data.name)}`];

const session = siteInBrowser();

/**
 * In the content gate (npm run test:inhalt, TEST_GATE=1) the sweeps that only code can break are
 * left to npm test: colours come from the stylesheet (the dark scheme's contrast), and a page that
 * reflows with the wide font and the text spacing together reflows with each alone.
 */
const CODE_ONLY = process.env.TEST_GATE === '1' ? 'im Inhalts-Check nicht nötig (npm test prüft es)' : false;

/**
 * Runs `fn` for each path in its own tab of one fresh context, a few tabs at
 * a time (the pages are independent; the sweeps wait less on each load).
 */
async function forEachPage(options: BrowserContextOptions, paths: string[], fn: (tab: Page, p: string) => Promise<void>, tabs = 3): Promise<void> {
  const context = await session.browser.newContext(options);
  try {
    const queue = [...paths];
    await Promise.all(
      Array.from({ length: Math.min(tabs, queue.length) }, async () => {
        const tab = await context.newPage();
        for (let p = queue.shift(); p !== undefined; p = queue.shift()) await fn(tab, p);
      }),
    );
  } finally {
    await context.close();
  }
}

/** Runs `fn` in a fresh tab with the given context options. */
async function withPage<T>(options: BrowserContextOptions, fn: (tab: Page) => Promise<T>): Promise<T> {
  const context = await session.browser.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * In the content gate the parts below run side by side (each test in a context of its own, the keyboard
 * tests still one after another): the gate's wall time is this file's, and the sweeps wait on Chromium.
 */
describe('Barrierefreiheit im Browser', { concurrency: process.env.TEST_GATE === '1' }, () => {
  // Its tests run side by side (each in a context of its own): the sweeps wait on Chromium, not on each other.
  describe('axe-core: WCAG 2.1 A and AA, every page', { concurrency: true }, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`keine Verstöße im ${colorScheme === 'light' ? 'hellen' : 'dunklen'} Farbschema`, { skip: colorScheme === 'dark' && CODE_ONLY }, async () => {
        assert.ok(PAGES.length > 10, `Zu wenige Seiten im Build: ${PAGES.length}`);
        const report: string[] = [];
        // bypassCSP: the test injects axe-core as an inline script, which the site's CSP rightly blocks.
        await forEachPage({ colorScheme, viewport: { width: 1280, height: 900 }, bypassCSP: true }, [...PAGES, ...STATES], async (tab, p) => {
          await tab.goto(session.site.url(p), { waitUntil: STATES.includes(p) ? 'networkidle' : 'load' });
          await tab.addScriptTag({ path: AXE });
          const violations = await tab.evaluate(
            async (tags) =>
              // @ts-expect-error axe is injected above
              (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations,
            WCAG_TAGS,
          ) as AxeViolation[];
          for (const v of violations) {
            for (const n of v.nodes) {
              report.push(`/${p} [${v.id}, ${v.impact}] ${v.help}\n    ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`);
            }
          }
        });
        assert.equal(report.length, 0, `axe meldet ${report.length} Verstöße (${colorScheme}):\n${report.join('\n')}`);
      });
    }
  });

  /** What the keyboard focus is on: tag, text and whether a focus indicator is drawn. */
  async function focused(tab: Page) {
    return tab.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const drawn = (e: Element) => {
        const s = getComputedStyle(e);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      };
      // A card shows the focus of its link around the whole card (:focus-within).
      let indicator = drawn(el);
      for (let a = el.parentElement, i = 0; !indicator && a && i < 3; a = a.parentElement, i++) {
        indicator = a.matches(':focus-within') && drawn(a);
      }
      return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim() || (el as HTMLInputElement).name,
        href: el.getAttribute('href'),
        indicator,
      };
    });
  }

  describe('Tastatur', { concurrency: 1 }, () => {
    test('der erste Tab-Schritt erreicht den Sprunglink, Enter führt zum Inhalt', async () => {
      await withPage({ viewport: { width: 1280, height: 900 } }, async (tab) => {
        await tab.goto(session.site.url(CITY_PAGE));
        await tab.keyboard.press('Tab');
        const first = await focused(tab);
        assert.equal(first?.href, hash('inhalt'), `Erster Tab-Stopp: ${JSON.stringify(first)}`);
        assert.equal(first?.name, 'Zum Inhalt springen');
        assert.ok(first?.indicator, 'Der Sprunglink zeigt keinen Fokusrahmen.');
        const box = await tab.locator(`a[href="${hash('inhalt')}"]`).boundingBox();
        assert.ok(box && box.y >= 0 && box.height > 10, `Der Sprunglink ist beim Fokus nicht sichtbar: ${JSON.stringify(box)}`);
        await tab.keyboard.press('Enter');
        const target = await tab.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id }));
        assert.deepEqual(target, { tag: 'MAIN', id: id('inhalt') });
        // The next Tab continues inside the content, not at the top of the page.
        await tab.keyboard.press('Tab');
        const next = await tab.evaluate(() => !!document.activeElement?.closest('main'));
        assert.ok(next, 'Nach dem Sprung geht es mit Tab nicht im Inhalt weiter.');
      });
    });

    test('die Suche im Kopf lässt sich ohne Maus benutzen', async () => {
      await withPage({ viewport: { width: 1280, height: 900 } }, async (tab) => {
        await tab.goto(session.site.url('chronik/'));
        let reached = null;
        for (let i = 0; i < 10 && !reached; i++) {
          await tab.keyboard.press('Tab');
          const f = await focused(tab);
          if (f?.tag === 'input') reached = f;
        }
        assert.ok(reached, 'Das Suchfeld ist mit Tab nicht erreichbar.');
        assert.ok(reached.indicator, 'Das Suchfeld zeigt keinen Fokusrahmen.');
        await tab.keyboard.type('Lemberg');
        await Promise.all([tab.waitForURL(/\/suche\/\?/), tab.keyboard.press('Enter')]);
        const u = new URL(tab.url());
        assert.equal(u.pathname, '/partnerstaedte/suche/');
        assert.equal(u.searchParams.get('q'), 'Lemberg');
      });
    });

    for (const [p, scheme] of [[CITY_PAGE, 'light'], ['', 'light'], [CITY_PAGE, 'dark']] as const) {
      test(`jeder Tab-Stopp auf /${p} (${scheme}) hat einen sichtbaren Fokus`, async () => {
        await withPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme }, async (tab) => {
          await tab.goto(session.site.url(p));
          // Only what is rendered: the start page's map has a wide and a narrow version, one of them hidden.
          const total = await tab.evaluate(() =>
            [...document.querySelectorAll('a[href], input, button, [tabindex="0"]')].filter((e) => e.getClientRects().length > 0).length,
          );
          const stops = [];
          for (let i = 0; i < total + 2; i++) {
            await tab.keyboard.press('Tab');
            const f = await focused(tab);
            if (!f) break;
            stops.push(f);
          }
          assert.ok(stops.length >= total - 1, `Nur ${stops.length} von ${total} Elementen mit Tab erreicht.`);
          const invisible = stops.filter((s) => !s.indicator);
          assert.deepEqual(invisible, [], 'Ohne sichtbaren Fokus');
        });
      });
    }
  });

  describe('Umbruch (Reflow): kein waagerechtes Scrollen, kein abgeschnittener oder überlappender Text', { concurrency: true }, () => {
    // The checks must not depend on the machine's fonts: besides the default font, every page is
    // checked with a wide font forced and with the text spacing a reader may set (WCAG 1.4.12).
    const phone = { viewport: { width: 320, height: 640 }, bypassCSP: true };
    const cases = [
      ['320 px Breite', phone, ''],
      ['320 px mit Textabständen nach WCAG 1.4.12', phone, TEXT_SPACING_CSS],
      [`320 px mit breiter Schrift (${WIDE_FONT})`, phone, WIDE_FONT_CSS],
      [`320 px mit breiter Schrift und Textabständen`, phone, WIDE_FONT_CSS + TEXT_SPACING_CSS],
      ['1280 px bei 200 % Zoom', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, bypassCSP: true }, ''],
    ] as const;
    for (const [label, options, css] of cases) {
      // The gate keeps the most demanding 320 px case (wide font and text spacing) and the zoom.
      const subsumed = options === phone && !(css.includes(WIDE_FONT) && css.includes(TEXT_SPACING_CSS));
      test(label, { skip: subsumed && CODE_ONLY }, async () => {
        assert.ok(PAGES.length > 10, `Zu wenige Seiten im Build: ${PAGES.length}`);
        const problems: string[] = [];
        await forEachPage(options, [...PAGES, ...STATES], async (tab, p) => {
          await tab.goto(session.site.url(p), { waitUntil: STATES.includes(p) ? 'networkidle' : 'load' });
          if (css.includes(WIDE_FONT)) {
            assert.ok(await hasFont(tab, WIDE_FONT), `Die Schrift ${WIDE_FONT} fehlt: "bash scripts/ensure-system.sh" installiert fonts-dejavu-core.`);
          }
          await addCss(tab, css);
          for (const problem of await reflowProblems(tab)) problems.push(`/${p}: ${problem}`);
        });
        assert.deepEqual(problems.sort(), []);
      });
    }
  });

  describe('Bewegung', () => {
    test('mit prefers-reduced-motion: keine Animation, kein Übergang, kein weiches Scrollen', async () => {
      await withPage({ reducedMotion: 'reduce' }, async (tab) => {
        for (const p of ['', CITY_PAGE, 'chronik/', ...STATES]) {
          await tab.goto(session.site.url(p), { waitUntil: 'networkidle' });
          const moving = await tab.evaluate(() => {
            const long = (v: string) => v.split(',').some((d) => parseFloat(d) > 0);
            const out: string[] = [];
            const root = getComputedStyle(document.documentElement);
            if (root.scrollBehavior === 'smooth') out.push('html: scroll-behavior smooth');
            for (const el of document.querySelectorAll('*')) {
              for (const pseudo of [null, '::before', '::after']) {
                const s = getComputedStyle(el, pseudo);
                if (long(s.transitionDuration) || long(s.animationDuration)) out.push(`${el.tagName}${pseudo ?? ''}`);
              }
            }
            return out;
          });
          assert.deepEqual(moving, [], `/${p}`);
        }
      });
    });
  });
});
