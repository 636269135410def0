/**
 * The encounters of the year, gathered from the cities' frontmatter: by month where
 * the source names one, moveable feasts apart, the rest without a date.
 */
import type { Encounter } from '../schemas/encounter.ts';
import { nextFeastDate, type Feast } from './feasts.ts';

export interface EncounterCity {
  id: string;
  name: string;
  begegnungen: Encounter[];
}

/** One encounter with every city that takes part, its source sentence and (if they differ) its place. */
export interface EncounterGroup {
  name: string;
  ort?: string | undefined;
  monat?: number | undefined;
  monatName?: string | undefined;
  fest?: Feast | undefined;
  /** The feast's own next date (never the encounter's). */
  festDatum?: Date | undefined;
  cities: { id: string; name: string; ort?: string | undefined; wann?: string | undefined; quelle: string; wiederkehrend?: boolean | undefined }[];
}

export interface EncounterCalendar {
  byMonth: EncounterGroup[];
  feasts: EncounterGroup[];
  undated: EncounterGroup[];
}

const collator = new Intl.Collator('de');

export function encounterCalendar(cities: EncounterCity[], today: Date): EncounterCalendar {
  const groups = new Map<string, EncounterGroup>();
  for (const c of [...cities].sort((a, b) => collator.compare(a.name, b.name))) {
    for (const e of c.begegnungen) {
      const key = [e.name, e.monat ?? '', e.fest ?? ''].join('|');
      let g = groups.get(key);
      if (!g) {
        g = { name: e.name, ort: e.ort, monat: e.monat, monatName: e.monatName, fest: e.fest, cities: [] };
        if (e.fest) g.festDatum = nextFeastDate(e.fest, today);
        groups.set(key, g);
      }
      g.cities.push({ id: c.id, name: c.name, ort: e.ort, wann: e.wann, quelle: e.quelle, wiederkehrend: e.wiederkehrend });
    }
  }
  const all = [...groups.values()];
  // One place for the encounter if every city names the same; otherwise each city's own.
  for (const g of all) {
    const places = new Set(g.cities.map((c) => c.ort));
    g.ort = places.size === 1 ? g.cities[0]!.ort : undefined;
    if (places.size === 1) for (const c of g.cities) c.ort = undefined;
  }
  const byName = (a: EncounterGroup, b: EncounterGroup) => collator.compare(a.name, b.name);
  return {
    byMonth: all.filter((g) => g.monat !== undefined).sort((a, b) => a.monat! - b.monat! || byName(a, b)),
    feasts: all.filter((g) => g.fest !== undefined).sort((a, b) => (a.festDatum?.getTime() ?? 0) - (b.festDatum?.getTime() ?? 0) || byName(a, b)),
    undated: all.filter((g) => g.monat === undefined && g.fest === undefined).sort(byName),
  };
}
