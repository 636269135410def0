/**
 * Rules of the content check that only translations have (content/staedte/en/stryj.mdx …):
 * where a translation may live, and how it stands against its German file. Browser-safe,
 * like ./index.ts, which validates the translation's fields and body with the schemas of
 * src/schemas/translation.ts and the same body rules as the German files, then asks this.
 *
 * Whether a translation is behind its German file is computed in src/lib/translations.ts
 * (one place: `npm run uebersetzung` and the pages ask it too); here it becomes a warning,
 * never an error: a correct German edit must not stop the build.
 */
import type { Problem } from './index.ts';
import { translatableFieldName } from './labels.ts';
import { GERMAN_ONLY_PAGES, type TranslatableCollection } from '../../schemas/translation.ts';
import { LANGS, LANGUAGE, isLang } from '../../i18n/languages.ts';
import { germanChecksums, languagesFor, recordedChecksums, stalenessAgainst, translationFile } from '../translations.ts';
import { formatDateLong } from '../dates.ts';

/** What the translations of a German file are checked against; kept small, since the editor gets it for every file. */
export interface GermanVersion {
  /** Checksums of the German text fields as they are now (src/lib/translations.ts). */
  pruefsummen: Record<string, string>;
  /** The milestones, as `datum` (plus ` jahreszeit`) are written: "1999", "1959 Frühjahr". */
  meilensteine?: string[];
  /** How many photos and encounters the German file has. */
  bilder?: number;
  begegnungen?: number;
}

/** The key that ties a translated milestone to its German one: the date as written, and the season. */
function milestoneKey(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const { datum, jahreszeit } = item as { datum?: unknown; jahreszeit?: unknown };
  if (datum === undefined || datum === null) return undefined;
  const date = datum instanceof Date ? datum.toISOString().slice(0, 10) : String(datum);
  return typeof jahreszeit === 'string' && jahreszeit ? `${date} ${jahreszeit}` : date;
}

/** The German file's version, from its frontmatter as data and its body. */
export function germanVersion(collection: TranslatableCollection, data: Record<string, unknown>, body: string): GermanVersion {
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]) : undefined);
  const meilensteine = list('meilensteine')?.map(milestoneKey).filter((k): k is string => k !== undefined);
  return {
    pruefsummen: germanChecksums(collection, data, body),
    ...(meilensteine ? { meilensteine } : {}),
    ...(list('bilder') ? { bilder: list('bilder')!.length } : {}),
    ...(list('begegnungen') ? { begegnungen: list('begegnungen')!.length } : {}),
  };
}

const COLLECTIONS = 'staedte|seiten|aktuelles|termine';
const TRANSLATION_LANGS = LANGS.filter((l) => l !== 'de');
const languageList = TRANSLATION_LANGS.map((l) => `${l} (${LANGUAGE[l].german.replace(/ \((.+)\)$/, ', $1')})`).join(', ');

/** "Beschreibung, Meilensteine und Text". */
const names = (fields: string[]) => fields.map(translatableFieldName).join(', ').replace(/, ([^,]+)$/, ' und $1');

/**
 * An .mdx file in a folder where only translations live, that is not one: a folder that is no
 * language of the site ("content/staedte/english/stryj.mdx", "content/staedte/de/stryj.mdx"),
 * or a file other than the start page in a language folder of content/ itself.
 */
export function languageFolderProblem(file: string): Problem | undefined {
  if (translationFile(file)) return undefined;
  const inCollection = new RegExp(`^content/(${COLLECTIONS})/([^/]+)/([^/]+)\\.mdx$`).exec(file);
  const atTop = /^content\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
  const folder = inCollection?.[2] ?? (atTop && !new RegExp(`^(${COLLECTIONS})$`).test(atTop[1]!) ? atTop[1] : undefined);
  if (folder === undefined) return undefined;
  const problem = (message: string): Problem => ({ file, field: 'Ordner', found: folder, severity: 'fehler', message });
  if (folder === 'de') {
    return problem(
      'Deutsche Seiten liegen nicht in einem Ordner »de«, sondern direkt im Ordner ihrer Art (z. B. content/staedte/stryj.mdx). Bitte die Datei dorthin verschieben.',
    );
  }
  if (isLang(folder)) {
    return problem(
      `Im Sprachordner content/${folder}/ liegt nur die übersetzte Startseite (startseite.mdx). Übersetzungen anderer Seiten liegen neben der deutschen Datei, z. B. content/seiten/${folder}/vorwort.mdx.`,
    );
  }
  if (!inCollection && !atTop) return undefined;
  return problem(
    `Der Ordner »${folder}« ist keine Sprache der Website. Übersetzungen liegen in einem Ordner mit dem Kürzel ihrer Sprache: ${languageList}. ` +
      'Andere Texte gehören nicht in einen Unterordner.',
  );
}

/**
 * A translation where none may be: a language the collection is not translated into,
 * a page that stays German, a German file that does not exist. `germans`: the German
 * files known (undefined: not known, e.g. one file checked alone).
 */
export function translationPlaceProblem(file: string, germans: ReadonlyMap<string, unknown> | undefined): Problem | undefined {
  const t = translationFile(file);
  if (!t) return undefined;
  const problem = (field: string, found: string, message: string): Problem => ({ file, field, found, severity: 'fehler', message });
  if (!languagesFor(t.collection).includes(t.lang)) {
    return problem(
      'Ordner', t.lang,
      `Auf ${LANGUAGE[t.lang].german} (${t.lang}) gibt es nur die Porträts der Partnerstädte (content/staedte/${t.lang}/<stadt>.mdx). ` +
        'Alle anderen Seiten werden nur ins Englische übersetzt (Ordner en). Bitte die Datei löschen oder in den Ordner en verschieben, wenn sie englisch ist.',
    );
  }
  if (t.collection === 'seiten' && (GERMAN_ONLY_PAGES as readonly string[]).includes(t.id)) {
    return problem(
      'Dateiname', t.id,
      'Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit und Leichte Sprache bleiben in jeder Sprache deutsch: ' +
        'Nur die deutsche Fassung ist verbindlich, die englischen Seiten verlinken sie. Bitte diese Übersetzung löschen.',
    );
  }
  if (germans && !germans.has(t.german)) {
    return problem(
      'Dateiname', t.id,
      `Die deutsche Seite ${t.german} gibt es nicht. Eine Übersetzung heißt wie die deutsche Datei und liegt im Sprachordner daneben ` +
        '(content/staedte/en/stryj.mdx übersetzt content/staedte/stryj.mdx). Bitte den Dateinamen prüfen oder die Übersetzung löschen.',
    );
  }
  return undefined;
}

/** "2026-12-05" → "5. Dezember 2026". */
const longDate = (iso: string) => formatDateLong(new Date(`${iso}T00:00:00Z`));

/**
 * A translation against its German file: milestones and lists it cannot be matched to, and
 * whether the German text changed since it was made (`since`: when the German file last
 * changed, as staff read it; from git, undefined without; asked only when it changed).
 */
export function translationProblems(
  file: string,
  data: Record<string, unknown>,
  german: GermanVersion,
  lineOf: (path: (string | number)[]) => number,
  since: () => string | undefined = () => undefined,
): Problem[] {
  const t = translationFile(file)!;
  const problems: Problem[] = [];
  const warn = (path: (string | number)[], field: string, message: string, found?: string): Problem => ({
    file, line: lineOf(path), field, key: path.join('.'), ...(found !== undefined ? { found } : {}), severity: 'warnung', message,
  });

  if (Array.isArray(data.meilensteine) && german.meilensteine) {
    const known = german.meilensteine;
    data.meilensteine.forEach((item, i) => {
      const key = milestoneKey(item);
      if (key === undefined || known.includes(key)) return;
      problems.push(warn(
        ['meilensteine', i, 'datum'], `${i + 1}. Meilenstein, Datum`,
        `Auf der deutschen Seite ${t.german} gibt es keinen Meilenstein vom »${key}«; dieser Text wird deshalb nicht angezeigt. ` +
          `Bitte Datum (und Jahreszeit) genau wie auf Deutsch schreiben. Die deutschen Meilensteine: ${known.join(', ') || 'keine'}.`,
        key,
      ));
    });
  }
  for (const [key, what, items] of [['bilder', 'Bildtexte', 'Fotos'], ['begegnungen', 'Begegnungen', 'Begegnungen']] as const) {
    const own = Array.isArray(data[key]) ? (data[key] as unknown[]).length : 0;
    const theirs = german[key] ?? 0;
    if (own > theirs) {
      problems.push(warn(
        [key, theirs], translatableFieldName(key),
        `Die Übersetzung hat ${own} ${what}, die deutsche Seite ${t.german} nur ${theirs} ${items}. ` +
          `Die Einträge gehören in derselben Reihenfolge zu denen der deutschen Seite; ab dem ${theirs + 1}. wird nichts angezeigt. Bitte die überzähligen löschen.`,
      ));
    }
  }

  const recorded = recordedChecksums(data);
  const meta = data.uebersetzung as { datum?: unknown } | undefined;
  if (Object.keys(recorded).length === 0 || !meta) return problems;
  const { changed, missing } = stalenessAgainst(t.lang, recorded, german.pruefsummen);
  const fix = `Übersetzung anpassen, dann npm run uebersetzung -- ${file}`;
  const made = meta.datum instanceof Date ? meta.datum.toISOString().slice(0, 10) : String(meta.datum ?? '');
  const madeOn = /^\d{4}-\d\d-\d\d$/.test(made) ? ` vom ${longDate(made)}` : '';
  if (changed.length > 0) {
    const last = since();
    const when = last === undefined ? '' : /^\d{4}-\d\d-\d\d$/.test(last) ? `, zuletzt am ${longDate(last)}` : `, zuletzt ${last}`;
    const fields = names(changed);
    problems.push({
      ...warn(['uebersetzung'], fields, `Übersetzung veraltet: Die deutsche Seite ${t.german} wurde seit der Übersetzung${madeOn} geändert${when}, in: ${fields}. ${fix}`),
      topic: 'stale-translation',
    });
  }
  if (missing.length > 0) {
    const fields = names(missing);
    problems.push({
      ...warn(['uebersetzung'], fields, `Noch nicht übersetzt: ${fields} (auf der deutschen Seite ${t.german} vorhanden, in der Übersetzung nicht). ${fix}`),
      topic: 'stale-translation',
    });
  }
  return problems;
}
