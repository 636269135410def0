/**
 * `npm run redaktion:konfig`: writes the browser editor's configuration
 * (src/admin/config.yml) from the content schemas and their field comments.
 * The build copies it to dist/admin/config.yml and adds the login settings;
 * tests/unit/admin-config.test.ts fails when the file is older than the schemas.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { z } from 'astro/zod';
import { citySchema } from '../src/schemas/city.ts';
import { newsSchema } from '../src/schemas/news.ts';
import { pageSchema } from '../src/schemas/page.ts';
import { startSchema } from '../src/schemas/start.ts';
import { eventSchema } from '../src/schemas/event.ts';
import { fieldLabel } from '../src/lib/check/labels.ts';
import { WHOLE_NUMBERS } from '../src/lib/check/index.ts';
import { cmsConfig, type CollectionSource, type JsonSchema, type TranslationSource } from '../src/lib/cms-config.ts';
import { LANGS } from '../src/i18n/languages.ts';
import { TRANSLATABLE, cityTranslationSchema, eventTranslationSchema, newsTranslationSchema, pageTranslationSchema, startTranslationSchema, type TranslatableCollection } from '../src/schemas/translation.ts';
import { languagesFor } from '../src/lib/translations.ts';
import { schemaDocs } from './lib/schema-docs.ts';

export const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
export const CONFIG_FILE = 'src/admin/config.yml';
/**
 * The site's base path: Sveltia builds "Auf der Live-Website ansehen" from the
 * site address's origin plus the preview path, so the path carries the base.
 */
const SITE_BASE = 'partnerstaedte/';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/**
 * Hints in the form where the schema's comment speaks to programmers (standards'
 * names, file names, YAML): plain German with examples. By field path.
 */
const PLAIN_HINTS: Record<string, Record<string, string>> = {
  staedte: {
    eigenname: 'Nur wenn die Stadt in ihrer Sprache anders heißt oder anders geschrieben wird, z. B. Стрий für Stryj.',
    'eigenname.sprache': 'Kürzel der Sprache: uk für Ukrainisch, fr für Französisch, tr für Türkisch, bs für Bosnisch, zh-Hans für Chinesisch.',
    land: 'Zwei Großbuchstaben: AT für Österreich, FR für Frankreich, TR für die Türkei, BA für Bosnien und Herzegowina, CN für China, UA für die Ukraine.',
    'einwohner.zahl': 'Nur Ziffern, ohne Punkte: 59500. Die Website schreibt daraus 59.500.',
    'einwohner.ca': 'Einschalten, wenn die Zahl gerundet ist; die Website schreibt dann „ca.“ davor.',
    'einwohner.stand': 'Nur wenn die Zahl aus einer anderen Zeit stammt als die übrigen Angaben: Jahr und Monat, z. B. 2026-10 für Oktober 2026.',
    entfernungKm: 'Kilometer, nur Ziffern ohne Punkte: 2750. Die Website schreibt daraus 2.750 km.',
    'buergermeister.stand': 'Nur wenn anders als der Stand der Seite: seit wann die Angabe gilt, z. B. 2026-10 für Oktober 2026.',
    'partnerschaftSeit.datum': 'So genau wie bekannt: 2001-09-15 (Tag), 2001-09 (Monat) oder 2001 (Jahr).',
    'meilensteine.*.datum': 'So genau wie bekannt: 2001-09-15 (Tag), 2001-09 (Monat) oder 2001 (Jahr).',
    'stand.datum': 'Wann die Angaben zuletzt geprüft wurden: 2026-10 für Oktober 2026.',
    'kontakt.stand': 'Nur wenn anders als der Stand der Seite: wann die Angaben geprüft wurden, z. B. 2026-10.',
    'koordinaten.breite': 'Mit Punkt vor den Nachkommastellen, z. B. 49.26 (Nord positiv).',
    'koordinaten.laenge': 'Mit Punkt vor den Nachkommastellen, z. B. 23.85 (Ost positiv, West mit Minus davor).',
    'begegnungen.*.monat': 'Monat, nur wenn die Quelle ihn nennt: 1 für Januar bis 12 für Dezember.',
    bilder: 'Fotos (freiwillig). Zu jedem Foto gehören: was darauf zu sehen ist, eine Bildunterschrift und wer es aufgenommen hat.',
    'bilder.*.datei': 'Ein Foto von diesem Computer: JPEG, PNG, WebP oder AVIF.',
  },
  aktuelles: {
    datum: 'Tag der Veröffentlichung: 2026-10-03 für den 3. Oktober 2026.',
    staedte: 'Die Partnerstädte, um die es in der Meldung geht (aus der Liste wählen).',
    bilder: 'Fotos (freiwillig). Zu jedem Foto gehören: was darauf zu sehen ist, eine Bildunterschrift und wer es aufgenommen hat.',
    'bilder.*.datei': 'Ein Foto von diesem Computer: JPEG, PNG, WebP oder AVIF.',
  },
};

/**
 * What a collection's translations hold: the fields of its translation schema
 * (src/schemas/translation.ts); `text` in TRANSLATABLE is the body.
 */
function translation(collection: TranslatableCollection, schema: z.ZodType, duplicate: string[] = []): TranslationSource {
  const { uebersetzung: _meta, ...properties } = json(schema).properties ?? {};
  return {
    schema: { type: 'object', properties },
    locales: languagesFor(collection),
    duplicate,
    body: (TRANSLATABLE[collection] as readonly string[]).includes('text'),
  };
}

/** The schema's field comments with the plain hints of a collection in place of the technical ones. */
const withHints = (docs: ReadonlyMap<string, string>, collection: string) => new Map([...docs, ...Object.entries(PLAIN_HINTS[collection] ?? {})]);

/** The schemas as src/content.config.ts builds them, with stand-ins for Astro's image() and reference(). */
export function sources(root = ROOT): CollectionSource[] {
  const docs = schemaDocs(root, {
    'src/schemas/city.ts': 'citySchema',
    'src/schemas/news.ts': 'newsSchema',
    'src/schemas/page.ts': 'pageSchema',
    'src/schemas/start.ts': 'startSchema',
    'src/schemas/event.ts': 'eventSchema',
  });
  const image = (() => z.string().meta({ widget: 'image' })) as never;
  return [
    {
      name: 'staedte',
      bodyLabel: 'Text über die Stadt',
      groups: [
        ['Steckbrief', ['name', 'eigenname', 'land', 'kontinent', 'lage', 'einwohner', 'entfernungKm', 'buergermeister', 'partnerschaftSeit', 'meilensteine', 'koordinaten', 'stand', 'website', 'begegnungen']],
        ['Ansprechperson', ['kontakt']],
        ['Text', ['body']],
        ['Fotos', ['bilder']],
        ['Für Suchmaschinen', ['beschreibung', 'suchbegriffe']],
      ],
      label: 'Partnerstädte',
      labelSingular: 'Partnerstadt',
      description: 'Eine Seite je Partnerstadt: Fakten, Ansprechperson und Text aus der Broschüre.',
      schema: json(citySchema({ image } as never)),
      docs: withHints(docs.citySchema!, 'staedte'),
      create: true,
      previewPath: `${SITE_BASE}{{locale}}/{{slug}}/`,
      // A milestone's date (and season) place its translated text; they stay as in German.
      translation: translation('staedte', cityTranslationSchema(), ['meilensteine.*.datum', 'meilensteine.*.jahreszeit']),
    },
    {
      name: 'aktuelles',
      bodyLabel: 'Text der Meldung',
      groups: [
        ['Meldung', ['titel', 'datum', 'herausgeber', 'staedte', 'quelle']],
        ['Text', ['body']],
        ['Fotos', ['bilder']],
        ['Für Suchmaschinen', ['beschreibung']],
      ],
      label: 'Aktuelles',
      labelSingular: 'Meldung',
      description: 'Meldungen zu den Partnerstädten, neueste zuerst.',
      schema: json(newsSchema(z.string().meta({ relation: 'staedte' }), image)),
      docs: withHints(docs.newsSchema!, 'aktuelles'),
      create: true,
      previewPath: `${SITE_BASE}{{locale}}/aktuelles/{{slug}}/`,
      translation: translation('aktuelles', newsTranslationSchema()),
    },
    {
      name: 'termine',
      label: 'Termine',
      labelSingular: 'Termin',
      description: 'Termine der Partnerschaften: Besuche, Reisen, Feste. Datum und Uhrzeit als Text, z. B. 2027-09-12T18:00.',
      schema: json(eventSchema(z.string().meta({ relation: 'staedte' }), image)),
      docs: docs.eventSchema!,
      create: true,
      previewPath: '{{locale}}/termine/{{slug}}/',
      translation: translation('termine', eventTranslationSchema()),
    },
    {
      name: 'seiten',
      bodyLabel: 'Text der Seite',
      label: 'Seiten',
      labelSingular: 'Seite',
      description: 'Vorwort, Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache.',
      schema: json(pageSchema()),
      docs: docs.pageSchema!,
      rawBody: true,
      create: false,
      previewPath: `${SITE_BASE}{{locale}}/{{slug}}/`,
      // Impressum, Datenschutz, Barrierefreiheit and Leichte Sprache stay German (GERMAN_ONLY_PAGES): a folder
      // collection cannot leave single entries out, so the content check refuses their translations.
      translation: translation('seiten', pageTranslationSchema()),
    },
    {
      name: 'startseite',
      bodyLabel: 'Einleitungstext',
      label: 'Startseite',
      labelSingular: 'Einleitung der Startseite',
      description: 'Überschrift und Einleitungstext der Startseite.',
      schema: json(startSchema()),
      docs: docs.startSchema!,
      create: false,
      file: 'content/startseite.mdx',
      previewPath: `${SITE_BASE}{{locale}}/`,
      translation: translation('startseite', startTranslationSchema()),
    },
  ];
}

/** The configuration file's text, as it must be committed. */
export function generateAdminConfig(root = ROOT): string {
  const config = cmsConfig(sources(root), {
    contentDir: 'content',
    // Photos sit beside the city files (./bilder/…), where the image pipeline finds them.
    mediaFolder: 'content/staedte/bilder',
    publicFolder: '/partnerstaedte/bilder',
    entryMediaFolder: 'bilder',
    // The content check's whole-number fields: a point there is a thousands point, never a decimal one.
    wholeNumbers: { staedte: WHOLE_NUMBERS.stadt.map((p) => p.join('.')) },
    // The site's languages, German first: translations are edited beside the German entry.
    locales: LANGS,
    // The form calls fields what the content check's messages call them.
    names: {
      field: (key) => (fieldLabel([key]) !== key ? fieldLabel([key]) : undefined),
      item: (key) => /^1\. (?!Eintrag$)(.+)$/.exec(fieldLabel([key, 0]))?.[1],
    },
  });
  return [
    '# Erzeugt aus src/schemas/ mit "npm run redaktion:konfig" – bitte nicht von Hand ändern.',
    '# Generated from src/schemas/ by "npm run redaktion:konfig" – do not edit by hand.',
    stringify(config, { lineWidth: 0 }),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(ROOT, CONFIG_FILE);
  const text = generateAdminConfig();
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {}
  writeFileSync(file, text);
  console.log(old === text ? `${CONFIG_FILE} ist aktuell.` : `${CONFIG_FILE} neu geschrieben.`);
}
