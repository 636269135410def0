/** Links under the base path (/partnerstaedte/); Astro does not prefix them itself. */

// Outside Astro (tests, scripts) there is no import.meta.env: the site's base then.
const BASE = (import.meta.env?.BASE_URL ?? '/partnerstaedte/').replace(/\/?$/, '/');

/** `url('stryj')` → "/partnerstaedte/stryj/", `url()` → "/partnerstaedte/" */
export function url(path = ''): string {
  const clean = path.replace(/^\/+/, '');
  if (clean === '') return BASE;
  // Files (feed, images) keep their name; pages end in a slash.
  return /\.[a-z0-9]+$/i.test(clean) || clean.includes('?') || clean.includes('#')
    ? `${BASE}${clean}`
    : `${BASE}${clean.replace(/\/?$/, '/')}`;
}

/** Absolute URL for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(url(path), site ?? 'https://www.dueren.de').href;
}
