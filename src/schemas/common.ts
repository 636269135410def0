/**
 * Small schema pieces shared by every collection. Each message is written for
 * the city's editors: plain German, naming what is wrong and how to fix it.
 */
import { z } from 'astro/zod';
import { SEASONS, parsePartialDate, formatLong, formatShort, type PartialDate, type Season } from '../lib/dates.ts';

// Zod's own messages (wrong type, missing field …) in German.
z.config(z.locales.de());

/**
 * An object's own message when it is missing or not an object; for anything else
 * (an unknown key inside, say) Zod's message, so a typo is not reported as "missing".
 */
export const missing = (message: string) => (issue: { code?: string }) => (issue.code === 'invalid_type' ? message : undefined);

/**
 * What a template's placeholder looks like: "…", "...", "TODO", "example." –
 * left standing when an editor copies a sample and forgets to fill it in.
 */
export function placeholderIn(value: string): string | undefined {
  if (value.includes('…')) return '…';
  if (value.includes('...')) return '...';
  if (/\bTODO\b/.test(value)) return 'TODO';
  if (/\bexample\./i.test(value)) return 'example.';
  return undefined;
}

const placeholderMessage = (what: string, value: unknown) =>
  `${what} enthält noch den Platzhalter »${placeholderIn(String(value))}« (»${String(value)}«). Bitte durch die richtige Angabe ersetzen oder das Feld löschen, wenn es freiwillig ist.`;

/** A text that must not be empty and holds no placeholder. */
export const text = (what: string) =>
  z
    .string({ error: `${what} fehlt oder ist kein Text.` })
    .trim()
    .min(1, { error: `${what} darf nicht leer sein.` })
    .refine((v) => placeholderIn(v) === undefined, { error: (i) => placeholderMessage(what, i.input), abort: true });

/** A language code after BCP 47: de, de-x-ls (Leichte Sprache), uk, zh-Hans. */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(code)) return false;
  try {
    Intl.getCanonicalLocales(code);
  } catch {
    return false;
  }
  const primary = code.split('-')[0]!;
  const name = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'none' }).of(primary);
  return name !== undefined && name !== primary;
}

export const languageCode = (what: string) =>
  z
    .string({ error: `${what} fehlt: ein Sprachcode wie de, uk oder zh-Hans.` })
    .trim()
    .refine(isLanguageCode, {
      error: (i) =>
        `»${String(i.input)}« ist kein Sprachcode. Schreiben Sie einen Code nach BCP 47, z. B. de (Deutsch), de-x-ls (Leichte Sprache), uk (Ukrainisch), tr (Türkisch) oder zh-Hans (Chinesisch, Kurzzeichen).`,
    });

/** The short description search engines show: 50 to 160 characters. */
export const description = () =>
  z
    .string({ error: 'Die Beschreibung (beschreibung) fehlt.' })
    .trim()
    .min(50, { error: (i) => `Die Beschreibung ist zu kurz (${String(i.input).length} Zeichen, mindestens 50).` })
    .max(160, { error: (i) => `Die Beschreibung ist zu lang (${String(i.input).length} Zeichen, höchstens 160).` })
    .refine((v) => placeholderIn(v) === undefined, { error: (i) => placeholderMessage('Die Beschreibung (beschreibung)', i.input) });

/** An e-mail address, stored in lower case. */
export const email = () =>
  z
    .string({ error: 'Die E-Mail-Adresse fehlt.' })
    .trim()
    .toLowerCase()
    .refine((v) => placeholderIn(v) === undefined, { error: (i) => placeholderMessage('Die E-Mail-Adresse', i.input), abort: true })
    .pipe(z.email({ error: (i) => `»${i.input}« ist keine gültige E-Mail-Adresse.` }));

/** A phone number in international form: "+49 2421 25-2235". */
export const phone = () =>
  z
    .string({ error: 'Die Telefonnummer fehlt.' })
    .trim()
    .regex(/^\+\d{1,3}( ?[\d]+)+(-\d+)?$/, {
      error: (i) => `»${i.input}« ist keine Telefonnummer in der Form +49 2421 25-2235.`,
    });

/** A web address starting with https:// or http://. */
export const webUrl = (what = 'Die Webadresse') =>
  z
    .string({ error: `${what} fehlt.` })
    .trim()
    .refine((v) => placeholderIn(v) === undefined, { error: (i) => placeholderMessage(what, i.input), abort: true })
    .pipe(
      z.url({
        protocol: /^https?$/,
        error: (i) => `»${i.input}« ist keine Webadresse. Bitte vollständig mit https:// angeben.`,
      }),
    );

/** A full calendar date (YAML: 2023-03-03). */
export const fullDate = (what: string) =>
  z
    .custom<Date | string>(
      (v) => {
        const r = parsePartialDate(v);
        return !('error' in r) && r.precision === 'day';
      },
      { error: (i) => `${what}: »${stringify(i.input)}« ist kein gültiges Datum (JJJJ-MM-TT, z. B. 2023-03-03).` },
    )
    .transform((v) => {
      const r = parsePartialDate(v) as PartialDate;
      return new Date(Date.UTC(r.year, r.month! - 1, r.day));
    });

function stringify(v: unknown): string {
  return v instanceof Date ? (Number.isNaN(v.getTime()) ? 'ungültig' : v.toISOString().slice(0, 10)) : String(v);
}

/** What a template gets for a date with its precision. */
export interface DateValue extends PartialDate {
  /** "18. Dezember 1971", "Juni 1970", "Frühjahr 1959" */
  long: string;
  /** "18.12.1971", "06/1970", "Frühjahr 1959" */
  short: string;
}

const dateShape = {
  /** JJJJ-MM-TT, JJJJ-MM oder JJJJ */
  datum: z.unknown().optional(),
  /** Frühjahr, Sommer, Herbst oder Winter – nur zusammen mit einer Jahreszahl */
  jahreszeit: z.enum(SEASONS, { error: 'Die Jahreszeit muss Frühjahr, Sommer, Herbst oder Winter sein.' }).optional(),
};

/** Checks `datum` (+ `jahreszeit`) and gives the display forms; reports problems on `datum`. */
function toDateValue(v: { datum?: unknown; jahreszeit?: Season | undefined }, ctx: z.RefinementCtx): DateValue {
  if (v.datum === undefined || v.datum === null || v.datum === '') {
    ctx.addIssue({ code: 'custom', path: ['datum'], message: 'Das Datum fehlt (JJJJ-MM-TT, JJJJ-MM oder JJJJ).' });
    return z.NEVER;
  }
  const r = parsePartialDate(v.datum, v.jahreszeit);
  if ('error' in r) {
    ctx.addIssue({ code: 'custom', path: ['datum'], message: r.error });
    return z.NEVER;
  }
  return { ...r, long: formatLong(r), short: formatShort(r) };
}

/** A date written directly, as precise as it is known: `datum: 2019-09` or `datum: 2026-11-21`. */
export const dateAtPrecision = (what: string) =>
  z.unknown().transform((v, ctx): DateValue => {
    const r = parsePartialDate(v);
    if ('error' in r) {
      ctx.addIssue({ code: 'custom', message: `${what}: ${r.error}` });
      return z.NEVER;
    }
    return { ...r, long: formatLong(r), short: formatShort(r) };
  });

/**
 * A date as precise as the source knows it: `datum: 1971-12-18`, `datum: 1970-06`
 * or `datum: 1959`, with `jahreszeit: Frühjahr` for "Frühjahr 1959".
 */
export const partialDate = (what: string) =>
  z
    .strictObject(dateShape, { error: missing(`${what} fehlt: datum: JJJJ-MM-TT, JJJJ-MM oder JJJJ.`) })
    .transform((v, ctx) => toDateValue(v, ctx));

/** A dated event of the partnership: `{ datum: 2002-02-23, text: … }`. */
export const milestone = () =>
  z
    .strictObject(
      { ...dateShape, /** Was geschah, in einem Satz */ text: text('Der Text des Meilensteins (text)') },
      { error: missing('Ein Meilenstein braucht datum und text.') },
    )
    .transform((v, ctx) => ({ ...toDateValue(v, ctx), text: v.text }));
