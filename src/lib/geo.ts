/**
 * Where the partner cities lie as seen from Düren: great-circle distance and
 * compass direction, in German.
 */

/** Düren (Markt, Stadtmitte), WGS 84, decimal degrees. */
export const DUEREN = { name: 'Düren', breite: 50.8, laenge: 6.48 } as const;

export interface LatLon {
  breite: number;
  laenge: number;
}

const RAD = Math.PI / 180;
const EARTH_KM = 6371;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.breite - a.breite) * RAD;
  const dLon = (b.laenge - a.laenge) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.breite * RAD) * Math.cos(b.breite * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from a to b in degrees, 0 = north, 90 = east. */
export function bearing(a: LatLon, b: LatLon): number {
  const φ1 = a.breite * RAD;
  const φ2 = b.breite * RAD;
  const Δλ = (b.laenge - a.laenge) * RAD;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

const DIRECTIONS = ['Norden', 'Nordosten', 'Osten', 'Südosten', 'Süden', 'Südwesten', 'Westen', 'Nordwesten'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Constant compass course from a to b (rhumb line), in degrees: what "lies to the east" means on a map. */
export function rhumbBearing(a: LatLon, b: LatLon): number {
  const φ1 = a.breite * RAD;
  const φ2 = b.breite * RAD;
  let Δλ = (b.laenge - a.laenge) * RAD;
  if (Math.abs(Δλ) > Math.PI) Δλ -= Math.sign(Δλ) * 2 * Math.PI;
  const Δψ = Math.log(Math.tan(Math.PI / 4 + φ2 / 2) / Math.tan(Math.PI / 4 + φ1 / 2));
  return (Math.atan2(Δλ, Δψ) / RAD + 360) % 360;
}

/** The compass direction (eight points) in which b lies from a, along a constant course: "Südosten". */
export function direction(a: LatLon, b: LatLon): Direction {
  return DIRECTIONS[Math.round(rhumbBearing(a, b) / 45) % 8]!;
}
