/**
 * Numbers in the form are text fields (`number_as_text` in config.yml), so
 * that what was typed is what the content check reads: "59.500" stays
 * "59.500" and gets a message, instead of the 59 a number field would make of
 * it. Reading a file turns its numbers into text; writing turns text back into
 * a number only when it is exactly one ("59500", "50.8"); anything else is
 * written as typed, in quotes, and the check refuses it.
 */
import { NUMBER_AS_TEXT } from '../lib/cms-config.ts';

export type NumberKind = 'integer' | 'decimal';
/** Key paths with "*" for list items: "einwohner.zahl", "begegnungen.*.monat". */
export type NumberFields = ReadonlyMap<string, NumberKind>;

type ConfigField = { name: string; fields?: ConfigField[]; field?: ConfigField; [key: string]: unknown };
type Config = { collections?: { fields?: ConfigField[]; files?: { fields?: ConfigField[] }[] }[] };

/** Every number field of every collection in the editor's configuration. */
export function numberFields(config: Config): NumberFields {
  const found = new Map<string, NumberKind>();
  const walk = (fields: ConfigField[] | undefined, prefix: string[]): void => {
    for (const f of fields ?? []) {
      const at = [...prefix, f.name];
      const kind = f[NUMBER_AS_TEXT];
      if (kind === 'integer' || kind === 'decimal') found.set(at.join('.'), kind);
      if (f.fields) walk(f.fields, f.widget === 'list' ? [...at, '*'] : at);
      if (f.field) {
        const k = f.field[NUMBER_AS_TEXT];
        if (k === 'integer' || k === 'decimal') found.set([...at, '*'].join('.'), k);
      }
    }
  };
  for (const c of config.collections ?? []) {
    walk(c.fields, []);
    for (const file of c.files ?? []) walk(file.fields, []);
  }
  return found;
}

const EXACT: Record<NumberKind, RegExp> = {
  integer: /^-?\d+$/,
  decimal: /^-?\d+(\.\d+)?$/,
};

function convert(value: unknown, path: string[], fields: NumberFields, change: (v: unknown, kind: NumberKind) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, [...path, '*'], fields, change));
  const kind = fields.get(path.join('.'));
  if (kind) return change(value, kind);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, [...path, k], fields, change)]));
  }
  return value;
}

/** A file's values as the form shows them: numbers as text, written the way the file has them. */
export function numbersToText<T>(data: T, fields: NumberFields): T {
  return convert(data, [], fields, (v) => (typeof v === 'number' ? String(v) : v)) as T;
}

/** The form's values as the file holds them: text that is exactly a number becomes one; anything else stays as typed. */
export function textToNumbers<T>(data: T, fields: NumberFields): T {
  return convert(data, [], fields, (v, kind) => (typeof v === 'string' && EXACT[kind].test(v.trim()) ? Number(v.trim()) : v)) as T;
}
