/**
 * Translations in the browser editor (Sveltia's i18n, configured by
 * src/lib/cms-config.ts): a translation is edited beside its German entry and
 * holds only the fields the configuration marks `i18n` (TRANSLATABLE in
 * src/schemas/translation.ts); the facts are the German entry's.
 *
 * - At save time (`stampTranslation`) a translation is cut to its translatable
 *   fields, so no fact is ever written into it, and gets its `uebersetzung`
 *   block as `npm run uebersetzung` writes it: the checksums of the German
 *   fields it was made from. A field is stamped anew when its translation was
 *   changed in this session (or the whole translation was marked as checked);
 *   an untouched field keeps its old checksum, so a German change made in the
 *   same save still shows as one.
 * - At the top of a translation (`uebersetzung` field, a field type of its own)
 *   and in its preview: whether the German page changed since
 *   (`staleness()` of src/lib/translations.ts), in plain German.
 * - Sveltia's machine-translation buttons (Google, AI services) are hidden
 *   (./translation-status.ts, by `machineTranslationSelectors`); the editor's
 *   CSP blocks those services too (src/integrations/admin.ts).
 * Plain functions without Sveltia, so the tests can call them.
 */
import sveltiaGerman from '../../node_modules/@sveltia/cms/locales/de.json' with { type: 'json' };
import { TRANSLATION_FIELD } from '../lib/cms-config.ts';
import { checksumsToRecord, staleness, type Staleness } from '../lib/translations.ts';
import type { TranslatableCollection } from '../schemas/translation.ts';
import { DEFAULT_LANG, LANGUAGE, isLang, type Lang } from '../i18n/languages.ts';
import { formatLong, parsePartialDate } from '../lib/dates.ts';
import { withoutEmpty, type EntryData } from '../lib/entry-file.ts';

/** A form field of config.yml, as far as translations need it. */
export interface ConfigField {
  name: string;
  label: string;
  widget?: string;
  i18n?: boolean | string;
  fields?: ConfigField[];
}
export interface ConfigCollection {
  name: string;
  fields?: ConfigField[];
  files?: { fields: ConfigField[] }[];
  i18n?: boolean | { locales?: string[] };
}
export interface EditorConfig {
  collections: ConfigCollection[];
  i18n?: { locales: string[]; default_locale?: string };
}

const formOf = (c: ConfigCollection | undefined): ConfigField[] => c?.fields ?? c?.files?.[0]?.fields ?? [];
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const plain = (v: unknown): unknown => (v && typeof (v as { toJS?: unknown }).toJS === 'function' ? (v as { toJS: () => unknown }).toJS() : v);

/** The languages a collection's entries are translated into (German first). */
export function localesOf(config: EditorConfig, collection: string): string[] {
  const c = config.collections.find((x) => x.name === collection);
  if (!c?.i18n || !config.i18n) return [];
  return typeof c.i18n === 'object' && c.i18n.locales ? c.i18n.locales : config.i18n.locales;
}

/**
 * The part of `value` a translation may hold: the fields marked `i18n: true`
 * (and, with `duplicates`, `i18n: duplicate`, the keys that place list items),
 * nothing else. Lists and groups are cut item by item.
 */
export function translatedPart(value: Record<string, unknown>, fields: readonly ConfigField[], duplicates = true): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const kept = field.i18n === true || field.i18n === 'translate' || (duplicates && field.i18n === 'duplicate');
    if (!kept || !(field.name in value)) continue;
    const v = value[field.name];
    if (field.fields && Array.isArray(v)) out[field.name] = v.map((item) => (isObject(item) ? translatedPart(item, field.fields!, duplicates) : item));
    else if (field.fields && isObject(v)) out[field.name] = translatedPart(v, field.fields, duplicates);
    else out[field.name] = v;
  }
  return out;
}

/** Where the translation of a German file lives: content/staedte/stryj.mdx, en → content/staedte/en/stryj.mdx. */
export function translationPath(germanPath: string, lang: Lang): string {
  return germanPath.replace(/([^/]+)$/, `${lang}/$1`);
}

/** The German file's frontmatter and body, as the checksums take them. */
export function germanParts(data: EntryData): { frontmatter: Record<string, unknown>; body: string } {
  const { body = '', [TRANSLATION_FIELD]: _none, ...frontmatter } = data;
  return { frontmatter, body: String(body ?? '') };
}

export interface Meta {
  datum?: string;
  vorlage?: Record<string, string>;
  /** Set by "Übersetzung ist geprüft" in the form: stamp every field at the next save. */
  geprueft?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** One translated field's text (without the keys copied from German), for "was it changed?". */
function textOf(data: Record<string, unknown>, field: string, fields: readonly ConfigField[]): unknown {
  if (field === 'text') return String(data.body ?? '').trim();
  const own = translatedPart(data, fields, false);
  return field.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), own);
}

/**
 * The translation as it is saved: only its translatable fields, and the
 * `uebersetzung` block (date, checksums of the German fields it was made from).
 * `original`: the translation as it was read (undefined for a new one).
 */
export function stampTranslation(args: {
  collection: TranslatableCollection;
  fields: readonly ConfigField[];
  german: { frontmatter: Record<string, unknown>; body: string };
  translation: EntryData;
  original: EntryData | undefined;
  today: string;
}): EntryData {
  const { collection, fields, german, translation, original, today } = args;
  const { [TRANSLATION_FIELD]: rawMeta, ...rest } = translatedPart(translation, fields);
  // Empty items are no translation: a photo added on the German side gives the translation an empty caption.
  const cut = (withoutEmpty({ ...rest, ...(translation.body !== undefined ? { body: translation.body as string } : {}) }) ?? {}) as EntryData;
  const meta = (plain(rawMeta) ?? {}) as Meta;
  const now = checksumsToRecord(collection, german, cut);
  const vorlage: Record<string, string> = {};
  let stamped = false;
  for (const [field, sum] of Object.entries(now)) {
    const old = meta.vorlage?.[field];
    const touched = !original || meta.geprueft === true || old === undefined || !same(textOf(cut, field, fields), textOf(original, field, fields));
    stamped ||= touched;
    vorlage[field] = touched ? sum : old;
  }
  const datum = stamped || !meta.datum ? today : meta.datum;
  return { [TRANSLATION_FIELD]: { datum, vorlage }, ...cut };
}

/** A field of a collection by its path in TRANSLATABLE ("einwohner.zusatz"; "text" is the body). */
function labelOf(fields: readonly ConfigField[], path: string): string {
  if (path === 'text') return fields.find((f) => f.name === 'body')?.label ?? 'Text';
  const labels: string[] = [];
  let level: readonly ConfigField[] | undefined = fields;
  for (const key of path.split('.')) {
    const f: ConfigField | undefined = level?.find((x) => x.name === key);
    if (!f) break;
    labels.push(f.label);
    level = f.fields;
  }
  return labels.join(' › ') || path;
}

/** The warning for a translation behind its German entry, in plain German; undefined when it is up to date. */
export function staleMessage(s: Staleness, fields: readonly ConfigField[]): string | undefined {
  const list = (keys: string[]) => `${keys.length === 1 ? 'Feld' : 'Felder'} ${keys.map((k) => labelOf(fields, k)).join(', ')}`;
  const parts: string[] = [];
  if (s.changed.length) parts.push(`Die deutsche Seite wurde seit dieser Übersetzung geändert: ${list(s.changed)}; bitte Übersetzung prüfen und anpassen.`);
  if (s.missing.length) parts.push(`Noch nicht übersetzt: ${list(s.missing)}.`);
  return parts.length ? parts.join(' ') : undefined;
}

/** "2026-12-06" → "6. Dezember 2026" */
function longDate(value: string | undefined): string {
  if (!value) return '';
  const d = parsePartialDate(value);
  return 'error' in d ? value : formatLong(d);
}

/** An entry of Sveltia's (Immutable) with the other languages' values under i18n. */
export interface EntryMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
}

/** Which language an entry map of the form or preview shows, and the German values beside it. */
export function translationView(config: EditorConfig, entry: EntryMap | undefined, collection?: string): { lang: Lang; german: EntryData; own: EntryData; collection: string } | undefined {
  if (!entry) return undefined;
  const name = collection ?? String(entry.get('collection') ?? '');
  const others = Object.keys((plain(entry.get('i18n')) ?? {}) as object);
  if (!others.includes(DEFAULT_LANG)) return undefined;
  const lang = localesOf(config, name).find((l) => !others.includes(l));
  if (!lang || !isLang(lang)) return undefined;
  const german = (plain(entry.getIn(['i18n', DEFAULT_LANG, 'data'])) ?? {}) as EntryData;
  const own = (plain(entry.getIn(['data'])) ?? {}) as EntryData;
  return { lang, german, own, collection: name };
}

/** Normalises the form's values as the file will hold them (numbers as numbers …), set by main.ts. */
export type Normalise = (values: EntryData) => EntryData;

/** The status of a translation, in words: new, up to date, or behind its German entry. */
export function translationStatus(
  config: EditorConfig,
  view: NonNullable<ReturnType<typeof translationView>>,
  normalise: Normalise,
): { stale: boolean; changed: boolean; text: string } {
  const fields = formOf(config.collections.find((c) => c.name === view.collection));
  const meta = (plain(view.own[TRANSLATION_FIELD]) ?? {}) as Meta;
  const language = LANGUAGE[view.lang].german;
  if (!meta.datum || !meta.vorlage) {
    return { stale: false, changed: false, text: `Neue Übersetzung (${language}). Beim Speichern wird vermerkt, nach welchem Stand der deutschen Seite übersetzt wurde.` };
  }
  const s = staleness(view.collection as TranslatableCollection, view.lang, meta.vorlage, germanParts(normalise(view.german)));
  const message = staleMessage(s, fields);
  if (message) return { stale: true, changed: s.changed.length > 0, text: message };
  return { stale: false, changed: false, text: `Übersetzung (${language}) vom ${longDate(meta.datum)}: passt zur deutschen Seite, wie sie jetzt ist.` };
}

/**
 * Sveltia's machine-translation buttons (Google Cloud Translation, Gemini,
 * OpenAI, Anthropic, Mistral, DeepSeek with a personal API key), by their
 * labels in Sveltia's German strings: "Übersetzen" (a menu of languages) and
 * "Aus Deutsch übersetzen" (one language), on the pane and on each field.
 * They cannot be switched off in the configuration; the CSP blocks the services anyway.
 */
export function machineTranslationSelectors(strings: { translate: string; translate_from_x: string } = sveltiaGerman as never): string[] {
  const [before, after = ''] = strings.translate_from_x.split('{$locale}');
  return [`button[aria-label="${strings.translate}"]`, `button[aria-label^="${before}"][aria-label$="${after}"]`];
}

/** The fields of a collection's form. */
export const fieldsOf = (config: EditorConfig, collection: string): ConfigField[] => formOf(config.collections.find((c) => c.name === collection));

/** German values with the translation's texts over them: facts from German, lists matched by position. */
export function overlay(german: unknown, translated: unknown): unknown {
  if (translated === undefined || translated === null || translated === '') return german;
  if (Array.isArray(german) && Array.isArray(translated)) return german.map((g, i) => overlay(g, translated[i]));
  if (isObject(german) && isObject(translated)) {
    const out: Record<string, unknown> = { ...german };
    for (const [k, v] of Object.entries(translated)) out[k] = overlay(german[k], v);
    return out;
  }
  return translated;
}
