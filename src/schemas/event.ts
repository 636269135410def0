/** Frontmatter of a dated event of the partnerships (content/termine/*.mdx). */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import { eventTime, parseWallTime, type EventTime, type WallTime } from '../lib/event-time.ts';
import { figure } from './city.ts';
import { description, text, webUrl } from './common.ts';

/** A day ("2027-09-12") or a day with the time in Düren ("2027-09-12T18:00"). */
const wallTime = (what: string) =>
  z.unknown().transform((v, ctx): WallTime => {
    if (v === undefined || v === null || v === '') {
      ctx.addIssue({ code: 'custom', message: `${what} fehlt: "JJJJ-MM-TT" für einen ganzen Tag oder "JJJJ-MM-TTTHH:MM" mit Uhrzeit, z. B. "2027-09-12T18:00".` });
      return z.NEVER;
    }
    const r = parseWallTime(v);
    if ('error' in r) {
      ctx.addIssue({ code: 'custom', message: `${what}: ${r.error}` });
      return z.NEVER;
    }
    return r;
  });

/**
 * `staedte` takes Astro's `reference('staedte')` (unit tests and the content check a
 * plain string); `image` is Astro's `image()`. Whether the cities exist is checked in
 * the content check and in `src/lib/content.ts`, as for news.
 */
export const eventSchema = <R extends z.ZodType>(cityRef: R, image: SchemaContext['image']) =>
  z
    .strictObject({
      /** Name des Termins: "Bürgerreise nach Valenciennes" */
      titel: text('Der Titel (titel)'),
      /** Kurzfassung für Übersicht, Suche und Kalender, 50–160 Zeichen */
      beschreibung: description(),
      /** Beginn, Zeit in Düren: "2027-09-12" (ganzer Tag) oder "2027-09-12T18:00" (mit Uhrzeit) */
      beginn: wallTime('Der Beginn (beginn)'),
      /** Ende (freiwillig), in derselben Form; bei ganzen Tagen der letzte Tag: "2027-09-14" */
      ende: wallTime('Das Ende (ende)').optional(),
      /** Wo der Termin stattfindet: "Rathaus Düren, Kaiserplatz 2–4" */
      ort: text('Der Ort (ort)'),
      /** Partnerstädte, um die es geht: Dateinamen ohne .mdx, z. B. [valenciennes] */
      staedte: z.array(cityRef).default([]),
      /** Webadresse mit mehr Angaben oder zur Anmeldung (freiwillig) */
      link: webUrl('Die Webadresse (link)').optional(),
      /** Ein Foto (freiwillig), mit Alternativtext, Bildunterschrift und Bildnachweis */
      bild: figure(image).optional(),
      /** true, wenn der Termin abgesagt ist: Er bleibt sichtbar und wird als abgesagt markiert */
      abgesagt: z.boolean({ error: 'abgesagt muss true oder false sein.' }).default(false),
    })
    .transform((d, ctx) => {
      const zeit = eventTime(d.beginn, d.ende);
      if ('error' in zeit) {
        ctx.addIssue({ code: 'custom', path: [zeit.field], message: zeit.error });
        return z.NEVER;
      }
      return { ...d, zeit: zeit as EventTime };
    });
