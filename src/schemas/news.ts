/** Frontmatter of a news item (content/aktuelles/*.mdx). */
import { z } from 'astro/zod';
import { description, fullDate, text, webUrl } from './common.ts';

/**
 * `staedte` takes Astro's `reference('staedte')`; unit tests pass a plain
 * string schema. Whether the city exists is checked in `src/lib/content.ts`.
 */
export const newsSchema = <R extends z.ZodType>(cityRef: R) =>
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
  });
