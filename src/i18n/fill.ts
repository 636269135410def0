/**
 * Fills {name} placeholders of a UI string: `fill('{count} Treffer', { count: 3 })`.
 * Its own module, so the search page's client script can use it without
 * bundling every interface string.
 */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
