/**
 * Whole-site rules that code outside the check also asks (the news lists, the
 * inventory): each rule once, here; its callers throw its message only as a safety
 * net, since the check has refused such content before the build. Browser-safe.
 */
/**
 * A news file named like a page of the news lists ("2.mdx" → /aktuelles/2/, "stryj.mdx" →
 * /aktuelles/stryj/, a partner city's list) would take that page's address.
 */
export function newsIdProblem(id: string, cityIds: readonly string[]): string | undefined {
  if (!/^\d+$/.test(id) && !cityIds.includes(id)) return undefined;
  // Both a page number's and a city's list live at aktuelles/<name> (src/lib/news-lists.ts).
  const path = `aktuelles/${id}`;
  return (
    `Der Dateiname »${id}« ist für eine Liste der Meldungen vorgesehen (/${path}/: eine Seitenzahl oder eine Partnerstadt). ` +
    `Bitte die Datei umbenennen, z. B. in »${id}-meldung.mdx«.`
  );
}
