/**
 * The chronicle: every partnership's founding and milestones in time order, at the
 * precision the sources give, and the round anniversaries of this year and the next.
 */
import type { DateValue } from '../schemas/common.ts';
import { sortKey } from './dates.ts';

export interface ChronicleCity {
  id: string;
  name: string;
  partnerschaftSeit: DateValue;
  meilensteine: (DateValue & { text: string })[];
}

export interface ChronicleEntry {
  date: DateValue;
  text: string;
  city: { id: string; name: string };
  /** The founding of the partnership (from partnerschaftSeit). */
  founding: boolean;
}

/** Sort key of a date at its precision (as `sortKey`): a year sorts before its months, a month before its days. */
export function dateKey(d: DateValue): number {
  return Number(sortKey(d).replaceAll('-', ''));
}

const collator = new Intl.Collator('de');

/** All entries, oldest first; a milestone on the founding date stands for the founding. */
export function chronicle(cities: ChronicleCity[], foundingText: (city: string) => string): ChronicleEntry[] {
  const entries: ChronicleEntry[] = [];
  for (const c of cities) {
    const city = { id: c.id, name: c.name };
    const sameAsFounding = (m: DateValue) => m.iso === c.partnerschaftSeit.iso && m.season === c.partnerschaftSeit.season;
    if (!c.meilensteine.some(sameAsFounding)) {
      entries.push({ date: c.partnerschaftSeit, text: foundingText(c.name), city, founding: true });
    }
    for (const m of c.meilensteine) {
      entries.push({ date: m, text: m.text, city, founding: sameAsFounding(m) });
    }
  }
  return entries.sort((a, b) => dateKey(a.date) - dateKey(b.date) || collator.compare(a.city.name, b.city.name));
}

export interface Anniversary {
  year: number;
  /** Years since the founding: 5, 10, 15 … */
  years: number;
  city: { id: string; name: string };
  since: DateValue;
}

/** Round anniversaries (every fifth year) of the foundings in the given years. */
export function anniversaries(cities: ChronicleCity[], years: number[]): Anniversary[] {
  const list: Anniversary[] = [];
  for (const year of years) {
    for (const c of cities) {
      const n = year - c.partnerschaftSeit.year;
      if (n > 0 && n % 5 === 0) list.push({ year, years: n, city: { id: c.id, name: c.name }, since: c.partnerschaftSeit });
    }
  }
  return list.sort((a, b) => a.year - b.year || dateKey(a.since) - dateKey(b.since) || collator.compare(a.city.name, b.city.name));
}
