/** Frontmatter of a news item (content/aktuelles/*.mdx). */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import { description, fullDate, text, webUrl } from './common.ts';
import { figure } from './city.ts';

/** Without Astro's image() (unit tests, tools): the photo's path as written. */
const pathOnly = (() => z.string()) as unknown as SchemaContext['image'];

/**
 * `staedte` takes Astro's `reference('staedte')`; unit tests pass a plain
 * string schema. Whether the city exists is checked in `src/lib/content.ts`.
 * `image` is Astro's image() (photos beside the file, in content/aktuelles/bilder/).
 */
export const newsSchema = <R extends z.ZodType>(cityRef: R, image: SchemaContext['image'] = pathOnly) =>
  z.strictObject({
    /** Überschrift der Meldung */
    titel: text('Der Titel (titel)'),
    /** Veröffentlichungsdatum: 2023-03-03 */
    datum: fullDate('Das Datum (datum)'),
    /** Wer die Meldung veröffentlicht hat, z. B. "Kreis Düren" */
    herausgeber: text('Der Herausgeber (herausgeber)'),
    /** Partnerstädte, um die es geht: Dateinamen ohne .mdx, z. B. [jinhua] */
    staedte: z.array(cityRef).default([]),
    /** Kurzfassung für Übersicht und Suchmaschinen, 50–160 Zeichen */
    beschreibung: description(),
    /** Quelle der Meldung */
    quelle: z.strictObject({
      /** z. B. "Pressemitteilung des Kreises Düren" */
      name: text('Der Name der Quelle (quelle.name)'),
      /** Webadresse der Quelle, falls bekannt */
      url: webUrl('Die Webadresse der Quelle (quelle.url)').optional(),
    }),
    /** Fotos (optional), wie bei den Partnerstädten; jedes braucht alt, bildunterschrift und bildnachweis */
    bilder: z.array(figure(image)).default([]),
  });
