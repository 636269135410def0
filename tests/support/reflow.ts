/**
 * Reflow checks (WCAG 1.4.10, 1.4.12) that do not depend on the machine's
 * fonts: CSS that forces text spacing or a wide font onto a page, and a check
 * in the page for what a reader would notice – a horizontal scrollbar, text
 * cut off by a box too small for it, text drawn over other text or boxes
 * drawn over each other.
 */
import type { Page } from 'playwright-core';

/** WCAG 1.4.12 Text Spacing: the overrides a reader's style sheet may set. */
export const TEXT_SPACING_CSS = `
*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }
`;

/** A wide font: DejaVu Sans, Debian's default sans-serif (fonts-dejavu-core), wider than Liberation Sans or Arial. */
export const WIDE_FONT = 'DejaVu Sans';
export const WIDE_FONT_CSS = `*, *::before, *::after { font-family: '${WIDE_FONT}' !important; }`;

/**
 * Whether the browser draws `family` from an installed font file instead of
 * falling back: the same text measured in `family, monospace` and in plain
 * monospace differs only when the family exists.
 */
export async function hasFont(tab: Page, family: string): Promise<boolean> {
  return tab.evaluate((f) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const width = (font: string) => {
      ctx.font = font;
      return ctx.measureText('Partnerstädte der Stadt Düren – Suchen').width;
    };
    return width(`20px '${f}', monospace`) !== width('20px monospace');
  }, family);
}

/** Applies extra CSS to the open page (needs a context with bypassCSP: the site's CSP blocks inline styles). */
export async function addCss(tab: Page, css: string): Promise<void> {
  if (!css) return;
  await tab.addStyleTag({ content: css });
  // Let layout settle with the new styles before measuring.
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * What breaks reflow on the open page, as readable lines (empty when all is well):
 * - the page scrolls sideways, or text starts left of the page where no one can scroll to it;
 * - an element that hides or scrolls its overflow has content wider or taller than itself;
 * - two lines of text from different elements are drawn over each other;
 * - two sibling boxes (in flow, visible) are drawn over each other.
 * Invisible things are left out: display none, visibility hidden, the visually
 * hidden texts for screen readers, and anything moved off screen (the skip link).
 */
export async function reflowProblems(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    /** Overlaps up to this many pixels are rounding and anti-aliasing, not a broken layout. */
    const TOLERANCE = 2;
    const out: string[] = [];
    const root = document.documentElement;
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/)[0]}` : '';
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}>${text ? ` „${text}“` : ''}`;
    };

    if (root.scrollWidth > root.clientWidth) {
      const wide = [...document.querySelectorAll('body *')].find((e) => e.getBoundingClientRect().right > root.clientWidth + 1);
      out.push(`waagerechtes Scrollen: ${root.scrollWidth} > ${root.clientWidth} px${wide ? `, z. B. ${describe(wide)}` : ''}`);
    }

    /** Hidden from sight: not rendered, invisible, clipped away on purpose, or off screen. */
    const hiddenCache = new Map<Element, boolean>();
    const hidden = (el: Element | null): boolean => {
      if (!el || el === document.body) return false;
      const cached = hiddenCache.get(el);
      if (cached !== undefined) return cached;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const result =
        s.display === 'none' ||
        s.visibility === 'hidden' ||
        s.opacity === '0' ||
        (s.clipPath !== 'none' && s.clipPath.startsWith('inset(50%')) ||
        r.bottom + window.scrollY <= 0 ||
        r.right + window.scrollX <= 0 ||
        hidden(el.parentElement);
      hiddenCache.set(el, result);
      return result;
    };

    // Text cut off: a box that hides (or scrolls) its overflow, with more content than room.
    for (const el of document.querySelectorAll('body *')) {
      if (hidden(el) || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) continue;
      const s = getComputedStyle(el);
      const clipsX = s.overflowX !== 'visible';
      const clipsY = s.overflowY !== 'visible';
      if (!clipsX && !clipsY) continue;
      if (!(el.textContent ?? '').trim()) continue;
      if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
        out.push(`abgeschnitten: ${describe(el)} zeigt ${el.clientWidth}×${el.clientHeight} px von ${el.scrollWidth}×${el.scrollHeight} px`);
      }
    }
    // A form field narrower than its own placeholder would be a cut-off text too, but browsers only show what fits
    // and the label names the field; fields are checked for a usable width instead.
    for (const el of document.querySelectorAll('input[type="search"], input[type="text"], input:not([type])')) {
      if (hidden(el)) continue;
      const w = el.getBoundingClientRect().width;
      if (w < 100) out.push(`zu schmales Eingabefeld: ${describe(el)} ist ${Math.round(w)} px breit`);
    }

    // Lines of text, one box per line, from every visible text node. A glyph box may be taller than its
    // line (fonts with tall ascenders, such as Noto Sans, at line-height 1.2): it is cut to the line's
    // height, so lines that merely sit close are not taken for text drawn over text.
    const lines: { el: Element; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || !n.parentElement || hidden(n.parentElement)) continue;
      if (n.parentElement.closest('script, style, noscript, template')) continue;
      const lineHeight = parseFloat(getComputedStyle(n.parentElement).lineHeight);
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width <= 0 || r.height <= 0) continue;
        const excess = Number.isFinite(lineHeight) && r.height > lineHeight ? (r.height - lineHeight) / 2 : 0;
        lines.push({ el: n.parentElement, r: new DOMRect(r.x, r.y + excess, r.width, r.height - 2 * excess) });
      }
    }
    // Text pushed past the left edge cannot be scrolled to.
    for (const { el, r } of lines) {
      if (r.left < -1) out.push(`links abgeschnitten: ${describe(el)} beginnt bei ${Math.round(r.left)} px`);
    }
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE;
    lines.sort((a, b) => a.r.top - b.r.top);
    for (let i = 0; i < lines.length; i++) {
      const a = lines[i]!;
      for (let j = i + 1; j < lines.length && lines[j]!.r.top < a.r.bottom - TOLERANCE; j++) {
        const b = lines[j]!;
        if (a.el !== b.el && overlap(a.r, b.r)) {
          out.push(`Text über Text: ${describe(a.el)} und ${describe(b.el)}`);
        }
      }
    }

    // Boxes over boxes: siblings in flow (not positioned on purpose) that are block-level or replaced.
    const replaced = (el: Element) =>
      el instanceof HTMLInputElement || el instanceof HTMLButtonElement || el instanceof HTMLImageElement || el instanceof SVGElement;
    const boxes = (el: Element) => {
      const s = getComputedStyle(el);
      if (s.position === 'absolute' || s.position === 'fixed') return undefined;
      // Inline text boxes span their lines' full width; their text is checked line by line above.
      if (s.display.startsWith('inline') && !replaced(el)) return undefined;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? r : undefined;
    };
    for (const parent of document.querySelectorAll('body, body *')) {
      if (hidden(parent)) continue;
      const kids = [...parent.children].filter((k) => !hidden(k)).map((k) => ({ k, r: boxes(k) })).filter((x) => x.r);
      for (const { k, r } of kids) if (r!.left < -1) out.push(`links abgeschnitten: ${describe(k)} beginnt bei ${Math.round(r!.left)} px`);
      for (let i = 0; i < kids.length; i++) {
        for (let j = i + 1; j < kids.length; j++) {
          if (overlap(kids[i]!.r!, kids[j]!.r!)) out.push(`Kästen übereinander: ${describe(kids[i]!.k)} und ${describe(kids[j]!.k)}`);
        }
      }
    }
    return [...new Set(out)];
  });
}
