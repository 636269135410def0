/**
 * Lists that grow (news): cut into pages of a fixed size, with the page
 * numbers a pagination bar shows. Plain TypeScript, no Astro.
 */

/** News items per list page (/aktuelles/, /aktuelles/2/ …). */
export const NEWS_PER_PAGE = 10;
/** News items on the start page and on a city page. */
export const NEWS_LATEST = 5;
/** News items in the RSS feed. */
export const FEED_ITEMS = 20;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** Number of pages in the list (at least 1, also for an empty list). */
  total: number;
  items: T[];
}

/** Cuts `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * size, (i + 1) * size) }));
}

/** Path of page `n` of a list at `base`: page 1 is the list itself ("aktuelles"), then "aktuelles/2" … */
export function listPagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}/${n}`;
}

/**
 * The page numbers a pagination bar shows: always the first and last, the
 * current one and its neighbours; `null` where numbers are left out.
 * `pageNumbers(6, 20)` → [1, null, 5, 6, 7, null, 20]
 */
export function pageNumbers(current: number, total: number): (number | null)[] {
  const shown = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total));
  // A gap of one number is shown as that number, not as "…".
  for (const n of [...shown]) if (shown.has(n + 2) && !shown.has(n + 1)) shown.add(n + 1);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]));
}
