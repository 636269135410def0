/**
 * The maps as part of the content check (node only: the atlas is read from disk).
 * Every map the site draws is drawn once from the cities' coordinates; a map that
 * would need overlapping points or labels becomes a problem on the `koordinaten`
 * line of the cities concerned, in the same German report as every other check.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { europeMap, globeMap, locatorMap, MapLabelError, MAP_ADVICE, type Place } from '../map.ts';
import type { Problem } from './index.ts';

/**
 * Drawing a map costs tens of milliseconds (a locator per city on 1:50m data), so
 * each map's outcome is kept between runs under a hash of its input and of the
 * drawing code: a rebuild with unchanged coordinates draws no map in the check.
 * `MAP_CHECK_CACHE_DIR=off` turns it off.
 */
const CACHE_DIR = process.env.MAP_CHECK_CACHE_DIR ?? path.resolve('node_modules/.cache/partnerstaedte-maps');
const DRAWING_FILES = ['src/lib/map.ts', 'src/lib/geo.ts', 'package-lock.json'];
let drawingHash: string | null | undefined;

function fingerprint(): string | null {
  if (drawingHash === undefined) {
    try {
      const hash = createHash('sha256');
      for (const file of DRAWING_FILES) hash.update(file).update(readFileSync(path.resolve(file)));
      drawingHash = hash.digest('hex');
    } catch {
      drawingHash = null; // not in the project folder: draw every time
    }
  }
  return drawingHash;
}

type Outcome = { ok: true } | { ok: false; problem: string; ids: string[] };

/** The outcome of drawing one map, from the cache when its input and the drawing code are unchanged. */
function outcome(input: unknown, draw: () => unknown): Outcome {
  const code = CACHE_DIR === 'off' ? null : fingerprint();
  const file = code ? path.join(CACHE_DIR, `${createHash('sha256').update(code).update(JSON.stringify(input)).digest('hex')}.json`) : undefined;
  if (file) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Outcome;
    } catch {
      // not drawn yet
    }
  }
  let result: Outcome = { ok: true };
  try {
    draw();
  } catch (e) {
    if (!(e instanceof MapLabelError)) throw e;
    result = { ok: false, problem: e.problem, ids: e.ids };
  }
  if (file) {
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      writeFileSync(file, JSON.stringify(result));
    } catch {
      // a read-only folder only costs time
    }
  }
  return result;
}

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
  const attempt = (input: unknown, draw: () => unknown) => {
    const e = outcome(input, draw);
    if (!e.ok) {
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
  attempt(['europe', places], () => europeMap(places));
  attempt(['europe-narrow', places], () => europeMap(places, true));
  attempt(['globe', places], () => globeMap(places));
  for (const c of cities) attempt(['locator', c.place, c.land], () => locatorMap(c.place, c.land));
  return [...problems.values()];
}
