/**
 * The dates of a city's facts. Each dated fact (population, mayor, contact) has
 * its own Stand; the fact box shows one Stand when its facts agree, else the date
 * at each fact. The contact card shows the contact's own Stand.
 */
import type { DateValue } from '../schemas/common.ts';

export interface DatedFacts {
  einwohner: { stand: DateValue };
  buergermeister: { stand: DateValue };
}

/** The one Stand of the fact box's dated facts, or undefined when they differ. */
export function commonStand(city: DatedFacts): DateValue | undefined {
  const all = [city.einwohner.stand, city.buergermeister.stand];
  return all.every((s) => s.iso === all[0]!.iso && s.season === all[0]!.season) ? all[0] : undefined;
}
