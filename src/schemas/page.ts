/** Frontmatter of a plain page: Vorwort, Impressum, Datenschutz … (content/seiten/*.mdx). */
import { z } from 'astro/zod';
import { dateAtPrecision, description, languageCode, text } from './common.ts';

export const pageSchema = () =>
  z.strictObject({
    /** Überschrift der Seite */
    titel: text('Der Titel (titel)'),
    /** Kurzbeschreibung für Suchmaschinen, 50–160 Zeichen */
    beschreibung: description(),
    /** Wer den Text verfasst hat (optional), z. B. "Paul Larue, Bürgermeister" */
    autor: text('Der Autor (autor)').optional(),
    /** Stand des Textes, so genau wie bekannt: 2019-09 oder 2026-11-21 */
    datum: dateAtPrecision('Das Datum (datum)').optional(),
    /** Woher der Text stammt (optional), steht unter der Überschrift: "Vorwort der Broschüre … vom September 2019" */
    herkunft: text('Die Herkunft des Textes (herkunft)').optional(),
    /** Kürzerer Name für Navigation und Brotkrumen (optional) */
    kurztitel: text('Der Kurztitel (kurztitel)').optional(),
    /** Sprache des Textes, falls nicht Deutsch (de): z. B. de-x-ls für Leichte Sprache */
    sprache: languageCode('Die Sprache (sprache)').default('de'),
  });
