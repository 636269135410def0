/** Frontmatter of a plain page: Vorwort, Impressum, Datenschutz … (content/seiten/*.mdx). */
import { z } from 'astro/zod';
import { dateAtPrecision, description, text } from './common.ts';

export const pageSchema = () =>
  z.strictObject({
    /** Überschrift der Seite */
    titel: text('Der Titel (titel)'),
    /** Kurzbeschreibung für Suchmaschinen, 50–160 Zeichen */
    beschreibung: description(),
    /** Wer den Text verfasst hat (optional), z. B. "Paul Larue, Bürgermeister" */
    autor: z.string().trim().min(1).optional(),
    /** Stand des Textes, so genau wie bekannt: 2019-09 oder 2026-11-21 */
    datum: dateAtPrecision('Das Datum (datum)').optional(),
    /** Kürzerer Name für Navigation und Brotkrumen (optional) */
    kurztitel: z.string().trim().min(1).optional(),
    /** Sprache des Textes, falls nicht Deutsch (de): z. B. de-x-ls für Leichte Sprache */
    sprache: z.string().default('de'),
  });
