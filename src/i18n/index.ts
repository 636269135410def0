/**
 * Interface strings. German lives in `de.json`; a second language would be a
 * second file with the same keys.
 */
import de from './de.json' with { type: 'json' };
import { fill } from './fill.ts';

export type UIKey = keyof typeof de;

/** `t('city.asOf', { date: 'September 2019' })` → "Stand: September 2019" */
export function t(key: UIKey, vars: Record<string, string | number> = {}): string {
  return fill(de[key], vars);
}
