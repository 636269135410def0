/**
 * The partner cities as places on a map and as rows of the map's table:
 * city, country, distance and direction from Düren, partner since, link.
 */
import { DUEREN, direction, type Direction } from './geo.ts';
import { formatKm } from './format.ts';
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
  direction: Direction;
  since: DateValue;
  href: string;
}

export function toPlace(c: CityFacts, href: string): Place {
  return { id: c.id, name: c.name, breite: c.koordinaten.breite, laenge: c.koordinaten.laenge, href };
}

export function toRow(c: CityFacts, href: string): PlaceRow {
  return {
    id: c.id,
    name: c.name,
    country: c.land.name,
    distance: formatKm(c.entfernungKm),
    direction: direction(DUEREN, c.koordinaten),
    since: c.partnerschaftSeit,
    href,
  };
}
