/**
 * The partner cities as places on a map and as rows of the map's table:
 * city, country, distance and direction from Düren, partner since, link.
 */
import { DUEREN, direction } from './geo.ts';
import { countryText, directionName, formatKm } from './format.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Place } from './map.ts';
import type { DateValue } from '../schemas/common.ts';

/** What the map and its table need of a city's frontmatter. */
export interface CityFacts {
  id: string;
  name: string;
  land: { code: string; name: string };
  entfernungKm: number;
  partnerschaftSeit: DateValue;
  koordinaten: { breite: number; laenge: number };
}

export interface PlaceRow {
  id: string;
  name: string;
  country: string;
  distance: string;
  /** The compass direction from Düren in the row's language: "Nordosten", English "northeast". */
  direction: string;
  since: DateValue;
  href: string;
}

/** A city on a map, linked to its page. */
export function toPlace(c: CityFacts, href: string): Place {
  return { id: c.id, name: c.name, breite: c.koordinaten.breite, laenge: c.koordinaten.laenge, href };
}

/** A city's row in a language (German by default): country, distance and direction in words. */
export function toRow(c: CityFacts, href: string, lang: Lang = 'de'): PlaceRow {
  return {
    id: c.id,
    name: c.name,
    country: countryText(c.land, lang),
    distance: formatKm(c.entfernungKm, lang),
    direction: directionName(direction(DUEREN, c.koordinaten), lang),
    since: c.partnerschaftSeit,
    href,
  };
}
