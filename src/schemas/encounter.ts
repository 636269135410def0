/**
 * A recurring encounter of a partnership (begegnungen in a city's frontmatter):
 * what, where, when – only as far as the source says – and the source sentence.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';
import { FEASTS } from '../lib/feasts.ts';

const MONTHS = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
] as const;

export const encounter = () =>
  z
    .strictObject(
      {
        /** Was: Erdbeerenfest, Musikzug, Dürener Stadtfest */
        name: text('Der Name der Begegnung (begegnungen → name)'),
        /** Wo, nur wenn die Quelle es sagt: Karadeniz Ereğli, Düren, Arnoldsweiler */
        ort: text('Der Ort der Begegnung (begegnungen → ort)').optional(),
        /** Monat, nur wenn die Quelle ihn nennt: 1 (Januar) bis 12 (Dezember) */
        monat: z
          .number({ error: 'begegnungen → monat muss eine Zahl von 1 (Januar) bis 12 (Dezember) sein.' })
          .int({ error: 'begegnungen → monat muss eine ganze Zahl von 1 bis 12 sein.' })
          .min(1, { error: 'begegnungen → monat muss eine Zahl von 1 (Januar) bis 12 (Dezember) sein.' })
          .max(12, { error: 'begegnungen → monat muss eine Zahl von 1 (Januar) bis 12 (Dezember) sein.' })
          .optional(),
        /** Genauer, wie es in der Quelle steht: "am ersten Septemberwochenende" */
        wann: text('begegnungen → wann').optional(),
        /** Ein Fest mit wechselndem Datum: Karneval, Ostern, Christi Himmelfahrt, Pfingsten oder Fronleichnam */
        fest: z
          .enum(FEASTS, { error: `begegnungen → fest muss einer dieser Werte sein: ${FEASTS.join(', ')}.` })
          .optional(),
        /** true nur, wenn die Broschüre 2019 sagt, dass die Begegnung wiederkehrt (»alljährlich«, »seit Jahren«, »traditionell«) */
        wiederkehrend: z.boolean({ error: 'begegnungen → wiederkehrend muss true oder false sein.' }).default(false),
        /** Der Satz aus der Broschüre, aus dem die Angabe stammt – wörtlich */
        quelle: text('Der Quellensatz (begegnungen → quelle)'),
      },
      { error: 'Eine Begegnung braucht name und quelle (den Satz aus der Broschüre).' },
    )
    .superRefine((v, ctx) => {
      if (v.monat !== undefined && v.fest !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['fest'],
          message: 'Bitte entweder monat oder fest angeben, nicht beides: Ein Fest mit wechselndem Datum hat keinen festen Monat.',
        });
      }
    })
    .transform((v) => ({ ...v, monatName: v.monat === undefined ? undefined : MONTHS[v.monat - 1] }));

export type Encounter = z.output<ReturnType<typeof encounter>>;
