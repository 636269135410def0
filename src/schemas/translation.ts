/**
 * Frontmatter of a translation: `content/staedte/en/stryj.mdx` translates
 * `content/staedte/stryj.mdx`. A translation holds only translatable text
 * (titles, descriptions, captions, milestone texts, the body); every fact
 * (numbers, dates, names, contacts, coordinates) comes from the German entry,
 * so a translation can never show another population or mayor.
 *
 * `TRANSLATABLE` is the one list of translatable fields: the schemas below, the
 * hash of the German version (`src/lib/translations.ts`), the content check and
 * the editor's configuration read it.
 */
import { z } from 'astro/zod';
import { description, fullDate, text } from './common.ts';

/** The German collections that can be translated, and which of their fields ("text" is the body). */
export const TRANSLATABLE = {
  staedte: ['beschreibung', 'lage', 'einwohner.zusatz', 'meilensteine', 'bilder', 'begegnungen', 'text'],
  seiten: ['titel', 'kurztitel', 'beschreibung', 'autor', 'herkunft', 'text'],
  aktuelles: ['titel', 'beschreibung', 'quelle.name', 'bilder', 'text'],
  startseite: ['ueberschrift', 'beschreibung', 'text'],
  termine: ['titel', 'beschreibung', 'ort', 'bild', 'text'],
} as const;
export type TranslatableCollection = keyof typeof TRANSLATABLE;

/** Pages that stay German in every language: the legal pages and Leichte Sprache (linked from the other languages' footers). */
export const GERMAN_ONLY_PAGES = ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache'] as const;

/** Which German version a translation was made from: written by `npm run uebersetzung -- <file>`, not by hand. */
export const translationMeta = () =>
  z.strictObject(
    {
      /** Tag der Übersetzung (bzw. der letzten Prüfung gegen die deutsche Seite): 2026-12-06 */
      datum: fullDate('Das Datum der Übersetzung (uebersetzung.datum)'),
      /** Prüfsummen der deutschen Textfelder, aus denen übersetzt wurde (schreibt npm run uebersetzung) */
      vorlage: z.record(
        z.string(),
        // A checksum of digits only, unquoted, reads as a number: the same message (the command writes them quoted).
        z
          .string({ error: 'uebersetzung.vorlage: Diese Prüfsummen schreibt der Befehl npm run uebersetzung – bitte nicht von Hand ändern.' })
          .regex(/^[0-9a-f]{8}$/, { error: 'uebersetzung.vorlage: Diese Prüfsummen schreibt der Befehl npm run uebersetzung – bitte nicht von Hand ändern.' }),
      ),
    },
    {
      error: (i) =>
        i.code === 'invalid_type'
          ? 'Der Stand der Übersetzung (uebersetzung: datum, vorlage) fehlt. Ihn schreibt der Befehl »npm run uebersetzung -- <Datei>«, sobald die Übersetzung fertig ist.'
          : undefined,
    },
  );

/** A translated caption: `alt` and `bildunterschrift` of the German entry's photo at the same place in the list. */
const figureText = () =>
  z.strictObject({
    /** Was auf dem Bild zu sehen ist, übersetzt */
    alt: text('Der Alternativtext (alt)'),
    /** Bildunterschrift, übersetzt */
    bildunterschrift: text('Die Bildunterschrift (bildunterschrift)'),
  });

/** content/staedte/<sprache>/<stadt>.mdx: the city page (English) or the portrait in the partner's language. */
export const cityTranslationSchema = () =>
  z.strictObject({
    uebersetzung: translationMeta(),
    /** Kurzbeschreibung für Suchmaschinen, 50–160 Zeichen */
    beschreibung: description(),
    /** Lage, eine Zeile je Eintrag, in derselben Reihenfolge wie auf Deutsch */
    lage: z.array(text('Eine Zeile der Lage')).optional(),
    /** Der Zusatz zur Einwohnerzahl, übersetzt */
    einwohner: z.strictObject({ zusatz: text('Der Zusatz zur Einwohnerzahl (einwohner.zusatz)') }).optional(),
    /** Texte der Meilensteine; `datum` (und `jahreszeit`) wie auf Deutsch ordnen den Text seinem Meilenstein zu */
    meilensteine: z
      .array(
        z.strictObject({
          datum: z.union([z.string(), z.number(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d))),
          jahreszeit: z.string().optional(),
          text: text('Der Text des Meilensteins (text)'),
        }),
      )
      .optional(),
    /** Bildtexte, in derselben Reihenfolge wie die Fotos der deutschen Seite */
    bilder: z.array(figureText()).optional(),
    /** Namen (und Orte, Zeitangaben) der Begegnungen, in derselben Reihenfolge wie auf Deutsch */
    begegnungen: z
      .array(
        z.strictObject({
          name: text('Der Name der Begegnung (name)'),
          ort: text('Der Ort der Begegnung (ort)').optional(),
          /** Wann im Jahr, übersetzt ("on the first weekend in September") */
          wann: text('Die Zeitangabe der Begegnung (wann)').optional(),
        }),
      )
      .optional(),
  });

/** content/seiten/<sprache>/<seite>.mdx (today: the Vorwort in English). */
export const pageTranslationSchema = () =>
  z.strictObject({
    uebersetzung: translationMeta(),
    titel: text('Der Titel (titel)'),
    beschreibung: description(),
    autor: text('Der Autor (autor)').optional(),
    herkunft: text('Die Herkunft des Textes (herkunft)').optional(),
    kurztitel: text('Der Kurztitel (kurztitel)').optional(),
  });

/** content/aktuelles/<sprache>/<meldung>.mdx */
export const newsTranslationSchema = () =>
  z.strictObject({
    uebersetzung: translationMeta(),
    titel: text('Der Titel (titel)'),
    beschreibung: description(),
    /** Name der Quelle, übersetzt ("Press release of the Kreis Düren") */
    quelle: z.strictObject({ name: text('Der Name der Quelle (quelle.name)') }).optional(),
    bilder: z.array(figureText()).optional(),
  });

/** content/<sprache>/startseite.mdx */
export const startTranslationSchema = () =>
  z.strictObject({
    uebersetzung: translationMeta(),
    ueberschrift: text('Die Überschrift (ueberschrift)'),
    beschreibung: description(),
  });

/** content/termine/<sprache>/<termin>.mdx */
export const eventTranslationSchema = () =>
  z.strictObject({
    uebersetzung: translationMeta(),
    titel: text('Der Titel (titel)'),
    beschreibung: description(),
    ort: text('Der Ort (ort)').optional(),
    bild: figureText().optional(),
  });
