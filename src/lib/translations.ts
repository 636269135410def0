/**
 * Which German version a translation was made from, and whether the German
 * text changed since. Browser-safe (no Node imports): the content check, the
 * build, the command `npm run uebersetzung` and the browser editor use it alike.
 *
 * A translation file records, in `uebersetzung.vorlage`, a short checksum of
 * each German text field it translates (`TRANSLATABLE` in
 * src/schemas/translation.ts; "text" is the body). When a German field
 * changes, its checksum no longer matches: the translation is out of date for
 * that field until someone updates it and runs the command again.
 */
import { TRANSLATABLE, type TranslatableCollection } from '../schemas/translation.ts';
import { isLang, PORTRAIT_LANGS, SITE_LANGS, type Lang } from '../i18n/languages.ts';
import { readEntryFile } from './entry-file.ts';

/** FNV-1a, 32 bit, as 8 hex digits: short enough to stay readable in YAML, and the same in Node and browsers. */
export function checksum(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A value as the checksum sees it: dates as YYYY-MM-DD, the body without trailing blanks and with \n line ends. */
function normalize(value: unknown): string {
  if (typeof value === 'string') {
    return value.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()).join('\n').trim();
  }
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));
}

function at(data: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}

/** What of a list a translation depends on: the texts (and the dates that place them), not the facts beside them. */
const LIST_PARTS: Record<string, string[]> = {
  meilensteine: ['datum', 'jahreszeit', 'text'],
  bilder: ['alt', 'bildunterschrift'],
  bild: ['alt', 'bildunterschrift'],
  begegnungen: ['name', 'ort', 'wann'],
};

function textOf(field: string, value: unknown): unknown {
  const parts = LIST_PARTS[field];
  if (!parts) return value;
  const pick = (item: unknown) =>
    item && typeof item === 'object' ? Object.fromEntries(parts.map((p) => [p, (item as Record<string, unknown>)[p]]).filter(([, v]) => v !== undefined)) : item;
  return Array.isArray(value) ? value.map(pick) : pick(value);
}

/**
 * Checksums of the German entry's translatable fields that have a value, by field
 * ("text" is the body): `{ beschreibung: '1a2b3c4d', text: '…' }`.
 */
export function germanChecksums(collection: TranslatableCollection, frontmatter: Record<string, unknown>, body: string): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const field of TRANSLATABLE[collection]) {
    const value = field === 'text' ? body : at(frontmatter, field);
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    sums[field] = checksum(normalize(textOf(field, value)));
  }
  return sums;
}

/** The German fields a translation covers: those it has a value for, and always the body. */
export function coveredFields(collection: TranslatableCollection, translation: Record<string, unknown>): string[] {
  return TRANSLATABLE[collection].filter((f) => f === 'text' || at(translation, f) !== undefined);
}

/** The checksums to record in a translation (`uebersetzung.vorlage`): those of the German fields it covers. */
export function checksumsToRecord(
  collection: TranslatableCollection,
  german: { frontmatter: Record<string, unknown>; body: string },
  translation: Record<string, unknown>,
): Record<string, string> {
  const all = germanChecksums(collection, german.frontmatter, german.body);
  return Object.fromEntries(coveredFields(collection, translation).filter((f) => all[f]).map((f) => [f, all[f]!]));
}

export interface Staleness {
  /** German fields changed since the translation was made from them. */
  changed: string[];
  /** German fields with text the translation does not have (English only: a portrait is short on purpose). */
  missing: string[];
}

/** How far a translation is behind its German entry; both lists empty: up to date. */
export function staleness(
  collection: TranslatableCollection,
  lang: Lang,
  recorded: Record<string, string>,
  german: { frontmatter: Record<string, unknown>; body: string },
): Staleness {
  return stalenessAgainst(lang, recorded, germanChecksums(collection, german.frontmatter, german.body));
}

/**
 * The same, from the German entry's checksums as they are now (`germanChecksums`): the content
 * check and the browser editor keep only those of the German files, not the files themselves.
 */
export function stalenessAgainst(lang: Lang, recorded: Record<string, string>, now: Record<string, string>): Staleness {
  const changed = Object.keys(recorded).filter((f) => now[f] !== recorded[f]);
  const missing = (SITE_LANGS as readonly string[]).includes(lang) ? Object.keys(now).filter((f) => !(f in recorded)) : [];
  return { changed, missing };
}

/** The checksums a translation file records (`uebersetzung.vorlage`), or none when it has no valid record. */
export function recordedChecksums(frontmatter: Record<string, unknown> | undefined): Record<string, string> {
  const vorlage = (frontmatter?.uebersetzung as { vorlage?: unknown } | undefined)?.vorlage;
  if (!vorlage || typeof vorlage !== 'object' || Array.isArray(vorlage)) return {};
  return Object.fromEntries(Object.entries(vorlage).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** A content file's text as the checksums read it: its frontmatter and its body. */
export function readVersion(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const { data } = readEntryFile(text);
  const { body = '', ...frontmatter } = data;
  return { frontmatter, body };
}

/**
 * A translation's state from the texts of both files: when it was made (`uebersetzung.datum`,
 * "YYYY-MM-DD", undefined without a record) and how far it is behind. `npm run uebersetzung` and
 * src/lib/translation-status.ts (the pages) ask this; the content check the same `stalenessAgainst`.
 */
export function translationStatus(
  file: string,
  translationText: string,
  germanText: string,
): Staleness & { datum: string | undefined } {
  const t = translationFile(file);
  if (!t) throw new Error(`${file} is not a translation file`);
  const own = readVersion(translationText).frontmatter;
  const raw = (own.uebersetzung as { datum?: unknown } | undefined)?.datum;
  const datum = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw : undefined;
  return { datum, ...staleness(t.collection, t.lang, recordedChecksums(own), readVersion(germanText)) };
}

/**
 * Where a translation lives and what it translates: "content/staedte/en/stryj.mdx" →
 * { collection: 'staedte', lang: 'en', id: 'stryj', german: 'content/staedte/stryj.mdx' }. Else undefined.
 */
export function translationFile(
  file: string,
): { collection: TranslatableCollection; lang: Lang; id: string; german: string } | undefined {
  const rel = file.replace(/\\/g, '/').replace(/^\.?\/?/, '');
  const start = /^content\/([a-z]{2})\/startseite\.mdx$/.exec(rel);
  if (start && isLang(start[1]!) && start[1] !== 'de') {
    return { collection: 'startseite', lang: start[1] as Lang, id: 'startseite', german: 'content/startseite.mdx' };
  }
  const m = /^content\/(staedte|seiten|aktuelles|termine)\/([a-z]{2})\/([^/]+)\.mdx$/.exec(rel);
  if (!m || !isLang(m[2]!) || m[2] === 'de') return undefined;
  return { collection: m[1] as TranslatableCollection, lang: m[2] as Lang, id: m[3]!, german: `content/${m[1]}/${m[3]}.mdx` };
}

/** The languages a collection's entries may be translated into: cities into every language, the rest into English. */
export function languagesFor(collection: TranslatableCollection): readonly Lang[] {
  return collection === 'staedte' ? ['en', ...PORTRAIT_LANGS] : ['en'];
}
