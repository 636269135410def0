/**
 * Sveltia CMS picks its interface language from the browser. The city's
 * editors read German, whatever their browser is set to; this module runs
 * before Sveltia's (imports are evaluated in order).
 */
for (const [name, value] of [['language', 'de-DE'], ['languages', Object.freeze(['de-DE', 'de'])]] as const) {
  Object.defineProperty(navigator, name, { configurable: true, get: () => value });
}
