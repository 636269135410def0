/**
 * Content rule: the stated distance from Düren (`entfernungKm`, a road distance
 * as the brochure gives it) must fit the city's coordinates. A road is never
 * shorter than the great circle and seldom more than half as long again; a
 * distance far outside that is most often left over from a copied city file,
 * or the coordinates are wrong. A warning (the site still builds), naming
 * file, line and field, how far off it is, and that road distances are longer.
 *
 * Browser-safe (no node:*): called from checkEntry in ./index.ts for each city file.
 */
import { LineCounter, isMap, isPair, isScalar, parseDocument } from 'yaml';
import { DUEREN, distanceKm } from '../geo.ts';
import { fieldLabel } from './labels.ts';
import type { Problem } from './index.ts';

/**
 * Road distances fit when they lie between the great-circle distance (less
 * rounding) and 1.5 times it, or 50 km more for close cities (roads around a
 * hill or a lake). Today's cities lie between 1.00 and 1.30 times.
 */
export const ROAD_FACTOR = 1.5;
export const ROAD_SLACK_KM = 50;
export const ROUNDING = 0.95;

/** The plausible range of road distances, in km, for a great-circle distance. */
export function plausibleRoadKm(airKm: number): { min: number; max: number } {
  return { min: Math.floor(airKm * ROUNDING), max: Math.ceil(Math.max(airKm * ROAD_FACTOR, airKm + ROAD_SLACK_KM)) };
}

const km = (n: number) => `${Math.round(n).toLocaleString('de-DE')} km`;

/** The distance warning for one city file, or none. Files the schema rejects are left to it. */
export function distanceProblems(file: string, text: string): Problem[] {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return [];
  const lc = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter: lc });
  if (doc.errors.length) return [];
  const root = doc.contents;
  if (!isMap(root)) return [];
  const pair = root.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === 'entfernungKm');
  const stated = doc.get('entfernungKm');
  const breite = doc.getIn(['koordinaten', 'breite']);
  const laenge = doc.getIn(['koordinaten', 'laenge']);
  if (!pair || ![stated, breite, laenge].every((v) => typeof v === 'number' && Number.isFinite(v))) return [];
  if (Math.abs(breite as number) > 90 || Math.abs(laenge as number) > 180) return [];
  const air = distanceKm(DUEREN, { breite: breite as number, laenge: laenge as number });
  const { min, max } = plausibleRoadKm(air);
  const s = stated as number;
  if (s >= min && s <= max) return [];
  const key = pair.key as { range?: [number, number, number] };
  // +1: the opening --- line.
  const line = key.range ? lc.linePos(key.range[0]).line + 1 : undefined;
  const off = s > max ? `${km(s - air)} mehr` : `${km(air - s)} weniger`;
  const percent = Math.round((Math.abs(s - air) / air) * 100);
  return [
    {
      file,
      ...(line ? { line } : {}),
      field: fieldLabel(['entfernungKm']),
      key: 'entfernungKm',
      found: String(s),
      severity: 'warnung',
      message:
        `Die Entfernung ${km(s)} passt nicht zu den Koordinaten (${String(breite).replace('.', ',')}° Breite, ${String(laenge).replace('.', ',')}° Länge): ` +
        `In Luftlinie liegt die Stadt ${km(air)} von Düren entfernt, angegeben sind ${off} (${percent} %). ` +
        `Straßenentfernungen sind länger als die Luftlinie, aber selten mehr als das Anderthalbfache: passend wären etwa ${km(min)} bis ${km(max)}. ` +
        'Bitte entfernungKm und koordinaten prüfen (stehen sie noch so da wie in der Datei, von der diese kopiert wurde?).',
    },
  ];
}
