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
import { cmsConfig, type CollectionSource, type JsonSchema } from '../src/lib/cms-config.ts';
import { schemaDocs } from './lib/schema-docs.ts';

export const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
export const CONFIG_FILE = 'src/admin/config.yml';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

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
      label: 'Partnerstädte',
      labelSingular: 'Partnerstadt',
      description: 'Eine Seite je Partnerstadt: Fakten, Ansprechperson und Text aus der Broschüre.',
      schema: json(citySchema({ image } as never)),
      docs: docs.citySchema!,
      create: true,
      previewPath: '{{slug}}/',
    },
    {
      name: 'aktuelles',
      label: 'Aktuelles',
      labelSingular: 'Meldung',
      description: 'Meldungen zu den Partnerstädten, neueste zuerst.',
      schema: json(newsSchema(z.string().meta({ relation: 'staedte' }))),
      docs: docs.newsSchema!,
      create: true,
      previewPath: 'aktuelles/{{slug}}/',
    },
    {
      name: 'termine',
      label: 'Termine',
      labelSingular: 'Termin',
      description: 'Termine der Partnerschaften: Besuche, Reisen, Feste. Datum und Uhrzeit als Text, z. B. 2027-09-12T18:00.',
      schema: json(eventSchema(z.string().meta({ relation: 'staedte' }), image)),
      docs: docs.eventSchema!,
      create: true,
      previewPath: 'termine/{{slug}}/',
    },
    {
      name: 'seiten',
      label: 'Seiten',
      labelSingular: 'Seite',
      description: 'Vorwort, Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache.',
      schema: json(pageSchema()),
      docs: docs.pageSchema!,
      rawBody: true,
      create: false,
      previewPath: '{{slug}}/',
    },
    {
      name: 'startseite',
      label: 'Startseite',
      labelSingular: 'Einleitung der Startseite',
      description: 'Überschrift und Einleitungstext der Startseite.',
      schema: json(startSchema()),
      docs: docs.startSchema!,
      create: false,
      file: 'content/startseite.mdx',
      previewPath: '',
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
