/** Frontmatter of the start page's introduction (content/startseite.mdx); its text is the introduction. */
import { z } from 'astro/zod';
import { description, text } from './common.ts';

export const startSchema = () =>
  z.strictObject({
    /** Hauptüberschrift der Startseite */
    ueberschrift: text('Die Überschrift (ueberschrift)'),
    /** Kurzbeschreibung der Startseite für Suchmaschinen, 50–160 Zeichen */
    beschreibung: description(),
  });
