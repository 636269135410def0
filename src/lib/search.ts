/**
 * The search page's plain logic: how Pagefind ranks, the filter for a kind of
 * page, the ?q= address of a search. No DOM, so Node's test runner can load it.
 */

/** Options passed to Pagefind before its first search. */
export const PAGEFIND_OPTIONS = {
  // Search on the page itself: the index is small, and the worker would add a second 43 KB copy of the code.
  noWorker: true,
  excerptLength: 24,
  excerptEllipsis: '…',
  ranking: {
    // A city's other names (Lemberg, 金华, Herakleia) and a page's short title (Vorwort) count like its title.
    metaWeights: { title: 5, suchbegriffe: 5 },
  },
} as const;

/** Results shown at first and added by each "Weitere Treffer": each one is a request for its data. */
export const RESULTS_PAGE = 8;

/**
 * Milliseconds without a keystroke before the search runs and the status line
 * announces the count (as Starlight does): no counts for half-typed words.
 */
export const TYPING_PAUSE = 300;

/** The filter Pagefind gets for the kind of page ("Partnerstadt"), or none for "Alle". */
export function kindFilter(kind: string): { Typ: string } | Record<string, never> {
  return kind ? { Typ: kind } : {};
}

/** `searchUrl('/partnerstaedte/suche/', 'Lemberg')` → "/partnerstaedte/suche/?q=Lemberg" (no ?q= when empty). */
export function searchUrl(current: string, query: string, kind = ''): string {
  const u = new URL(current, 'http://x');
  for (const [key, value] of [['q', query.trim()], ['typ', kind]] as const) {
    if (value) u.searchParams.set(key, value);
    else u.searchParams.delete(key);
  }
  return u.pathname + u.search + u.hash;
}
