/**
 * Ids of the site's own elements (landmarks, component headings). Headings in
 * the content get ids made of their words – letters, digits and hyphens – so
 * the colon keeps ours apart: a city text with "## Kontakt" gets id="kontakt",
 * the contact card keeps id="seite:kontakt", and every aria-labelledby still
 * names the right heading.
 */
export const id = (name: string): string => `seite:${name}`;

/** The link target for an own id: "#seite:kontakt". */
export const hash = (name: string): string => `#${id(name)}`;
