/**
 * The browser editor's configuration follows the schemas: the committed
 * src/admin/config.yml is what the generator makes of today's schemas, and
 * every frontmatter field has a form field of the matching kind.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_FILE, ROOT, generateAdminConfig, sources } from '../../scripts/admin-config.ts';
import { fieldLabel } from '../../src/lib/check/labels.ts';
import { humanise, labelAndHint, TRANSLATION_FIELD, TRANSLATION_WIDGET, type JsonSchema } from '../../src/lib/cms-config.ts';
import { LANGS } from '../../src/i18n/languages.ts';
import { TRANSLATABLE, type TranslatableCollection } from '../../src/schemas/translation.ts';
import { languagesFor, translationFile } from '../../src/lib/translations.ts';
import { translationPath } from '../../src/admin/translation.ts';

type Field = Record<string, unknown> & { name: string; label: string; widget: string; fields?: Field[]; field?: Field; options?: string[]; required?: boolean };
type Collection = { name: string; folder?: string; fields?: Field[]; files?: { file: string; fields: Field[] }[] };

const committed = readFileSync(path.join(ROOT, CONFIG_FILE), 'utf8');
const config = parse(committed) as {
  collections: (Collection & { i18n?: boolean | { locales: string[] }; files?: { file: string; fields: Field[]; i18n?: boolean }[] })[];
  output: Record<string, unknown>;
  public_folder: string;
  i18n: Record<string, unknown> & { locales: string[] };
};
/** The form fields of a collection, whether a folder of entries or a single file. */
const formOf = (c: Collection): Field[] => c.fields ?? c.files?.[0]?.fields ?? [];
/** The form without the translation's status field (it belongs to no schema of the German entry). */
const germanForm = (c: Collection): Field[] => formOf(c).filter((f) => f.widget !== TRANSLATION_WIDGET);

test('src/admin/config.yml is up to date with the schemas', () => {
  assert.ok(
    generateAdminConfig() === committed,
    `${CONFIG_FILE} ist veraltet: die Schemas in src/schemas/ haben sich geändert. "npm run redaktion:konfig" ausführen und die Datei einchecken.`,
  );
});

/** Checks one schema property against its form field, recursively. */
function expectField(where: string, schema: JsonSchema, required: boolean, field: Field | undefined): void {
  assert.ok(field, `${where}: kein Formularfeld`);
  assert.ok(field.label.trim(), `${where}: ohne Beschriftung`);
  assert.equal(field.required !== false, required, `${where}: Pflichtfeld ${required ? 'ja' : 'nein'}`);
  if (schema.relation) {
    assert.equal(field.widget, 'relation', where);
    assert.equal(field.collection, schema.relation, where);
  } else if (schema.enum) {
    assert.equal(field.widget, 'select', where);
    assert.deepEqual(field.options, schema.enum, where);
  } else if (schema.type === 'object') {
    assert.equal(field.widget, 'object', where);
    expectFields(where, schema, field.fields ?? []);
  } else if (schema.type === 'array') {
    const items = schema.items ?? {};
    if (items.relation) {
      assert.equal(field.widget, 'relation', where);
      assert.equal(field.multiple, true, where);
    } else {
      assert.equal(field.widget, 'list', where);
      if (items.type === 'object') expectFields(`${where}[]`, items, field.fields ?? []);
      else expectField(`${where}[]`, items, true, field.field);
    }
  } else if (schema.type === 'boolean') assert.equal(field.widget, 'boolean', where);
  // Numbers are typed as text, so the check sees "59.500" as typed; the marker tells the editor to write a number.
  else if (schema.type === 'number' || schema.type === 'integer') {
    assert.equal(field.widget, 'string', where);
    assert.ok(['integer', 'decimal'].includes(String(field.number_as_text)), where);
  }
  else if (schema.widget) assert.equal(field.widget, schema.widget, where);
  // Text, and dates written as text: a text field, its format explained in the hint.
  else assert.equal(field.widget, 'string', where);
}

function expectFields(where: string, schema: JsonSchema, fields: Field[]): void {
  const required = new Set(schema.required ?? []);
  const names = Object.keys(schema.properties ?? {});
  // Every field, in the order of the form's groups (Steckbrief, Ansprechperson …), not necessarily the schema's.
  assert.deepEqual(fields.map((f) => f.name).filter((n) => n !== 'body').sort(), [...names].sort(), `${where}: Felder`);
  for (const name of names) expectField(`${where}.${name}`, schema.properties![name]!, required.has(name), fields.find((f) => f.name === name));
}

describe('every frontmatter field is editable, as the kind of field it is', () => {
  for (const source of sources()) {
    test(source.name, () => {
      const collection = config.collections.find((c) => c.name === source.name);
      assert.ok(collection, `Sammlung ${source.name} fehlt`);
      // The German file stays where it is; a translated single file names its language folder.
      if (source.file) assert.equal(collection.files?.[0]?.file.replace('{{locale}}/', ''), source.file);
      else assert.equal(collection.folder, `content/${source.name}`);
      expectFields(source.name, source.schema, germanForm(collection));
      const body = formOf(collection).find((f) => f.name === 'body');
      assert.equal(body?.widget, 'markdown');
      // Pages with MDX imports and components are edited as plain text, so nothing is rewritten.
      if (source.rawBody) assert.deepEqual(body?.modes, ['raw']);
    });
  }
});

test('dates are text fields whose hint explains the format', () => {
  const dates = config.collections.flatMap((c) => {
    const walk = (fields: Field[]): Field[] => fields.flatMap((f) => [f, ...walk(f.fields ?? [])]);
    return walk(formOf(c)).filter((f) => f.name === 'datum');
  });
  assert.ok(dates.length > 0);
  for (const f of dates) {
    assert.equal(f.widget, 'string');
    assert.match(String(f.hint), /\d{4}-\d{2}|JJJJ/);
  }
});

test('the form calls every field what the content check’s messages call it', () => {
  const walk = (fields: Field[]): Field[] => fields.flatMap((f) => [f, ...walk(f.fields ?? [])]);
  for (const f of config.collections.flatMap((c) => walk(formOf(c)))) {
    const name = fieldLabel([f.name]);
    if (name !== f.name) assert.equal(f.label, name, f.name);
  }
});

test('empty optional fields are left out of files; the public folder is absolute', () => {
  assert.equal(config.output.omit_empty_optional_fields, true);
  assert.match(config.public_folder, /^\//);
});

test('labels come from .meta(), else the content check’s name, else the field comment, else the field name', () => {
  assert.deepEqual(labelAndHint('x', { title: 'Titel', description: 'Hilfe' }, 'Kommentar', 'Name'), { label: 'Titel', hint: 'Hilfe' });
  assert.deepEqual(labelAndHint('kontakt', {}, 'Ansprechperson bei der Stadt', 'Ansprechperson'), { label: 'Ansprechperson', hint: 'Ansprechperson bei der Stadt' });
  assert.deepEqual(labelAndHint('x', {}, 'Name der Stadt: Düren'), { label: 'Name der Stadt', hint: 'Name der Stadt: Düren' });
  assert.deepEqual(labelAndHint('datum', {}, 'JJJJ-MM-TT oder JJJJ'), { label: 'Datum', hint: 'JJJJ-MM-TT oder JJJJ' });
  assert.deepEqual(labelAndHint('buergermeister', {}, undefined), { label: 'Bürgermeister' });
  assert.equal(humanise('quelle'), 'Quelle');
  assert.equal(humanise('entfernungKm'), 'Entfernung km');
  assert.equal(humanise('laenge'), 'Länge');
});

describe('translations: Sveltia i18n, German files in place, exactly the translatable fields', () => {
  test('one structure for the site: language folders beside the German files, German the default, left out of German paths', () => {
    assert.deepEqual(
      { ...config.i18n },
      {
        structure: 'multiple_folders',
        locales: [...LANGS],
        default_locale: 'de',
        initial_locales: 'default',
        omit_default_locale_from_file_path: true,
        omit_default_locale_from_preview_path: true,
      },
    );
  });

  for (const name of Object.keys(TRANSLATABLE) as TranslatableCollection[]) {
    test(`${name}: its languages, its translation's path, and i18n only on the translatable fields`, () => {
      const collection = config.collections.find((c) => c.name === name)!;
      const locales = collection.i18n === true ? config.i18n.locales : (collection.i18n as { locales: string[] }).locales;
      assert.deepEqual(locales, ['de', ...languagesFor(name)]);
      // Where Sveltia writes a translation is where the site and the check look for it.
      const german = collection.folder ? `${collection.folder}/beispiel.mdx` : collection.files![0]!.file.replace('{{locale}}/', '');
      if (collection.files) {
        assert.equal(collection.files[0]!.i18n, true);
        assert.equal(collection.files[0]!.file.replace('{{locale}}', 'en'), translationPath(german, 'en'));
      }
      for (const lang of languagesFor(name)) {
        assert.deepEqual(translationFile(translationPath(german, lang)), { collection: name, lang, id: path.basename(german, '.mdx'), german });
      }
      // Leaf fields marked for translation, as TRANSLATABLE names them ("text" is the body).
      const marked: string[] = [];
      const duplicated: string[] = [];
      const unmarkedUnder: string[] = [];
      const walk = (fields: Field[], at: string[], parentTranslated: boolean) => {
        for (const f of fields) {
          const here = [...at, f.name];
          if (f.i18n === 'duplicate') duplicated.push(here.join('.'));
          else if (f.i18n === true) {
            if (f.fields) walk(f.fields, f.widget === 'list' ? [...here, '*'] : here, true);
            else marked.push(here.join('.'));
          } else {
            if (parentTranslated) unmarkedUnder.push(here.join('.'));
            assert.equal(f.i18n, undefined, `${here.join('.')}: ${String(f.i18n)}`);
          }
        }
      };
      const form = formOf(collection);
      assert.deepEqual(form[0], { name: TRANSLATION_FIELD, label: form[0]!.label, widget: TRANSLATION_WIDGET, required: false, i18n: true }, 'Stand der Übersetzung zuerst');
      walk(form.slice(1), [], false);
      const expected = TRANSLATABLE[name].map((f) => (f === 'text' ? 'body' : f));
      // Each translatable field is marked, itself or (lists of texts) through its text parts, and nothing else is.
      for (const f of expected) assert.ok(marked.some((m) => m === f || m.startsWith(`${f}.`)), `${name}.${f} nicht übersetzbar`);
      for (const m of marked) assert.ok(expected.some((f) => m === f || m.startsWith(`${f}.`)), `${name}.${m} übersetzbar, steht aber nicht in TRANSLATABLE`);
      assert.deepEqual(duplicated, name === 'staedte' ? ['meilensteine.*.datum', 'meilensteine.*.jahreszeit'] : []);
      // Facts inside a translated list or group stay German (a photo's file and credit, the population's number).
      if (name === 'staedte') for (const fact of ['einwohner.zahl', 'bilder.*.datei', 'bilder.*.bildnachweis', 'begegnungen.*.quelle']) assert.ok(unmarkedUnder.includes(fact), fact);
    });
  }
});
