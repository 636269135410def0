/**
 * The browser editor's configuration (Sveltia CMS, Decap's format), derived
 * from the content schemas: each frontmatter field becomes a form field of the
 * matching kind, labelled and explained with the schema's own field comments.
 * Plain data in, plain data out; `scripts/admin-config.ts` feeds it the JSON
 * Schema (`z.toJSONSchema(schema, { io: 'input' })`) and the comments.
 */

/** The part of JSON Schema that Zod 4 writes for our schemas. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  title?: string;
  description?: string;
  anyOf?: JsonSchema[];
  /** `.meta({ widget: 'image' })`: a file picked in the media library. */
  widget?: string;
  /** `.meta({ relation: 'staedte' })`: the slug of an entry of that collection. */
  relation?: string;
}

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

export interface CollectionSource {
  /** Collection name, also the folder under content/ */
  name: string;
  label: string;
  labelSingular: string;
  description: string;
  schema: JsonSchema;
  /** Field comments by path: "buergermeister.name", "meilensteine.*.text" */
  docs: ReadonlyMap<string, string>;
  /** The body's label, distinct from every other field's ("Text der Meldung"); default "Text" */
  bodyLabel?: string;
  /** MDX bodies with imports/components: edit them as plain text only. */
  rawBody?: boolean;
  /** May editors create and delete entries? */
  create: boolean;
  /** Where the site shows an entry, relative to the site address: "aktuelles/{{slug}}/" */
  previewPath?: string;
  /** Field groups in the form, in order: [["Steckbrief", ["name", "land", …]], …] */
  groups?: [string, string[]][];
  /** A single file instead of a folder of entries: "content/startseite.mdx" */
  file?: string;
  /** Translations of the entries (content/staedte/en/stryj.mdx beside content/staedte/stryj.mdx). */
  translation?: TranslationSource;
}

/** What a translation of a collection's entries holds, from the translation schema (src/schemas/translation.ts). */
export interface TranslationSource {
  /** JSON Schema of the translation file's frontmatter: its properties are the translatable fields. */
  schema: JsonSchema;
  /** Languages besides the default one ("en", "fr" …). */
  locales: readonly string[];
  /** Key paths copied from the German entry to match list items ("meilensteine.*.datum"); they are not translated. */
  duplicate?: readonly string[];
  /** Is the body translated? */
  body: boolean;
}

/**
 * The translation's own bookkeeping field (`uebersetzung`: date and checksums of
 * the German version), shown at the top of a translation as its status
 * (src/admin/translation.ts); the editor writes it at save time.
 */
export const TRANSLATION_FIELD = 'uebersetzung';
export const TRANSLATION_WIDGET = 'uebersetzung';

/** The photo formats the content check accepts (JPEG, PNG, WebP, AVIF): no HEIC, no SVG. */
export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif';

/** The site's file format, registered by src/admin/main.ts: YAML frontmatter + MDX, edited in place. */
export const ENTRY_FORMAT = 'mdx-frontmatter';

/**
 * Marks a number field shown as a text field: "integer" (digits only) or
 * "decimal" (a point before the decimals). Sveltia ignores the key; src/admin/numbers.ts reads it.
 */
export const NUMBER_AS_TEXT = 'number_as_text';

/** Marks the first field of a group of fields with the group's title ("Steckbrief"). Sveltia ignores the key. */
export const FIELD_GROUP = 'field_group';

/** "buergermeister" → "Bürgermeister", "entfernungKm" → "Entfernung km" (a fallback when a field has no comment). */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-zäöü])([A-Z])/g, '$1 $2')
    // ae/oe/ue stand for umlauts after a consonant, but not in "qu…" (Quelle).
    .replace(/(?<=[^aeiouq\s])([aou])e/gi, (_, v: string) => ({ a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' })[v] ?? v)
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Label and hint of a field: `.meta({ title, description })` if the schema has
 * them, else the name the content check uses in its messages (`name`), else
 * the comment's first phrase (when it reads like one); the comment is the hint.
 */
export function labelAndHint(key: string, schema: JsonSchema, doc: string | undefined, name?: string): { label: string; hint?: string } {
  const hint = schema.description ?? doc;
  const given = schema.title ?? name;
  if (given) return { label: given, ...(hint && hint !== given ? { hint } : {}) };
  const first = doc?.split(/[:,(;]| – |\. /)[0]?.trim();
  // A phrase that starts like a German noun and is not just the first of the allowed values.
  const readable = first && /^\p{Lu}[\p{Ll}-]/u.test(first) && first.length <= 48 && !schema.enum?.includes(first);
  const label = readable ? first : humanise(key);
  return { label, ...(hint && hint !== label ? { hint } : {}) };
}

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  const branch = schema.anyOf?.find((s) => s.type !== 'null');
  return branch ? typeOf(branch) : undefined;
}

/** Names of fields and list items as the content check's messages call them ("Ansprechperson", "Meilenstein"). */
export interface FieldNames {
  field(key: string): string | undefined;
  item(key: string): string | undefined;
}

interface Context {
  docs: ReadonlyMap<string, string>;
  names?: FieldNames | undefined;
  /** The field that names an entry, per collection (for relation fields). */
  identifiers: ReadonlyMap<string, string>;
  /** Number fields (by key path, "einwohner.zahl") that hold whole numbers although the schema allows decimals */
  wholeNumbers?: ReadonlySet<string> | undefined;
}

/** One form field for one schema property. */
export function toField(key: string, schema: JsonSchema, required: boolean, path: string[], ctx: Context): CmsField {
  const at = [...path, key];
  const { label, hint } = labelAndHint(key, schema, ctx.docs.get(at.join('.')), ctx.names?.field(key));
  const base: CmsField = { name: key, label, widget: 'string', ...(hint ? { hint } : {}) };
  if (!required) base.required = false;
  const type = typeOf(schema);

  if (schema.relation) {
    const display = ctx.identifiers.get(schema.relation);
    return { ...base, widget: 'relation', collection: schema.relation, value_field: '{{slug}}', ...(display ? { display_fields: [display], search_fields: [display] } : {}) };
  }
  // Photos: uploaded from this computer only (no web address, no stock photos), in the formats the site processes.
  if (schema.widget === 'image') return { ...base, widget: 'image', choose_url: false, accept: IMAGE_TYPES };
  if (schema.widget) return { ...base, widget: schema.widget };
  if (schema.enum) return { ...base, widget: 'select', options: schema.enum.map(String), ...(schema.default !== undefined ? { default: schema.default } : {}) };

  switch (type) {
    case 'boolean':
      return { ...base, widget: 'boolean', ...(typeof schema.default === 'boolean' ? { default: schema.default } : {}) };
    case 'integer':
    case 'number': {
      // A text field that keeps what was typed ("59.500" stays "59.500"): src/admin/ writes a
      // number only when the text is one, and the content check explains anything else.
      const whole = type === 'integer' || ctx.wholeNumbers?.has(at.join('.')) === true;
      return { ...base, widget: 'string', [NUMBER_AS_TEXT]: whole ? 'integer' : 'decimal' };
    }
    case 'object': {
      const fields = toFields(schema, at, ctx);
      return { ...base, widget: 'object', fields };
    }
    case 'array': {
      const items = schema.items ?? {};
      const item = ctx.names?.item(key);
      const bounds = {
        ...(item ? { label_singular: item } : {}),
        ...(schema.minItems ? { min: schema.minItems } : {}),
        ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
      };
      if (items.relation) {
        const inner = toField(key, items, true, path, ctx);
        return { ...inner, ...bounds, label, ...(hint ? { hint } : {}), multiple: true, ...(required ? {} : { required: false }) };
      }
      if (typeOf(items) === 'object') return { ...base, widget: 'list', ...bounds, fields: toFields(items, [...at, '*'], ctx) };
      // A list of single values: one field of the items' kind, without a hint of its own.
      const { required: _required, hint: _hint, ...one } = toField(key, items, true, path, { docs: new Map(), identifiers: ctx.identifiers });
      return { ...base, widget: 'list', ...bounds, field: { ...one, label: item ?? label } };
    }
    default: {
      // Strings, and values of no fixed type (dates written as text): the hint explains the format.
      const string: CmsField = { ...base };
      if (schema.format === 'uri') string.type = 'url';
      if (schema.format === 'email') string.type = 'email';
      if (schema.minLength !== undefined && schema.minLength > 1) string.minlength = schema.minLength;
      if (schema.maxLength !== undefined) string.maxlength = schema.maxLength;
      if (schema.default !== undefined) string.default = schema.default;
      return string;
    }
  }
}

/** The fields of an object schema, in the schema's order. */
export function toFields(schema: JsonSchema, path: string[], ctx: Context): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, property]) => toField(key, property, required.has(key), path, ctx));
}

/**
 * The fields in the order of their groups, the first of each group marked with
 * the group's title (`FIELD_GROUP`; src/admin/ shows it as a heading above the
 * field). Fields no group names keep their place after the groups.
 */
export function grouped(fields: CmsField[], groups: [string, string[]][] | undefined): CmsField[] {
  if (!groups?.length) return fields;
  const named = new Set(groups.flatMap(([, keys]) => keys));
  const out: CmsField[] = [];
  for (const [title, keys] of groups) {
    const members = keys.map((k) => fields.find((f) => f.name === k)).filter((f): f is CmsField => f !== undefined);
    members.forEach((f, i) => out.push(i === 0 ? { ...f, [FIELD_GROUP]: title } : f));
  }
  return [...out, ...fields.filter((f) => !named.has(f.name))];
}

/** The object a translation schema property describes (its items' for a list), or undefined. */
function objectOf(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  if (schema.properties) return schema;
  if (schema.items) return objectOf(schema.items);
  return schema.anyOf?.map(objectOf).find(Boolean);
}

/**
 * Sveltia's field-level `i18n`: `true` for a field the translation schema has
 * (and for the lists and groups that hold one), `duplicate` for the keys that
 * match list items to the German ones, nothing for the rest: facts stay German.
 */
export function withI18n(fields: CmsField[], translated: JsonSchema | undefined, duplicate: ReadonlySet<string>, path: string[] = []): CmsField[] {
  return fields.map((field) => {
    const at = [...path, field.name];
    if (duplicate.has(at.join('.'))) return { ...field, i18n: 'duplicate' };
    const own = translated?.properties?.[field.name];
    if (!own) return field;
    const inner = field.widget === 'list' ? [...at, '*'] : at;
    const sub = Array.isArray(field.fields) ? { fields: withI18n(field.fields as CmsField[], objectOf(own), duplicate, inner) } : {};
    return { ...field, i18n: true, ...sub };
  });
}

/** Does a schema have a photo field anywhere? */
export function hasImages(schema: JsonSchema): boolean {
  return schema.widget === 'image' || Object.values(schema.properties ?? {}).some(hasImages) || (schema.items ? hasImages(schema.items) : false);
}

/** The first required text field of a collection: the entry's name in lists and relations. */
export function identifierField(schema: JsonSchema): string | undefined {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).find(([key, p]) => required.has(key) && typeOf(p) === 'string' && !p.enum)?.[0];
}

/** Everything of the configuration that follows from the schemas (the backend is added when the site is built). */
export function cmsConfig(
  sources: CollectionSource[],
  options: {
    contentDir: string;
    mediaFolder: string;
    publicFolder: string;
    /** Folder for photos next to the entry files, e.g. "bilder" */
    entryMediaFolder?: string;
    siteUrl?: string;
    names?: FieldNames;
    /** Whole-number fields per collection name: { staedte: ['einwohner.zahl', 'entfernungKm'] } */
    wholeNumbers?: Record<string, string[]>;
    /** Languages of the site, the default (German) first; collections with a `translation` are translated. */
    locales?: readonly string[];
  },
) {
  const identifiers = new Map(sources.filter((s) => !s.file).flatMap((s) => {
    const id = identifierField(s.schema);
    return id ? [[s.name, id] as const] : [];
  }));
  return {
    media_folder: options.mediaFolder,
    public_folder: options.publicFolder,
    // Stock photo services: photos of unclear rights, loaded from other hosts.
    media_libraries: { stock_assets: false },
    output: { omit_empty_optional_fields: true },
    // File names become URLs: altmuenster.mdx → /altmuenster/, so no umlauts or accents.
    slug: { encoding: 'ascii', clean_accents: true },
    ...(options.siteUrl ? { site_url: options.siteUrl } : {}),
    // Translations in a language folder beside the German file (content/staedte/en/stryj.mdx); the German
    // files stay where they are. A new entry starts German only; a translation is added per entry.
    ...(options.locales?.length
      ? {
          i18n: {
            structure: 'multiple_folders',
            locales: [...options.locales],
            default_locale: options.locales[0],
            initial_locales: 'default',
            omit_default_locale_from_file_path: true,
            omit_default_locale_from_preview_path: true,
          },
        }
      : {}),
    collections: sources.map((source) => {
      const identifier = identifiers.get(source.name);
      const translation = options.locales?.length ? source.translation : undefined;
      const collectionI18n = translation
        ? {
            i18n:
              translation.locales.length === options.locales!.length - 1 && translation.locales.every((l) => options.locales!.includes(l))
                ? true
                : { locales: [options.locales![0]!, ...translation.locales] },
          }
        : {};
      const formFields = grouped([
        ...toFields(source.schema, [], { docs: source.docs, identifiers, names: options.names, wholeNumbers: new Set(options.wholeNumbers?.[source.name]) }),
        {
          name: 'body',
          label: source.bodyLabel ?? 'Text',
          widget: 'markdown',
          // Photos belong in the Fotos field (with description and credit), not inside the text.
          editor_components: [],
          ...(source.rawBody
            ? { modes: ['raw'], hint: 'Der Text der Seite in Markdown. Zeilen mit import und <Komponenten …/> bitte unverändert lassen.' }
            : { hint: 'Der Text in Markdown: Leerzeile zwischen Absätzen, ## für Zwischenüberschriften.' }),
        },
      ], source.groups);
      const fields: CmsField[] = translation
        ? [
            // At the top of a translation: from which German version it was made, and whether that changed since.
            { name: TRANSLATION_FIELD, label: 'Stand der Übersetzung', widget: TRANSLATION_WIDGET, required: false, i18n: true },
            ...withI18n(formFields, translation.schema, new Set(translation.duplicate ?? [])).map((f) =>
              f.name === 'body' && translation.body ? { ...f, i18n: true } : f,
            ),
          ]
        : formFields;
      if (source.file) {
        // A translated single file lives in its language folder: content/en/startseite.mdx.
        const file = translation ? source.file.replace(/([^/]+)$/, '{{locale}}/$1') : source.file;
        return {
          name: source.name,
          label: source.label,
          description: source.description,
          ...collectionI18n,
          files: [{ name: source.name, label: source.labelSingular, file, format: ENTRY_FORMAT, ...(translation ? { i18n: true } : {}), ...(source.previewPath !== undefined ? { preview_path: source.previewPath } : {}), fields }],
        };
      }
      return {
        name: source.name,
        label: source.label,
        label_singular: source.labelSingular,
        // Photos beside the entry (content/staedte/bilder/), written as ./bilder/foto.jpg, as image() wants them.
        ...(hasImages(source.schema) && options.entryMediaFolder
          ? { media_folder: options.entryMediaFolder, public_folder: `./${options.entryMediaFolder}` }
          : {}),
        description: source.description,
        ...collectionI18n,
        folder: `${options.contentDir}/${source.name}`,
        extension: 'mdx',
        format: ENTRY_FORMAT,
        create: source.create,
        delete: source.create,
        ...(identifier ? { identifier_field: identifier, slug: `{{${identifier}}}` } : {}),
        ...(source.previewPath ? { preview_path: source.previewPath } : {}),
        fields,
      };
    }),
  };
}
