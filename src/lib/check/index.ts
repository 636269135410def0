/**
 * The content check: one file's text in, problems in plain German out, each
 * with file, line, the field as an editor knows it and how to write it right.
 *
 * Browser-safe on purpose (no node:*, no astro:*): the build, the dev server,
 * `npm run pruefen`, the tests and the browser editor all call these functions.
 * It validates with the same schemas the build uses. The rules live beside it:
 * body.ts (the body as MDX reads it; components.ts, the allowed components),
 * text.ts (characters, lengths, share-image glyphs), site.ts (whole-site names),
 * translation.ts (where translations live and how they stand against their German file);
 * mdx-rules.ts asks body.ts again where Sätteri compiles.
 */
import { z } from 'astro/zod';
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { citySchema } from '../../schemas/city.ts';
import { newsSchema } from '../../schemas/news.ts';
import { pageSchema } from '../../schemas/page.ts';
import { startSchema } from '../../schemas/start.ts';
import { eventSchema } from '../../schemas/event.ts';
import { eventFileProblems } from './events.ts';
import { formatLong, isoHint, sortKey, type PartialDate } from '../dates.ts';
import { fieldLabel, keyPath } from './labels.ts';
import { RESERVED_PATHS } from '../inventory.ts';
import { distanceProblems } from './distance.ts';
import { sourceProblems } from './sources.ts';
import { checkBody } from './body.ts';
import { newsIdProblem } from './site.ts';
import { characterProblems, firstUndrawable, lengthMessage, lineEndProblem, missingGlyphMessage, LENGTH_LIMITS, SHARE_IMAGE_FIELDS } from './text.ts';
import { OG_GLYPH_RANGES } from './og-glyphs.ts';
import { germanVersion, languageFolderProblem, translationPlaceProblem, translationProblems, type GermanVersion } from './translation.ts';
import { translationFile } from '../translations.ts';
import { LANGUAGE, SITE_LANGS } from '../../i18n/languages.ts';
import {
  cityTranslationSchema,
  eventTranslationSchema,
  newsTranslationSchema,
  pageTranslationSchema,
  startTranslationSchema,
  type TranslatableCollection,
} from '../../schemas/translation.ts';

export interface Problem {
  /** Path from the project root: "content/staedte/stryj.mdx" */
  file: string;
  /** Line in the file, counted from 1 */
  line?: number;
  /** The field as an editor knows it: "2. Meilenstein, Datum" */
  field?: string;
  /** The raw key path: "meilensteine.1.datum" */
  key?: string;
  /** The value as written in the file */
  found?: string;
  /** German: what is wrong and how to write it right */
  message: string;
  /** The value as it should be written, when the check can tell ("59500", "2026-10"): the editor offers it as one click */
  suggestion?: string;
  severity: 'fehler' | 'warnung';
  /** What kind of warning, where a summary counts them instead of listing each (the build) */
  topic?: 'stale-translation';
}

export interface CheckContext {
  /** File names (without .mdx) of all partner cities, for references in news */
  cityIds?: string[];
  /** The other entries, for duplicate addresses and descriptions */
  others?: { file: string; path?: string; beschreibung?: string }[];
  /** "Today", for facts older than two years (default: now) */
  today?: Date;
  /** Every file under content/ that is not a text (photos), to check body images */
  assets?: readonly string[];
  /** Addresses of every page of the site ("stryj", "aktuelles/…"), for <Seitenlink ziel> */
  pages?: readonly string[];
  /** Every German file that can be translated, with what its translations are checked against (undefined: unreadable) */
  germans?: ReadonlyMap<string, GermanVersion | undefined>;
  /** When a German file last changed, as staff read it ("2026-12-05", "heute (noch nicht gespeichert)"); from git, on disk only */
  changedSince?: (germanFile: string) => string | undefined;
}


/** Facts older than this many years are listed as warnings. */
export const OUTDATED_YEARS = 2;

type Kind = 'stadt' | 'meldung' | 'seite' | 'start' | 'termin';

// The image path stands in for Astro's image(); `npm run pruefen` checks that the file exists.
const imageStandIn = () =>
  z
    .string({ error: 'Der Pfad zum Foto (datei) fehlt, z. B. ./bilder/rathaus.jpg.' })
    .regex(/^\.\.?\/[^\s]+\.(jpe?g|png|webp|avif)$/i, {
      error: (i) => `»${String(i.input)}« ist kein Pfad zu einem Foto. Schreiben Sie ihn relativ zur Textdatei, z. B. ./bilder/rathaus.jpg (JPEG, PNG, WebP oder AVIF).`,
    });

const SCHEMAS: Record<Kind, z.ZodType> = {
  stadt: citySchema({ image: imageStandIn } as never),
  meldung: newsSchema(z.string({ error: 'Eine Partnerstadt bitte mit ihrem Dateinamen angeben, z. B. jinhua.' }), imageStandIn as never),
  seite: pageSchema(),
  start: startSchema(),
  termin: eventSchema(z.string({ error: 'Eine Partnerstadt bitte mit ihrem Dateinamen angeben, z. B. jinhua.' }), imageStandIn as never),
};

/** The schema of a translation (content/staedte/en/stryj.mdx), by the collection it translates. */
const TRANSLATION_SCHEMAS: Record<TranslatableCollection, z.ZodType> = {
  staedte: cityTranslationSchema(),
  seiten: pageTranslationSchema(),
  aktuelles: newsTranslationSchema(),
  startseite: startTranslationSchema(),
  termine: eventTranslationSchema(),
};

/** The kind of the German file a collection holds: its body rules, lengths and share-image fields apply to translations too. */
const KIND_OF_COLLECTION: Record<TranslatableCollection, Kind> = {
  staedte: 'stadt',
  seiten: 'seite',
  aktuelles: 'meldung',
  startseite: 'start',
  termine: 'termin',
};

/** Which schema a file follows, and the address of its page. */
export function kindOf(file: string): { kind: Kind; id: string; path: string } | undefined {
  const m = /^content\/(staedte|aktuelles|seiten|termine)\/([^/]+)\.mdx$/.exec(file);
  if (m) {
    const id = m[2]!;
    if (m[1] === 'termine') return { kind: 'termin', id, path: `termine/${id}` };
    if (m[1] === 'staedte') return { kind: 'stadt', id, path: id };
    if (m[1] === 'aktuelles') return { kind: 'meldung', id, path: `aktuelles/${id}` };
    return { kind: 'seite', id, path: id };
  }
  if (file === 'content/startseite.mdx') return { kind: 'start', id: 'startseite', path: '' };
  return undefined;
}

/** Fields that hold whole numbers; YAML reads "12.000" there as 12. (The editor's form reads it too.) */
export const WHOLE_NUMBERS: Record<Kind, string[][]> = {
  stadt: [['einwohner', 'zahl'], ['entfernungKm']],
  meldung: [],
  seite: [],
  start: [],
  termin: [],
};

/** Fields that hold decimal numbers (degrees), written with a point: "50.8", not "50,8". */
export const DECIMAL_NUMBERS: Partial<Record<Kind, string[][]>> = {
  stadt: [['koordinaten', 'breite'], ['koordinaten', 'laenge']],
};

/** The dated facts of a city: key and name. */
const DATED_FACTS = [
  ['einwohner', 'Einwohnerzahl'],
  ['buergermeister', 'Bürgermeister'],
  ['kontakt', 'Ansprechperson'],
] as const;

interface Parsed {
  doc: Document;
  yaml: string;
  /** Lines before the YAML (the opening ---) */
  offset: number;
  lc: LineCounter;
  body: string;
  /** Line of the first body line */
  bodyLine: number;
}

/** Splits an MDX file into its frontmatter (parsed, with positions) and body. */
function split(text: string): Parsed | undefined {
  const src = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (!src.startsWith('---\n')) return undefined;
  const end = src.indexOf('\n---', 3);
  if (end < 0) return undefined;
  const yaml = src.slice(4, end + 1);
  const lc = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lc, prettyErrors: false });
  const afterFence = src.indexOf('\n', end + 4);
  const body = afterFence < 0 ? '' : src.slice(afterFence + 1);
  const bodyLine = src.slice(0, afterFence + 1).split('\n').length;
  return { doc, yaml, offset: 1, lc, body, bodyLine };
}

/** Line (in the file) of an offset in the YAML. */
const lineOf = (p: Parsed, offset: number) => p.lc.linePos(offset).line + p.offset;

/** Node at a path, or the nearest existing parent; with the key's line when the path ends at a map key. */
function locate(p: Parsed, path: readonly PropertyKey[]): { line: number; found?: string } {
  let node: unknown = p.doc.contents;
  let line = 1 + p.offset;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === seg);
      if (!pair) return { line };
      const key = pair.key as { range?: [number, number, number] };
      if (key.range) line = lineOf(p, key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      const r = (node as { range?: [number, number, number] } | undefined)?.range;
      if (r) line = lineOf(p, r[0]);
    } else {
      return { line };
    }
  }
  if (isScalar(node) && node.range) {
    return { line: lineOf(p, node.range[0]), found: p.yaml.slice(node.range[0], node.range[1]).trim() };
  }
  return { line };
}

/** The object keys a schema allows at a path (through optional, default, pipe, array). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const unwrap = (s: any): any => {
    for (let i = 0; i < 20 && s?._zod?.def; i++) {
      const def = s._zod.def;
      if (def.type === 'pipe') s = def.in;
      else if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(def.type)) s = def.innerType;
      else return s;
    }
    return s;
  };
  let s = unwrap(schema);
  for (const seg of path) {
    const def = s?._zod?.def;
    if (typeof seg === 'number' && def?.type === 'array') s = unwrap(def.element);
    else if (typeof seg === 'string' && def?.type === 'object') s = unwrap(def.shape[seg]);
    else return undefined;
  }
  return s?._zod?.def?.type === 'object' ? Object.keys(s._zod.def.shape) : undefined;
}

/** Edit distance, for "Meinten Sie …?". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** A fact written into a translation: it comes from the German file. */
function factMessage(label: string, german: string): string {
  return (
    `»${label}« ist eine Angabe der deutschen Seite (${german}) und gilt für jede Sprache; eine Übersetzung enthält nur Texte. ` +
    'Bitte diese Zeile hier löschen (und die Angabe, wenn nötig, auf der deutschen Seite ändern).'
  );
}

function unknownKeyMessage(key: string, where: readonly PropertyKey[], allowed: string[] | undefined): string {
  const place = where.length ? ` unter »${fieldLabel(where)}«` : '';
  const near = allowed?.filter((k) => distance(k, key) <= 2).sort((a, b) => distance(a, key) - distance(b, key))[0];
  return (
    `Ein Feld »${key}« gibt es${place} nicht.` +
    (near ? ` Meinten Sie »${near}«?` : '') +
    (allowed ? ` Erlaubt sind: ${allowed.join(', ')}.` : '')
  );
}

/**
 * A whole number written with a thousands dot, a decimal comma or words
 * around it, as the raw text shows it. `quoted`: the value is text in the file
 * (the editor writes what was typed), so the website would not read it at all.
 */
function wholeNumberProblem(raw: string, quoted = false): { message: string; suggestion?: string } | undefined {
  if (/^\d{1,3}(\.\d{3})+$/.test(raw)) {
    const n = raw.replace(/\./g, '');
    const reads = quoted ? '' : `; so liest die Website ${Number(raw)}`;
    return { message: `»${raw}« ist mit Tausenderpunkt geschrieben${reads}. Bitte ohne Punkte schreiben: ${n}. Die Punkte setzt die Website selbst.`, suggestion: n };
  }
  if (/^\d+(\.\d{3})*,\d+$/.test(raw)) {
    return { message: `»${raw}« hat ein Komma. Hier steht eine ganze Zahl ohne Punkte und Komma, z. B. 46200.` };
  }
  // "ca. 59 500", "59500 Einwohner": the digits are clear, the words belong elsewhere.
  const digits = /^(?:ca\.?\s*)?(\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d+)(?:\s*\p{L}+\.?)?$/iu.exec(raw);
  if (quoted && digits && !/^\d+$/.test(raw)) {
    const n = digits[1]!.replace(/\D/g, '');
    const ca = /^ca/i.test(raw) ? ' Für »ca.« gibt es ein eigenes Häkchen.' : '';
    return { message: `»${raw}« ist keine reine Zahl. Hier stehen nur Ziffern, ohne Punkte: ${n}.${ca}`, suggestion: n };
  }
  return undefined;
}

/** A decimal number written the German way, with a comma ("50,8"): the same number with a point, offered as the fix. */
function decimalCommaProblem(raw: string): { message: string; suggestion: string } | undefined {
  if (!/^[-−]?\d+,\d+$/.test(raw)) return undefined;
  const n = raw.replace(',', '.').replace('−', '-');
  return { message: `»${raw}« ist mit Komma geschrieben. Hier steht ein Punkt statt des Kommas: ${n}.`, suggestion: n };
}

/** Last keys of fields that hold a date or a Stand ("2026-10"). */
const DATE_KEYS = new Set(['datum', 'stand']);

const YAML_HINT =
  'Oft ist die Einrückung falsch (genau zwei Leerzeichen je Ebene, keine Tabulatoren), nach einem Feldnamen fehlt der Doppelpunkt, oder ein Text mit Doppelpunkt steht nicht in Anführungszeichen.';

/** The top-level field a frontmatter line belongs to ("kontakt" for a line under it), as the editor knows it. */
function fieldAtLine(lines: string[], line: number): string {
  for (let i = line - 1; i >= 1; i--) {
    const key = /^([A-Za-z][\w]*):/.exec(lines[i] ?? '')?.[1];
    if (key) return fieldLabel([key]);
  }
  return 'Kopfbereich';
}

/** Anchors, aliases (a YAML alias bomb) and type tags (!!js/function): nothing an editor writes, refused with the line. */
function yamlSpecials(p: Parsed): { line: number; field: string; message: string; found?: string }[] {
  const found: { line: number; field: string; message: string; found?: string }[] = [];
  const push = (f: { line: number; field: string; message: string; found?: string }) => {
    // One message per line and kind: `[*a, *a, *a]` is one mistake.
    if (!found.some((x) => x.line === f.line && x.message === f.message)) found.push(f);
  };
  visit(p.doc, (_key, node) => {
    if (found.length >= 5) return visit.BREAK;
    const n = node as { range?: [number, number, number]; anchor?: string; tag?: string; source?: string };
    const line = n.range ? lineOf(p, n.range[0]) : 1 + p.offset;
    if (isAlias(node)) {
      push({ line, field: 'Kopfbereich', found: `*${node.source}`, message: yamlMessage('ALIAS') });
      return visit.SKIP;
    }
    if (n.anchor) push({ line, field: 'Kopfbereich', found: `&${n.anchor}`, message: yamlMessage('ALIAS') });
    // The parser sets `tag` only where the file writes one (!!str, !!js/function, !eigen).
    if (n.tag) push({ line, field: 'Kopfbereich', found: n.tag.replace(/^tag:yaml\.org,2002:/, '!!'), message: yamlMessage('TAG') });
    return undefined;
  });
  for (const w of p.doc.warnings) {
    if (found.length === 0 && /tag/i.test(w.message)) found.push({ line: lineOf(p, w.pos[0]), field: 'Kopfbereich', message: yamlMessage('TAG') });
  }
  return found;
}

function yamlMessage(code: string): string {
  switch (code) {
    case 'ALIAS':
      return 'Verweise mit & und * sind im Kopfbereich nicht erlaubt. Bitte jede Angabe ausschreiben. (Steht ein & oder * am Anfang eines Textes, den Text in Anführungszeichen setzen.)';
    case 'TAG':
      return 'Ein Ausrufezeichen am Anfang einer Angabe (z. B. !!js/function) ist im Kopfbereich nicht erlaubt. Bitte weglassen; beginnt ein Text mit !, ihn in Anführungszeichen setzen.';
    case 'DUPLICATE_KEY':
      return 'Dieses Feld steht zweimal im Kopfbereich. Bitte eine der beiden Zeilen löschen.';
    case 'TAB_AS_INDENT':
      return 'Hier ist mit einem Tabulator eingerückt. Bitte zwei Leerzeichen je Ebene verwenden.';
    default:
      return `Der Kopfbereich lässt sich ab hier nicht lesen. ${YAML_HINT}`;
  }
}

/** The body as MDX reads it (./body.ts): code, markup, links and images, each with its line in the file. */
function bodyProblems(file: string, p: Parsed, kind: Kind, context: CheckContext): Problem[] {
  // News and events are rendered as plain Markdown (src/loaders/markdown-glob.ts): no components there.
  const { findings, pageLinks } = checkBody(p.body, kind === 'meldung' || kind === 'termin' ? 'markdown' : 'mdx', file, context.assets);
  const problems: Problem[] = findings.map((f) => ({
    file, line: p.bodyLine + f.line - 1, field: 'Text', ...(f.found ? { found: f.found } : {}), message: f.message, severity: 'fehler' as const,
  }));
  if (context.pages) {
    for (const link of pageLinks) {
      if (!context.pages.includes(link.ziel)) {
        problems.push({
          file, line: p.bodyLine + link.line - 1, field: 'Text', found: link.ziel, severity: 'fehler',
          message: `Eine Seite »${link.ziel}« gibt es auf dieser Website nicht. Bitte die Adresse einer Seite ohne Schrägstriche angeben, z. B. <Seitenlink ziel="leichte-sprache">…</Seitenlink>.`,
        });
      }
    }
  }
  return problems;
}

/** The last day a date at its precision covers ("2024-11" → 30 November 2024), for "older than two years". */
function endOf(d: PartialDate): Date {
  if (d.day) return new Date(Date.UTC(d.year, d.month! - 1, d.day));
  if (d.month) return new Date(Date.UTC(d.year, d.month, 0));
  if (d.season) {
    const [, month] = sortKey(d).split('-').map(Number);
    return new Date(Date.UTC(d.year, month! + 2, 0));
  }
  return new Date(Date.UTC(d.year, 11, 31));
}

/**
 * Checks one content file. `file` is its path from the project root
 * ("content/staedte/stryj.mdx"), `text` its full text.
 */
export function checkEntry(file: string, text: string, context: CheckContext = {}): Problem[] {
  // A translation follows its collection's translation schema and the German file's body rules.
  const translated = translationFile(file);
  const what = translated ? { kind: KIND_OF_COLLECTION[translated.collection], id: translated.id, path: '' } : kindOf(file);
  if (!what) {
    if (/^content\/(staedte|aktuelles|seiten|termine)\/[^/]+\.md$/.test(file)) {
      return [{ file, severity: 'fehler', message: 'Die Datei endet auf .md und wird nicht veröffentlicht. Bitte in .mdx umbenennen.' }];
    }
    const folder = languageFolderProblem(file);
    return folder ? [folder] : [];
  }
  if (translated) {
    const place = translationPlaceProblem(file, context.germans);
    if (place) return [place];
  }
  const problems: Problem[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(what.id)) {
    problems.push({
      file, severity: 'fehler', field: 'Dateiname', found: what.id,
      message: `Der Dateiname »${what.id}.mdx« ist zugleich die Adresse der Seite. Bitte nur Kleinbuchstaben, Ziffern und Bindestriche verwenden, ohne Umlaute (altmuenster.mdx, nicht Altmünster.mdx).`,
    });
  }
  const lineEnds = lineEndProblem(text);
  if (lineEnds) problems.push({ file, line: 1, severity: 'fehler', field: 'Datei', message: lineEnds });
  const characters = characterProblems(text.replace(/^\uFEFF/, ''));
  const p = split(text);
  const fenceLine = p ? p.bodyLine - 1 : 0;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const c of characters) {
    problems.push({ file, line: c.line, severity: 'fehler', field: c.line < fenceLine ? fieldAtLine(lines, c.line) : 'Text', message: c.message });
  }
  if (!p) {
    return [...problems, {
      file, line: 1, severity: 'fehler',
      message: 'Der Kopfbereich fehlt oder ist nicht geschlossen: Die Datei beginnt mit einer Zeile ---, dann folgen die Angaben, dann wieder eine Zeile ---.',
    }];
  }
  if (p.doc.errors.length > 0) {
    // The first error only: later ones are mostly its consequences. A character reported above on
    // that line is the reason (YAML refuses control characters): its message says more.
    const e = p.doc.errors[0]!;
    const line = lineOf(p, e.pos[0]);
    if (!characters.some((c) => c.line === line)) problems.push({ file, line, severity: 'fehler', field: 'Kopfbereich', message: yamlMessage(e.code) });
    // The body does not depend on the frontmatter: its problems are listed too.
    return [...problems, ...bodyProblems(file, p, what.kind, context)];
  }
  const special = yamlSpecials(p);
  if (special.length > 0) return [...problems, ...special.map((s) => ({ file, ...s, severity: 'fehler' as const })), ...bodyProblems(file, p, what.kind, context)];

  const schema = translated ? TRANSLATION_SCHEMAS[translated.collection] : SCHEMAS[what.kind];
  let data: any;
  try {
    data = p.doc.toJS({ maxAliasCount: 0 }) ?? {};
  } catch {
    return [...problems, { file, line: 1 + p.offset, severity: 'fehler', field: 'Kopfbereich', message: yamlMessage('ALIAS') }];
  }
  const raw = new Set<string>();
  // Numbers are facts: a translation has none (the schema refuses them as fields of the German page).
  for (const path of translated ? [] : WHOLE_NUMBERS[what.kind]) {
    const { line, found } = locate(p, path);
    const number = found !== undefined ? wholeNumberProblem(found.replace(/^["']|["']$/g, ''), /^["']/.test(found)) : undefined;
    if (number) {
      raw.add(keyPath(path));
      problems.push({ file, line, field: fieldLabel(path), key: keyPath(path), ...(found ? { found } : {}), ...number, severity: 'fehler' });
    }
  }
  for (const path of translated ? [] : (DECIMAL_NUMBERS[what.kind] ?? [])) {
    const { line, found } = locate(p, path);
    const decimal = found !== undefined ? decimalCommaProblem(found.replace(/^(["'])(.*)\1$/s, '$2').trim()) : undefined;
    if (decimal) {
      raw.add(keyPath(path));
      problems.push({ file, line, field: fieldLabel(path), key: keyPath(path), found: found!, ...decimal, severity: 'fehler' });
    }
  }

  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const allowed = keysAt(schema, issue.path);
        const german = translated ? keysAt(SCHEMAS[what.kind], issue.path.map((seg) => seg)) : undefined;
        for (const key of issue.keys) {
          const path = [...issue.path, key];
          problems.push({
            file, line: locate(p, path).line, field: fieldLabel(path), key: keyPath(path), found: key, severity: 'fehler',
            message: german?.includes(key) ? factMessage(fieldLabel(path), translated!.german) : unknownKeyMessage(key, issue.path, allowed),
          });
        }
        continue;
      }
      const key = keyPath(issue.path);
      if (raw.has(key)) continue;
      const { line, found } = locate(p, issue.path);
      // A date written the German way ("Oktober 2026"): its ISO form, offered as the fix.
      const last = issue.path.at(-1);
      const suggestion = found !== undefined && typeof last === 'string' && DATE_KEYS.has(last) ? isoHint(found.replace(/^(["'])(.*)\1$/s, '$2')) : undefined;
      problems.push({ file, line, field: fieldLabel(issue.path), key, ...(found !== undefined ? { found } : {}), message: issue.message, ...(suggestion ? { suggestion } : {}), severity: 'fehler' });
    }
  }
  const parsed = result.success ? (result.data as Record<string, any>) : undefined;
  for (const path of SHARE_IMAGE_FIELDS[what.kind]) {
    const value = path.reduce<any>((v, k) => (v && typeof v === 'object' ? v[k] : undefined), data);
    const char = typeof value === 'string' ? firstUndrawable(value.trim(), OG_GLYPH_RANGES) : undefined;
    // Control and bidi characters have their own message above.
    if (char && !characters.some((c) => c.line === locate(p, path).line)) {
      problems.push({ file, line: locate(p, path).line, field: fieldLabel(path), key: keyPath(path), severity: 'fehler', message: missingGlyphMessage(char, value.trim()) });
    }
  }
  for (const limit of LENGTH_LIMITS[what.kind]) {
    const value = limit.path.reduce<any>((v, k) => (v && typeof v === 'object' ? v[k] : undefined), data);
    const length = typeof value === 'string' ? [...value.trim()].length : 0;
    if (length > limit.max) {
      problems.push({
        file, line: locate(p, limit.path).line, field: fieldLabel(limit.path), key: keyPath(limit.path), severity: 'fehler',
        message: lengthMessage(length, limit),
      });
    }
  }

  if (translated) {
    const german = context.germans?.get(translated.german);
    if (german && result.success) {
      problems.push(...translationProblems(file, data, german, (path) => locate(p, path).line, () => context.changedSince?.(translated.german)));
    }
    return [...problems, ...bodyProblems(file, p, what.kind, context)];
  }

  if (what.kind === 'termin') problems.push(...eventFileProblems(file, what.id));
  // References and duplicates across files.
  if ((what.kind === 'meldung' || what.kind === 'termin') && context.cityIds && Array.isArray(data.staedte)) {
    (data.staedte as unknown[]).forEach((ref, i) => {
      if (typeof ref === 'string' && !context.cityIds!.includes(ref)) {
        const path = ['staedte', i];
        problems.push({
          file, line: locate(p, path).line, field: fieldLabel(path), key: keyPath(path), found: ref, severity: 'fehler',
          message: `Eine Partnerstadt »${ref}« gibt es nicht. Erlaubt sind die Dateinamen ohne .mdx: ${[...context.cityIds!].sort().join(', ')}.`,
        });
      }
    });
  }
  if (what.kind === 'meldung' && context.cityIds) {
    const problem = newsIdProblem(what.id, context.cityIds);
    if (problem) problems.push({ file, severity: 'fehler', field: 'Dateiname', found: what.id, message: problem });
  }
  if ((RESERVED_PATHS as readonly string[]).includes(what.path) && what.kind !== 'start') {
    problems.push({
      file, severity: 'fehler', field: 'Dateiname', found: what.id,
      message: `Die Adresse /partnerstaedte/${what.path}/ gehört schon zur Website selbst. Bitte die Datei anders benennen.`,
    });
  }
  for (const other of context.others ?? []) {
    if (other.file === file) continue;
    if (other.path !== undefined && other.path === what.path) {
      problems.push({
        file, severity: 'fehler', field: 'Dateiname', found: what.id,
        message: `Die Adresse /partnerstaedte/${what.path}/ hat auch ${other.file}. Zwei Seiten können nicht dieselbe Adresse haben: bitte eine der Dateien umbenennen.`,
      });
    }
    const own = typeof data.beschreibung === 'string' ? data.beschreibung.trim() : undefined;
    if (own && other.beschreibung?.trim() === own) {
      problems.push({
        file, line: locate(p, ['beschreibung']).line, field: fieldLabel(['beschreibung']), key: 'beschreibung', severity: 'fehler',
        message: `Dieselbe Beschreibung steht auch in ${other.file}. Jede Seite braucht ihre eigene Beschreibung, damit Suchmaschinen sie unterscheiden.`,
      });
    }
  }

  // Facts whose Stand is older than two years: warnings, so staff know what to check.
  if (what.kind === 'stadt' && parsed) {
    const today = context.today ?? new Date();
    const limit = new Date(Date.UTC(today.getUTCFullYear() - OUTDATED_YEARS, today.getUTCMonth(), today.getUTCDate()));
    for (const [key, name] of DATED_FACTS) {
      const stand = parsed[key].stand as PartialDate;
      if (endOf(stand) < limit) {
        const own = data[key] && typeof data[key] === 'object' && 'stand' in data[key];
        const path = own ? [key, 'stand'] : ['stand', 'datum'];
        problems.push({
          file, line: locate(p, path).line, field: `${name} (${parsed.name})`, key: keyPath(path), found: formatLong(stand), severity: 'warnung',
          message: `Stand ${formatLong(stand)}, älter als ${OUTDATED_YEARS} Jahre. Stimmt die Angabe noch? Dann unter ${key}: die Zeile stand: "${today.toISOString().slice(0, 7)}" eintragen; sonst die Angabe berichtigen.`,
        });
      }
    }
  }

  if (what.kind === 'stadt') problems.push(...distanceProblems(file, text));
  problems.push(...bodyProblems(file, p, what.kind, context));
  return problems;
}

/** The frontmatter as data, or undefined when it cannot be read (the file's own check says why). */
function frontmatter(text: string): any {
  try {
    const p = split(text);
    return p && p.doc.errors.length === 0 ? p.doc.toJS({ maxAliasCount: 0 }) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the whole-site rules need of every content file, published beside the editor at
 * build time (admin/inhalt.json, src/integrations/admin.ts): its address and description,
 * and the photo files, so a save is checked against the rest of the site.
 */
export interface SiteIndex {
  /** `vorlage`: for German files that can be translated, what their translations are checked against */
  entries: { file: string; path?: string; beschreibung?: string; vorlage?: GermanVersion }[];
  assets: string[];
}

export function siteIndex(files: { file: string; text: string }[], assets: readonly string[]): SiteIndex {
  return { entries: files.filter((f) => kindOf(f.file)).map((f) => describe(f.file, f.text)), assets: [...assets] };
}

/** Pages of the site that are not content files, which a <Seitenlink> may name (see src/lib/inventory.ts). */
const SITE_PAGES = ['aktuelles', 'suche', 'bildnachweise', 'chronik', 'begegnungen', 'daten'];

/**
 * English pages exist only once the English start page does (content/en/startseite.mdx): the
 * English site begins there. Translations into a site language without it are published
 * nowhere; each gets a warning that says what is missing.
 */
function unpublishedTranslations(files: { file: string }[]): Problem[] {
  const translations = files.map((f) => ({ file: f.file, t: translationFile(f.file) })).filter((x) => x.t && (SITE_LANGS as readonly string[]).includes(x.t.lang));
  const started = new Set(translations.filter((x) => x.t!.collection === 'startseite').map((x) => x.t!.lang));
  return translations
    .filter((x) => !started.has(x.t!.lang))
    .map((x) => ({
      file: x.file,
      severity: 'warnung' as const,
      message:
        `Diese Übersetzung (${LANGUAGE[x.t!.lang].german}) erscheint noch nirgends: Die Seiten auf ${LANGUAGE[x.t!.lang].german} gibt es erst, ` +
        `wenn auch die Startseite übersetzt ist (content/${x.t!.lang}/startseite.mdx). Bitte zuerst die Startseite übersetzen.`,
    }));
}

/** Paths and descriptions of every entry, for the checks across files; for the German files, what their translations need. */
function describe(file: string, text: string): SiteIndex['entries'][number] {
  const what = kindOf(file);
  const data = frontmatter(text);
  const beschreibung = typeof data?.beschreibung === 'string' ? data.beschreibung : undefined;
  const vorlage = germanOf(file, text, data);
  return { file, ...(what ? { path: what.path } : {}), ...(beschreibung ? { beschreibung } : {}), ...(vorlage ? { vorlage } : {}) };
}

/** The collections whose German files can be translated, by kind. */
const COLLECTION_OF_KIND = Object.fromEntries(Object.entries(KIND_OF_COLLECTION).map(([c, k]) => [k, c])) as Record<Kind, TranslatableCollection>;

/** A German file's version for its translations (./translation.ts), or undefined when it cannot be read. */
function germanOf(file: string, text: string, data = frontmatter(text)): GermanVersion | undefined {
  const what = kindOf(file);
  const p = what && data ? split(text) : undefined;
  return p ? germanVersion(COLLECTION_OF_KIND[what!.kind], data, p.body) : undefined;
}

/**
 * Checks all content files together: each file, plus references to cities,
 * duplicate addresses and duplicate descriptions. `assets` (optional) lists the
 * other files under content/ (photos), to check that every `bilder` file exists.
 */
export function checkContent(
  files: { file: string; text: string }[],
  today?: Date,
  assets?: readonly string[],
  site?: SiteIndex,
  options: { changedSince?: (germanFile: string) => string | undefined } = {},
): Problem[] {
  // With a site index (the editor), the files are checked against the rest of the site as built.
  const rest = site?.entries.filter((e) => !files.some((f) => f.file === e.file)) ?? [];
  if (assets === undefined && site?.assets.length) assets = site.assets;
  const cityIds = [...files.map((f) => f.file), ...rest.map((e) => e.file)].map((f) => kindOf(f)).filter((w) => w?.kind === 'stadt').map((w) => w!.id);
  const others = [...files.filter((f) => kindOf(f.file)).map((f) => describe(f.file, f.text)), ...rest];
  const pages = [...SITE_PAGES, ...others.flatMap((o) => (o.path ? [o.path] : []))];
  // The German files the translations are checked against: those given, then the site index's.
  const germans = new Map<string, GermanVersion | undefined>([
    ...rest.filter((e) => kindOf(e.file)).map((e) => [e.file, e.vorlage] as const),
    ...files.filter((f) => kindOf(f.file)).map((f) => [f.file, germanOf(f.file, f.text)] as const),
  ]);
  const { changedSince } = options;
  const problems = files.flatMap((f) => {
    try {
      return checkEntry(f.file, f.text, { cityIds, others, pages, germans, ...(changedSince ? { changedSince } : {}), ...(today ? { today } : {}), ...(assets ? { assets } : {}) });
    } catch (error) {
      // Fails closed, in German: a file the check cannot read is an error, never a stack trace.
      return [{ file: f.file, severity: 'fehler' as const, message: `Die Datei lässt sich nicht prüfen (${error instanceof Error ? error.message : String(error)}). Bitte die letzte Änderung prüfen oder an die Entwickler der Website weitergeben.` }];
    }
  });
  if (assets) {
    const have = new Set(assets);
    for (const ref of imageReferences(files)) {
      const { target, ...at } = ref;
      if (target === undefined) {
        problems.push({
          ...at, severity: 'fehler',
          message: `Der Pfad »${ref.found}« führt aus dem Inhaltsordner content/ hinaus. Fotos liegen neben den Texten, z. B. ./bilder/rathaus.jpg.`,
        });
      } else if (!have.has(target)) {
        problems.push({
          ...at, severity: 'fehler',
          message: `Das Foto ${target} gibt es nicht. Bitte die Datei dorthin legen oder den Pfad korrigieren (relativ zur Textdatei, z. B. ./bilder/rathaus.jpg; Groß- und Kleinschreibung zählt).`,
        });
      }
    }
  }
  problems.push(...sourceProblems(files));
  // The whole content tree (npm run pruefen, the build): translations a site language would never publish.
  if (!site) problems.push(...unpublishedTranslations(files));
  return problems;
}

/**
 * Every `bilder` entry of the cities and news items and every event's `bild`: where it is written and the file it names
 * ("content/staedte/stryj.mdx" + "./bilder/a.jpg" → "content/staedte/bilder/a.jpg"),
 * `target` undefined when the path leads out of content/.
 */
export function imageReferences(files: { file: string; text: string }[]): {
  file: string; line: number; field: string; key: string; found: string; target: string | undefined;
}[] {
  const refs: ReturnType<typeof imageReferences> = [];
  for (const f of files) {
    const kind = kindOf(f.file)?.kind;
    if (kind !== 'stadt' && kind !== 'meldung' && kind !== 'termin') continue;
    const p = split(f.text);
    const data = frontmatter(f.text);
    // A city's and a news item's photos (bilder: a list), an event's photo (bild: one).
    const photos: [unknown, (string | number)[]][] =
      kind !== 'termin'
        ? (Array.isArray(data?.bilder) ? data.bilder : []).map((b: unknown, i: number) => [b, ['bilder', i, 'datei']])
        : data?.bild ? [[data.bild, ['bild', 'datei']]] : [];
    for (const [b, path] of photos) {
      const datei = (b as { datei?: unknown } | null)?.datei;
      if (typeof datei !== 'string') continue;
      refs.push({ file: f.file, line: locate(p!, path).line, field: fieldLabel(path), key: keyPath(path), found: datei, target: resolve(f.file, datei) });
    }
  }
  return refs;
}

/** "content/staedte/stryj.mdx" + "./bilder/a.jpg" → "content/staedte/bilder/a.jpg"; undefined outside content/. */
function resolve(from: string, relative: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const seg of relative.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
    if (parts[0] !== 'content') return undefined;
  }
  return parts.join('/');
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The German report: problems grouped by file, errors first, then a summary line. */
export function formatReport(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'fehler');
  const warnings = problems.filter((p) => p.severity === 'warnung');
  if (problems.length === 0) return 'Inhalt geprüft: keine Fehler, keine Hinweise.';
  const lines: string[] = [];
  for (const [severity, list, title] of [
    ['fehler', errors, 'Fehler in'],
    ['warnung', warnings, 'Bitte prüfen in'],
  ] as const) {
    const byFile = new Map<string, Problem[]>();
    for (const p of list) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    for (const [file, ps] of byFile) {
      lines.push(`${severity === 'fehler' ? '✖' : '⚠'} ${title} ${file}`);
      for (const p of [...ps].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
        const where = [p.line ? `Zeile ${p.line}` : undefined, p.field].filter(Boolean).join(', ');
        // What the editor typed, unless the message already quotes it (with or without YAML's quotes).
        const bare = p.found?.replace(/^(["'])(.*)\1$/s, '$2');
        const found = p.found && !p.message.includes(p.found) && !p.message.includes(`»${bare}«`) ? ` (gefunden: »${p.found}«)` : '';
        lines.push(`  ${where ? `${where}: ` : ''}${p.message}${found}`);
      }
      lines.push('');
    }
  }
  lines.push(
    `Inhalt geprüft: ${count(errors.length, 'Fehler', 'Fehler')}, ${count(warnings.length, 'Hinweis', 'Hinweise')}.` +
      (errors.length ? ' Fehler verhindern die Veröffentlichung; bitte in der genannten Zeile korrigieren.' : ''),
  );
  return lines.join('\n');
}
