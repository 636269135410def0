/**
 * The partner cities' facts as open data: JSON, CSV (for German spreadsheets:
 * UTF-8 with BOM, semicolons, decimal commas, CRLF) and GeoJSON (Points in
 * [longitude, latitude] order). Every fact of the fact box carries its Stand.
 */
import type { DateValue } from '../schemas/common.ts';
import { DATA_LICENSE } from '../config/open-data.ts';
import { dateKey } from './chronicle.ts';
import type { EventTime } from './event-time.ts';

/** What the data files need of a city's frontmatter. */
export interface DataCity {
  id: string;
  name: string;
  eigenname?: { name: string; sprache: string } | undefined;
  land: { code: string; name: string };
  kontinent: string;
  lage: string[];
  einwohner: { zahl: number; ca: boolean; zusatz?: string | undefined; text: string; stand?: DateValue | undefined };
  entfernungKm: number;
  buergermeister: { name: string; amt: string; stand?: DateValue | undefined };
  partnerschaftSeit: DateValue;
  website: string;
  koordinaten: { breite: number; laenge: number };
  stand: DateValue;
}

/** A fact with the date it was true ("2019-09"). */
interface Fact<T> {
  wert: T;
  stand: string;
}

export interface DataRecord {
  id: string;
  name: string;
  eigenname: { name: string; sprache: string } | null;
  url: string;
  land: Fact<{ code: string; name: string }>;
  kontinent: string;
  lage: Fact<string[]>;
  einwohner: Fact<{ zahl: number; ca: boolean; zusatz: string | null; text: string }>;
  entfernungKm: Fact<number>;
  buergermeister: Fact<{ name: string; amt: string }>;
  partnerschaftSeit: Fact<{ datum: string; genauigkeit: string; text: string }>;
  website: string;
  koordinaten: { breite: number; laenge: number };
}

export interface DataSet {
  titel: string;
  herausgeber: string;
  lizenz: { name: string; url: string };
  /** The newest Stand of any fact. */
  stand: string;
  quelle: string;
  staedte: DataRecord[];
}

/** The Stand of one fact: its own where the frontmatter gives one (einwohner, buergermeister), else the page's. */
function standOf(c: DataCity, fact: 'land' | 'lage' | 'einwohner' | 'entfernungKm' | 'buergermeister' | 'partnerschaftSeit'): string {
  const own = fact === 'einwohner' ? c.einwohner.stand : fact === 'buergermeister' ? c.buergermeister.stand : undefined;
  return (own ?? c.stand).iso;
}

export function dataRecords(cities: DataCity[], pageUrl: (id: string) => string): DataRecord[] {
  return cities.map((c) => ({
    id: c.id,
    name: c.name,
    eigenname: c.eigenname ? { name: c.eigenname.name, sprache: c.eigenname.sprache } : null,
    url: pageUrl(c.id),
    land: { wert: { code: c.land.code, name: c.land.name }, stand: standOf(c, 'land') },
    kontinent: c.kontinent,
    lage: { wert: c.lage, stand: standOf(c, 'lage') },
    einwohner: {
      wert: { zahl: c.einwohner.zahl, ca: c.einwohner.ca, zusatz: c.einwohner.zusatz ?? null, text: c.einwohner.text },
      stand: standOf(c, 'einwohner'),
    },
    entfernungKm: { wert: c.entfernungKm, stand: standOf(c, 'entfernungKm') },
    buergermeister: { wert: { name: c.buergermeister.name, amt: c.buergermeister.amt }, stand: standOf(c, 'buergermeister') },
    partnerschaftSeit: {
      wert: { datum: c.partnerschaftSeit.iso, genauigkeit: PRECISION[c.partnerschaftSeit.precision], text: c.partnerschaftSeit.long },
      stand: standOf(c, 'partnerschaftSeit'),
    },
    website: c.website,
    koordinaten: { breite: c.koordinaten.breite, laenge: c.koordinaten.laenge },
  }));
}

const PRECISION = { day: 'Tag', month: 'Monat', season: 'Jahreszeit', year: 'Jahr' } as const;

export function dataSet(cities: DataCity[], pageUrl: (id: string) => string, meta: { titel: string; herausgeber: string; quelle: string }): DataSet {
  const stands = cities.flatMap((c) => [c.stand, c.einwohner.stand, c.buergermeister.stand]).filter((d): d is DateValue => d !== undefined);
  const newest = stands.sort((a, b) => dateKey(b) - dateKey(a))[0];
  return {
    ...meta,
    lizenz: { name: DATA_LICENSE.name, url: DATA_LICENSE.url },
    stand: newest?.iso ?? '',
    staedte: dataRecords(cities, pageUrl),
  };
}

export function toJson(set: DataSet): string {
  return `${JSON.stringify(set, null, 2)}\n`;
}

/** The CSV columns: header name and how to read it from a record. */
export const CSV_COLUMNS: [string, (r: DataRecord) => string | number | boolean | null][] = [
  ['id', (r) => r.id],
  ['name', (r) => r.name],
  ['eigenname', (r) => r.eigenname?.name ?? null],
  ['eigenname_sprache', (r) => r.eigenname?.sprache ?? null],
  ['land_code', (r) => r.land.wert.code],
  ['land', (r) => r.land.wert.name],
  ['land_stand', (r) => r.land.stand],
  ['kontinent', (r) => r.kontinent],
  ['lage', (r) => r.lage.wert.join(', ')],
  ['lage_stand', (r) => r.lage.stand],
  ['einwohner', (r) => r.einwohner.wert.zahl],
  ['einwohner_ca', (r) => r.einwohner.wert.ca],
  ['einwohner_zusatz', (r) => r.einwohner.wert.zusatz],
  ['einwohner_stand', (r) => r.einwohner.stand],
  ['entfernung_km', (r) => r.entfernungKm.wert],
  ['entfernung_stand', (r) => r.entfernungKm.stand],
  ['buergermeister', (r) => r.buergermeister.wert.name],
  ['buergermeister_amt', (r) => r.buergermeister.wert.amt],
  ['buergermeister_stand', (r) => r.buergermeister.stand],
  ['partnerschaft_seit', (r) => r.partnerschaftSeit.wert.text],
  ['partnerschaft_seit_iso', (r) => r.partnerschaftSeit.wert.datum],
  ['partnerschaft_seit_genauigkeit', (r) => r.partnerschaftSeit.wert.genauigkeit],
  ['breite', (r) => r.koordinaten.breite],
  ['laenge', (r) => r.koordinaten.laenge],
  ['website', (r) => r.website],
  ['url', (r) => r.url],
];

const decimal = new Intl.NumberFormat('de-DE', { useGrouping: false, maximumFractionDigits: 6 });

/**
 * Text that a spreadsheet would read as a formula (CSV injection): a cell
 * starting with =, +, -, @, tab or carriage return. Neutralised as OWASP
 * describes: a single quote in front, and the cell quoted. Only for text:
 * numbers (a negative longitude) are written by the site itself.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: numbers with a decimal comma, ja/nein, quoted when needed; text never starts a formula. */
export function csvCell(v: string | number | boolean | null): string {
  let s = v === null ? '' : typeof v === 'boolean' ? (v ? 'ja' : 'nein') : typeof v === 'number' ? decimal.format(v) : v;
  const formula = typeof v === 'string' && FORMULA_START.test(s);
  if (formula) s = `'${s}`;
  return formula || /[";\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** For German spreadsheets: BOM (so UTF-8 is recognised), semicolons, CRLF. */
export function toCsv(set: DataSet): string {
  const rows = [CSV_COLUMNS.map(([h]) => h), ...set.staedte.map((r) => CSV_COLUMNS.map(([, get]) => csvCell(get(r))))];
  return `\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
}

/** A FeatureCollection of Points, [longitude, latitude] as GeoJSON (RFC 7946) wants. */
export function toGeoJson(set: DataSet): string {
  const { staedte, ...meta } = set;
  return `${JSON.stringify(
    {
      type: 'FeatureCollection',
      metadata: meta,
      features: staedte.map(({ koordinaten, ...properties }) => ({
        type: 'Feature',
        id: properties.id,
        geometry: { type: 'Point', coordinates: [koordinaten.laenge, koordinaten.breite] },
        properties,
      })),
    },
    null,
    2,
  )}\n`;
}

/** What the event data files need of an event (content/termine). */
export interface DataEvent {
  id: string;
  titel: string;
  beschreibung: string;
  zeit: EventTime;
  ort: string;
  staedte: { id: string }[];
  link?: string | undefined;
  abgesagt: boolean;
}

export interface EventRecord {
  id: string;
  titel: string;
  beschreibung: string;
  /** As written: "2027-09-12" or "2027-09-12T18:00", the time in Düren */
  beginn: string;
  ende: string | null;
  ganztaegig: boolean;
  zeitzone: 'Europe/Berlin';
  /** Timed events: the instants in UTC ("2027-09-12T16:00:00Z"); null for whole days */
  beginn_utc: string | null;
  ende_utc: string | null;
  ort: string;
  staedte: string[];
  abgesagt: boolean;
  url: string;
  link: string | null;
}

const wallText = (w: { date: string; time?: string | undefined }) => (w.time ? `${w.date}T${w.time}` : w.date);
const utcText = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString().replace('.000Z', 'Z'));

/** The events as records, in the order given (the build gives them by date). */
export function eventRecords(events: DataEvent[], pageUrl: (id: string) => string): EventRecord[] {
  return events.map((e) => ({
    id: e.id,
    titel: e.titel,
    beschreibung: e.beschreibung,
    beginn: wallText(e.zeit.beginn),
    ende: e.zeit.ende ? wallText(e.zeit.ende) : null,
    ganztaegig: e.zeit.ganztaegig,
    zeitzone: 'Europe/Berlin',
    beginn_utc: utcText(e.zeit.startUtc),
    ende_utc: utcText(e.zeit.endUtc),
    ort: e.ort,
    staedte: e.staedte.map((s) => s.id),
    abgesagt: e.abgesagt,
    url: pageUrl(e.id),
    link: e.link ?? null,
  }));
}

export interface EventDataSet {
  titel: string;
  herausgeber: string;
  lizenz: { name: string; url: string };
  quelle: string;
  termine: EventRecord[];
}

export function eventDataSet(events: DataEvent[], pageUrl: (id: string) => string, meta: { titel: string; herausgeber: string; quelle: string }): EventDataSet {
  return { ...meta, lizenz: { name: DATA_LICENSE.name, url: DATA_LICENSE.url }, termine: eventRecords(events, pageUrl) };
}

/** The events' CSV columns, as for the cities. */
export const EVENT_CSV_COLUMNS: [string, (r: EventRecord) => string | number | boolean | null][] = [
  ['id', (r) => r.id],
  ['titel', (r) => r.titel],
  ['beschreibung', (r) => r.beschreibung],
  ['beginn', (r) => r.beginn],
  ['ende', (r) => r.ende],
  ['ganztaegig', (r) => r.ganztaegig],
  ['zeitzone', (r) => r.zeitzone],
  ['beginn_utc', (r) => r.beginn_utc],
  ['ende_utc', (r) => r.ende_utc],
  ['ort', (r) => r.ort],
  ['staedte', (r) => r.staedte.join(', ')],
  ['abgesagt', (r) => r.abgesagt],
  ['url', (r) => r.url],
  ['link', (r) => r.link],
];

/** The events as CSV, in the cities' CSV format (BOM, semicolons, CRLF, the same cells). */
export function toEventCsv(set: EventDataSet): string {
  const rows = [EVENT_CSV_COLUMNS.map(([h]) => h), ...set.termine.map((r) => EVENT_CSV_COLUMNS.map(([, get]) => csvCell(get(r))))];
  return `\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
}

export function toEventJson(set: EventDataSet): string {
  return `${JSON.stringify(set, null, 2)}\n`;
}
