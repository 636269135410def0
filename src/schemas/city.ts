/** Frontmatter of a partner city page (content/staedte/*.mdx). */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import { countryName, formatNumber, telHref } from '../lib/format.ts';
import { sortKey } from '../lib/dates.ts';
import { dateAtPrecision, description, email, languageCode, milestone, missing, partialDate, phone, text, webUrl } from './common.ts';

export const CONTINENTS = ['Europa', 'Asien', 'Afrika', 'Nordamerika', 'Südamerika', 'Ozeanien'] as const;

/** Ländercode nach ISO 3166 (AT, FR, TR …); die Seite zeigt den deutschen Namen. */
const country = () =>
  z
    .string({ error: 'Der Ländercode (land) fehlt.' })
    .trim()
    .toUpperCase()
    .refine((c) => countryName(c) !== undefined, {
      error: (i) => `»${i.input}« ist kein Ländercode nach ISO 3166 (z. B. AT für Österreich, FR für Frankreich).`,
    })
    .transform((code) => ({ code, name: countryName(code)! }));

/** The date one fact was checked, when it differs from the page's `stand`: `stand: "2026-11"`. */
const factDate = (key: string) => dateAtPrecision(`Der Stand (${key})`).optional();

/** Einwohnerzahl, z. B. `zahl: 1200` mit `ca: true` für "ca. 1.200". */
const population = () =>
  z
    .strictObject({
      /** Die Zahl ohne Punkte: 9800 */
      zahl: z
        .number({ error: 'Die Einwohnerzahl (einwohner.zahl) muss eine Zahl sein, ohne Punkte: 9800.' })
        .int({ error: 'Die Einwohnerzahl muss eine ganze Zahl sein.' })
        .positive({ error: 'Die Einwohnerzahl muss größer als 0 sein.' }),
      /** true, wenn die Zahl gerundet ist ("ca.") */
      ca: z.boolean({ error: 'ca muss true oder false sein.' }).default(false),
      /** Zusatz in Klammern, z. B. "einschl. Stadtbezirke" */
      zusatz: text('Der Zusatz zur Einwohnerzahl (einwohner.zusatz)').optional(),
      /** Wann die Zahl galt, falls anders als der Stand der Seite: "2026-11" */
      stand: factDate('einwohner.stand'),
    }, { error: missing('Die Einwohnerzahl (einwohner) fehlt: einwohner: { zahl: 9800 }.') })
    .transform((p) => ({
      ...p,
      text: `${p.ca ? 'ca. ' : ''}${formatNumber(p.zahl)}${p.zusatz ? ` (${p.zusatz})` : ''}`,
    }));

/** Bürgermeister oder Bürgermeisterin der Partnerstadt. */
const mayor = () =>
  z.strictObject({
    /** Vor- und Nachname */
    name: text('Der Name des Bürgermeisters (buergermeister.name)'),
    /** Bürgermeister oder Bürgermeisterin */
    amt: z.enum(['Bürgermeister', 'Bürgermeisterin'], {
      error: 'buergermeister.amt muss »Bürgermeister« oder »Bürgermeisterin« sein.',
    }),
    /** Seit wann die Angabe gilt bzw. wann sie geprüft wurde, falls anders als der Stand der Seite: "2026-11" */
    stand: factDate('buergermeister.stand'),
  }, { error: missing('Die Angaben zum Bürgermeister (buergermeister: name, amt) fehlen.') });

/** Ansprechperson bei der Stadt Düren. */
const contact = () =>
  z
    .strictObject({
      /** Vor- und Nachname */
      name: text('Der Name der Ansprechperson (kontakt.name)'),
      /** Ansprechpartner oder Ansprechpartnerin */
      bezeichnung: z.enum(['Ansprechpartner', 'Ansprechpartnerin'], {
        error: 'kontakt.bezeichnung muss »Ansprechpartner« oder »Ansprechpartnerin« sein.',
      }),
      /** Telefon international: +49 2421 25-2235 */
      telefon: phone(),
      /** E-Mail-Adresse, z. B. altmuenster@dueren.de */
      email: email(),
      /** Wann die Angaben geprüft wurden, falls anders als der Stand der Seite: "2026-11" */
      stand: factDate('kontakt.stand'),
    }, { error: missing('Die Ansprechperson (kontakt: name, bezeichnung, telefon, email) fehlt.') })
    .transform((c) => ({ ...c, telefonHref: telHref(c.telefon), emailHref: `mailto:${c.email}` }));

/** Lage auf der Karte (öffentlich bekannte Koordinaten, Dezimalgrad). */
const coordinates = () =>
  z.strictObject({
    /** Breitengrad, −90 bis 90 (Nord positiv) */
    breite: z
      .number({ error: 'koordinaten.breite muss eine Zahl sein (Dezimalgrad).' })
      .min(-90, { error: 'Der Breitengrad liegt zwischen −90 und 90.' })
      .max(90, { error: 'Der Breitengrad liegt zwischen −90 und 90.' }),
    /** Längengrad, −180 bis 180 (Ost positiv) */
    laenge: z
      .number({ error: 'koordinaten.laenge muss eine Zahl sein (Dezimalgrad).' })
      .min(-180, { error: 'Der Längengrad liegt zwischen −180 und 180.' })
      .max(180, { error: 'Der Längengrad liegt zwischen −180 und 180.' }),
  }, { error: missing('Die Koordinaten (koordinaten: breite, laenge) fehlen.') });

/** Ein Foto mit Pflichtangaben. */
export const figure = (image: SchemaContext['image']) =>
  z.strictObject({
    /** Pfad zur Bilddatei, relativ zur MDX-Datei: ./bilder/rathaus.jpg */
    datei: image(),
    /** Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen */
    alt: text('Der Alternativtext (alt)'),
    /** Bildunterschrift unter dem Foto */
    bildunterschrift: text('Die Bildunterschrift (bildunterschrift)'),
    /** Bildnachweis, z. B. "Stadt Düren" */
    bildnachweis: text('Der Bildnachweis (bildnachweis)'),
  });

export const citySchema = ({ image }: SchemaContext) =>
  z.strictObject({
    /** Name der Stadt auf Deutsch: Altmünster */
    name: text('Der Name der Stadt (name)'),
    /** Name in der eigenen Schrift, falls anders: `{ name: 金华市, sprache: zh-Hans }` */
    eigenname: z
      .strictObject({
        name: text('eigenname.name'),
        /** Sprachcode nach BCP 47, z. B. zh-Hans, uk, tr */
        sprache: languageCode('Die Sprache des Eigennamens (eigenname.sprache)'),
      })
      .optional(),
    /** Ländercode nach ISO 3166: AT, FR, TR, BA, CN, UA */
    land: country(),
    /** Kontinent: Europa, Asien … */
    kontinent: z.enum(CONTINENTS, { error: `kontinent muss einer dieser Werte sein: ${CONTINENTS.join(', ')}.` }),
    /** Lage, eine Zeile je Eintrag (wie in der Broschüre) */
    lage: z.array(text('Eine Zeile der Lage'), { error: 'lage muss eine Liste von Zeilen sein.' }).min(1, { error: 'Die Lage (lage) fehlt.' }),
    einwohner: population(),
    /** Entfernung von Düren in Kilometern, ohne Punkte: 2750 */
    entfernungKm: z
      .number({ error: 'entfernungKm muss eine Zahl sein (Kilometer, ohne Punkte).' })
      .positive({ error: 'Die Entfernung muss größer als 0 sein.' })
      .max(20_038, { error: 'Keine Stadt der Erde ist weiter als 20.038 km entfernt.' }),
    buergermeister: mayor(),
    /** Gründung der Partnerschaft, so genau wie bekannt */
    partnerschaftSeit: partialDate('Die Gründung der Partnerschaft (partnerschaftSeit)'),
    /** Weitere Meilensteine der Partnerschaft, älteste zuerst */
    meilensteine: z
      .array(milestone())
      .default([])
      .transform((list) => [...list].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))),
    kontakt: contact(),
    /** Offizielle Website der Partnerstadt */
    website: webUrl('Die Website der Partnerstadt (website)'),
    koordinaten: coordinates(),
    /** Wann die Angaben galten (Stand der Seite): 2019-09. Einzelne Angaben können einen eigenen Stand haben. */
    stand: partialDate('Der Stand der Angaben (stand)'),
    /** Andere Namen und Schreibweisen für die Suche: Lemberg, Lviv … (werden nicht angezeigt) */
    suchbegriffe: z.array(text('Ein Suchbegriff')).default([]),
    /** Kurzbeschreibung für Suchmaschinen, 50–160 Zeichen */
    beschreibung: description(),
    /** Fotos (optional); jedes braucht alt, bildunterschrift und bildnachweis */
    bilder: z.array(figure(image)).default([]),
  })
  // Every dated fact gets its Stand: its own, else the page's.
  .transform((c) => ({
    ...c,
    einwohner: { ...c.einwohner, stand: c.einwohner.stand ?? c.stand },
    buergermeister: { ...c.buergermeister, stand: c.buergermeister.stand ?? c.stand },
    kontakt: { ...c.kontakt, stand: c.kontakt.stand ?? c.stand },
  }));
