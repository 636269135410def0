/**
 * The maps as part of the content check (node only: the atlas is read from disk).
 * Every map the site draws is drawn once from the cities' coordinates; a map that
 * would need overlapping points or labels becomes a problem on the `koordinaten`
 * line of the cities concerned, in the same German report as every other check.
 */
import { parse } from 'yaml';
import { europeMap, globeMap, locatorMap, MapLabelError, MAP_ADVICE, type Place } from '../map.ts';
import type { Problem } from './index.ts';

interface CityFile {
  file: string;
  text: string;
}

export function mapProblems(files: CityFile[]): Problem[] {
  const cities = files.flatMap((f) => {
    const m = /^---\n([\s\S]*?)\n---/.exec(f.text);
    const id = /^content\/staedte\/([^/]+)\.mdx$/.exec(f.file)?.[1];
    if (!m || !id) return [];
    try {
      const data = parse(m[1]!) as { name?: unknown; land?: unknown; koordinaten?: { breite?: unknown; laenge?: unknown } };
      const { breite, laenge } = data.koordinaten ?? {};
      if (typeof data.name !== 'string' || typeof breite !== 'number' || typeof laenge !== 'number') return [];
      const line = f.text.split('\n').findIndex((l) => /^koordinaten:/.test(l)) + 1;
      const place: Place = { id, name: data.name, breite, laenge, href: id };
      return [{ file: f.file, line, place, land: typeof data.land === 'string' ? data.land.trim().toUpperCase() : '' }];
    } catch {
      return []; // broken YAML is reported by the schema check
    }
  });
  const problems = new Map<string, Problem>();
  const attempt = (draw: () => unknown) => {
    try {
      draw();
    } catch (e) {
      if (!(e instanceof MapLabelError)) throw e;
      for (const id of e.ids.length ? e.ids : cities.map((c) => c.place.id)) {
        const c = cities.find((x) => x.place.id === id);
        if (!c) continue;
        const message = `${e.problem} ${MAP_ADVICE}`;
        problems.set(`${c.file}|${message}`, {
          file: c.file, ...(c.line ? { line: c.line } : {}), field: 'Koordinaten', key: 'koordinaten', severity: 'fehler', message,
        });
      }
    }
  };
  const places = cities.map((c) => c.place);
  attempt(() => europeMap(places));
  attempt(() => europeMap(places, true));
  attempt(() => globeMap(places));
  for (const c of cities) attempt(() => locatorMap(c.place, c.land));
  return [...problems.values()];
}
