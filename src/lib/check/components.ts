/**
 * The site's own components that a content body may use (MDX files only; news are
 * plain Markdown), with the props each takes: literal strings in quotes, never code.
 * The pages pass exactly these to `<Content components={…} />` (src/components/content/).
 * Browser-safe.
 */
import { daysInMonth } from '../dates.ts';

export interface ComponentSpec {
  /** Props: each a literal string matching `pattern`; `hint` says how to write it. */
  props: Record<string, { required?: boolean; pattern: RegExp; hint: string; valid?: (value: string) => boolean }>;
  /** Whether text may stand between the opening and the closing tag. */
  children: boolean;
  /** How it is written, for messages. */
  example: string;
}

const PAGE = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;

export const COMPONENTS: Record<string, ComponentSpec> = {
  /** A link to a page of this site by its address: `<Seitenlink ziel="leichte-sprache">Leichte Sprache</Seitenlink>`. */
  Seitenlink: {
    props: { ziel: { required: true, pattern: PAGE, hint: 'die Adresse einer Seite dieser Website ohne Schrägstriche, z. B. leichte-sprache oder stryj.' } },
    children: true,
    example: '<Seitenlink ziel="leichte-sprache">Leichte Sprache</Seitenlink>',
  },
  /** "Düren hat 7 Partner-Städte:" and the list of them with their countries, from content/staedte/ (Leichte Sprache). */
  PartnerStaedte: { props: {}, children: false, example: '<PartnerStaedte />' },
  /** A date as `<time>`: `<Datum tag="2026-11-21" />` → "21. November 2026". */
  Datum: {
    props: {
      tag: {
        required: true,
        pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
        hint: 'ein Datum als Jahr-Monat-Tag, das es gibt, z. B. 2026-11-21.',
        valid: (v) => Number(v.slice(8)) <= daysInMonth(Number(v.slice(0, 4)), Number(v.slice(5, 7))),
      },
    },
    children: false,
    example: '<Datum tag="2026-11-21" />',
  },
  /** Text in Leichter Sprache: larger type and more space between lines. */
  LeichteSprache: { props: {}, children: true, example: '<LeichteSprache> … </LeichteSprache>' },
  /** A line break inside a paragraph (an address). */
  br: { props: {}, children: false, example: '<br />' },
};

/** "<Seitenlink ziel="…">…</Seitenlink>, <PartnerStaedte />, …" for messages. */
export const componentList = () => Object.values(COMPONENTS).map((c) => c.example).join(', ');
