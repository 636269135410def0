/**
 * Reading and writing a content file (YAML frontmatter + MDX body) for the
 * browser editor so that saving changes only the lines of the fields that were
 * changed: the file's own YAML document is edited in place, so quoting, order,
 * long lines and the body stay exactly as the editor or a colleague wrote them.
 * Browser-safe: no Node imports.
 */
import { Document, Scalar, isMap, isScalar, isSeq, parseDocument } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

export type EntryData = Record<string, unknown> & { body?: string };

export interface EntryFile {
  /** The frontmatter fields plus `body` */
  data: EntryData;
  /** The YAML text between the two `---` lines */
  yaml: string;
  /** Everything after the closing `---` line */
  rest: string;
}

/** The body as the form shows it: the text after the frontmatter, without the blank line that follows it. */
function bodyOf(rest: string): string {
  return rest.replace(/^\r?\n/, '');
}

export function readEntryFile(text: string): EntryFile {
  const m = FRONTMATTER.exec(text);
  if (!m) return { data: { body: text }, yaml: '', rest: text };
  const yaml = m[1] ?? '';
  const rest = text.slice(m[0].length);
  const parsed = parseDocument(yaml).toJS() as Record<string, unknown> | null;
  return { data: { ...(parsed ?? {}), body: bodyOf(rest) }, yaml, rest };
}

/**
 * What the form sends, as the file should hold it: empty values ('' / null /
 * [] / objects of only empty values) are left out, like Sveltia's
 * `omit_empty_optional_fields`, and so are the editor's own bookkeeping keys.
 */
/** Keys the editor keeps for itself in list items (`__sc_item_id`); never part of a file. */
const INTERNAL = /^__sc_/;

export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .filter(([k]) => !INTERNAL.test(k))
      .map(([k, v]) => [k, withoutEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

/** Same value, whatever the order of the keys. */
function equal(a: unknown, b: unknown): boolean {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object' && !(v instanceof Date)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)).map(([k, x]) => [k, sorted(x)]))
        : v;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

/** Strings a YAML 1.1 reader (Astro's) would take for a date, number or yes/no get double quotes. */
const LOOKS_TYPED = /^(?:[-+]?\d[\d_.:eE+-]*|\d{4}-\d\d(?:-\d\d)?(?:[Tt ].*)?|y|n|yes|no|on|off|true|false|null|~|[-+]?\.inf|\.nan)$/i;

function node(doc: Document, value: unknown) {
  const created = doc.createNode(value);
  const quote = (n: unknown): void => {
    if (isScalar(n) && typeof n.value === 'string' && (LOOKS_TYPED.test(n.value) || n.value.startsWith('+'))) n.type = 'QUOTE_DOUBLE';
    else if (isMap(n)) n.items.forEach((pair) => quote(pair.value));
    else if (isSeq(n)) n.items.forEach(quote);
  };
  quote(created);
  return created;
}

/** A changed value written over its old text: [start, end) in the YAML text. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * The new value in the old scalar's place, on its line, when that can be done
 * without touching anything else (one line in, one line out): the comment
 * after it, the alignment and the other lines stay as they were.
 */
function splice(existing: Scalar, after: string | number | boolean, yaml: string, inFlow: boolean): Splice | undefined {
  const [start, end] = existing.range ?? [];
  if (start === undefined || end === undefined || yaml.slice(start, end).includes('\n')) return undefined;
  const scalar = new Scalar(after);
  if (typeof after === 'string') {
    const type = existing.type === 'PLAIN' && (LOOKS_TYPED.test(after) || after.startsWith('+')) ? 'QUOTE_DOUBLE' : existing.type;
    if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') return undefined;
    if (type) scalar.type = type;
  }
  const text = new Document(scalar).toString({ lineWidth: 0 }).replace(/\n$/, '');
  // Plain text that would need other quoting inside a flow list ([a, b]) or spans lines: write the whole document.
  if (text.includes('\n') || (inFlow && !/^["']/.test(text) && /[,[\]{}]/.test(text))) return undefined;
  return { start, end, text };
}

/**
 * Applies the differences between `before` and `after` to the document at
 * `path`. Scalars changed in place are collected in `splices` (written into
 * the old text); anything else changes the document (`changed.structure`).
 */
function patch(
  doc: Document,
  path: (string | number)[],
  before: unknown,
  after: unknown,
  splices: Splice[] = [],
  changed = { structure: false },
  yaml = '',
): void {
  if (equal(before, after)) return;
  const bothMaps = (x: unknown) => x && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Date);
  if (bothMaps(before) && bothMaps(after)) {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    for (const key of Object.keys(b)) {
      if (!(key in a)) {
        doc.deleteIn([...path, key]);
        changed.structure = true;
      }
    }
    for (const [key, value] of Object.entries(a)) {
      // A switch left off is the default; do not add it to a file that never had it.
      if (!(key in b) && value === false) continue;
      if (key in b) patch(doc, [...path, key], b[key], value, splices, changed, yaml);
      else {
        doc.setIn([...path, key], node(doc, value));
        changed.structure = true;
      }
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((value, i) => patch(doc, [...path, i], before[i], value, splices, changed, yaml));
    return;
  }
  if (path.length === 0) return;
  const existing = doc.getIn(path, true);
  if (isScalar(existing) && ['string', 'number', 'boolean'].includes(typeof after)) {
    const parent = doc.getIn(path.slice(0, -1), true);
    const inFlow = (isMap(parent) || isSeq(parent)) && Boolean(parent.flow);
    const cut = splice(existing, after as string | number | boolean, yaml, inFlow);
    if (cut) splices.push(cut);
    else changed.structure = true;
    // Keep the scalar's quoting; text that would read as a date or number gets quotes.
    existing.value = after;
    if (typeof after === 'string' && existing.type === 'PLAIN' && (LOOKS_TYPED.test(after) || after.startsWith('+'))) existing.type = 'QUOTE_DOUBLE';
    return;
  }
  doc.setIn(path, node(doc, after));
  changed.structure = true;
}

/** The YAML text with the splices applied, last first so the earlier offsets stay valid. */
function applySplices(yaml: string, splices: Splice[]): string {
  return [...splices].sort((a, b) => b.start - a.start).reduce((text, s) => text.slice(0, s.start) + s.text + text.slice(s.end), yaml);
}

/**
 * The file text for the form's values. With the file as it was (`original`),
 * only the changed fields' lines change; without it (a new entry) the
 * frontmatter is written fresh, dates and numbers-as-text in double quotes.
 */
export function writeEntryFile(values: EntryData, original?: string): string {
  const { body = '', ...fields } = values;
  const clean = (withoutEmpty(fields) ?? {}) as Record<string, unknown>;
  if (original !== undefined) {
    const old = readEntryFile(original);
    const { body: oldBody = '', ...oldFields } = old.data;
    const doc = parseDocument(old.yaml);
    const splices: Splice[] = [];
    const changed = { structure: false };
    patch(doc, [], oldFields, clean, splices, changed, old.yaml);
    // Values changed in place are written into the old text; only a new or removed field rewrites the document.
    const yaml = equal(oldFields, clean)
      ? old.yaml
      : changed.structure
        ? doc.toString({ lineWidth: 0 }).replace(/\n$/, '')
        : applySplices(old.yaml, splices);
    const rest = body === oldBody ? old.rest : `${/^\r?\n/.test(old.rest) ? '\n' : ''}${body}`;
    return `---\n${yaml}\n---\n${rest}`;
  }
  const doc = parseDocument('{}');
  doc.contents = node(doc, clean) as never;
  return `---\n${doc.toString({ lineWidth: 0 }).replace(/\n$/, '')}\n---\n\n${body.replace(/\n*$/, '\n')}`;
}

/**
 * Among files read before, the one these values were most likely edited from:
 * the most top-level fields (and the body) unchanged, at least half of them.
 */
export function closestOriginal(values: EntryData, originals: Iterable<string>): string | undefined {
  let best: { text: string; score: number } | undefined;
  const keys = Object.keys(values);
  for (const text of originals) {
    const { data } = readEntryFile(text);
    const score = keys.filter((k) => equal(withoutEmpty(data[k]), withoutEmpty(values[k]))).length;
    if (score * 2 >= keys.length && (!best || score > best.score)) best = { text, score };
  }
  return best?.text;
}
