/**
 * Rules for the characters and lengths of texts in content files: invisible control
 * characters, NUL, broken characters (lone surrogates) and bidi overrides anywhere in
 * the file, and the length limits the layout needs. Browser-safe.
 */

/** Code point as "U+202E". */
export const codePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

export interface CharacterFinding {
  /** Line in the text, from 1 */
  line: number;
  message: string;
}

const BIDI = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x061c]);

function kindOf(cp: number): 'control' | 'bidi' | 'surrogate' | 'separator' | undefined {
  if (cp === 0x09 || cp === 0x0a) return undefined;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0xfffe || cp === 0xffff || cp === 0xfeff) return 'control';
  if (BIDI.has(cp)) return 'bidi';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if (cp === 0x2028 || cp === 0x2029) return 'separator';
  return undefined;
}

const MESSAGES = {
  control: (cp: number) =>
    cp === 0
      ? `Hier steht ein Nullzeichen (${codePoint(cp)}), das man nicht sieht. Es kommt meist beim Kopieren aus anderen Programmen mit. Bitte die Zeile neu tippen.`
      : `Hier steht ein unsichtbares Steuerzeichen (${codePoint(cp)}). Es kommt meist beim Kopieren aus anderen Programmen mit. Bitte die Stelle löschen oder die Zeile neu tippen.`,
  bidi: (cp: number) =>
    `Hier steht ein unsichtbares Zeichen, das die Schreibrichtung umkehrt (${codePoint(cp)}). Es kann Text anders zeigen, als er gemeint ist. Bitte löschen: Die Website setzt die Schreibrichtung selbst (für Namen in anderer Schrift: eigenname mit sprache).`,
  surrogate: (cp: number) =>
    `Hier steht ein beschädigtes Zeichen (${codePoint(cp)}), meist die Hälfte eines Emojis oder Schriftzeichens. Bitte das Zeichen löschen und neu eingeben.`,
  separator: (cp: number) =>
    `Hier steht ein unsichtbarer Zeilen- oder Absatztrenner (${codePoint(cp)}). Bitte löschen und, wenn nötig, eine normale neue Zeile beginnen.`,
};

/** Every line with a character that must not be in a content file (one finding per line and kind). */
export function characterProblems(text: string): CharacterFinding[] {
  const findings: CharacterFinding[] = [];
  const seen = new Set<string>();
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) {
      line++;
      continue;
    }
    const cp = unit;
    // A surrogate pair is one character; a lone half is broken.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++;
        continue;
      }
    }
    // A CR before LF is a Windows line end; a CR alone is reported for the whole file (lineEndProblem).
    if (cp === 0x0d) continue;
    const kind = kindOf(cp);
    if (!kind) continue;
    // A BOM at the very start is allowed (editors on Windows write it).
    if (cp === 0xfeff && i === 0) continue;
    const key = `${line}|${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ line, message: MESSAGES[kind](cp) });
  }
  return findings;
}

/** Old Mac line ends (CR alone): Astro does not read such a file the way the check does. */
export function lineEndProblem(text: string): string | undefined {
  return /\r(?!\n)/.test(text)
    ? 'Die Datei hat Zeilenenden im alten Mac-Format (nur CR). Bitte mit normalen Zeilenenden (LF oder CR LF) speichern, z. B. in einem anderen Texteditor.'
    : undefined;
}

/** A length limit the layout needs: the field's path, the most characters, and why. */
export interface LengthLimit {
  path: (string | number)[];
  max: number;
  why: string;
}

/** Where the layout needs a limit, per kind of file. */
export const LENGTH_LIMITS: Record<'stadt' | 'meldung' | 'seite' | 'start' | 'termin', LengthLimit[]> = {
  stadt: [
    { path: ['name'], max: 30, why: 'Der Name steht auf den Karten neben dem Punkt der Stadt; ein längerer Name passt nicht neben die anderen.' },
    { path: ['eigenname', 'name'], max: 40, why: 'Der Name steht auf dem Vorschaubild unter dem Namen.' },
  ],
  meldung: [{ path: ['titel'], max: 100, why: 'Das Vorschaubild zeigt den Titel in höchstens drei Zeilen.' }],
  termin: [{ path: ['titel'], max: 100, why: 'Das Vorschaubild zeigt den Titel in höchstens drei Zeilen.' }],
  seite: [{ path: ['titel'], max: 100, why: 'Das Vorschaubild zeigt den Titel in höchstens drei Zeilen.' }],
  start: [{ path: ['ueberschrift'], max: 100, why: 'Das Vorschaubild zeigt die Überschrift in höchstens drei Zeilen.' }],
};

/** The message when a text is longer than its limit. */
export const lengthMessage = (length: number, limit: LengthLimit) =>
  `Der Text ist ${length} Zeichen lang, erlaubt sind höchstens ${limit.max}. ${limit.why} Bitte kürzen.`;

/** Fields the share image draws, per kind of file. */
export const SHARE_IMAGE_FIELDS: Record<'stadt' | 'meldung' | 'seite' | 'start' | 'termin', (string | number)[][]> = {
  stadt: [['name'], ['eigenname', 'name']],
  meldung: [['titel'], ['herausgeber']],
  termin: [['titel']],
  seite: [['titel']],
  start: [['ueberschrift']],
};

/** The message for a character no font of the share image has (also thrown by src/lib/og.ts). */
export function missingGlyphMessage(char: string, text: string): string {
  return (
    `Das Zeichen »${char}« (${codePoint(char.codePointAt(0)!)}) in »${text}« kann das Vorschaubild nicht zeichnen: ` +
    'Keine der eingebauten Schriften (Noto Sans, Noto Sans SC) enthält es. ' +
    'Bitte das Zeichen ersetzen oder weglassen (z. B. eine Umschrift in lateinischen Buchstaben verwenden).'
  );
}

/** The first character of `text` outside `ranges` (sorted [from, to]), or undefined. */
export function firstUndrawable(text: string, ranges: readonly (readonly [number, number])[]): string | undefined {
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    let lo = 0;
    let hi = ranges.length - 1;
    let inside = false;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [from, to] = ranges[mid]!;
      if (cp < from) hi = mid - 1;
      else if (cp > to) lo = mid + 1;
      else {
        inside = true;
        break;
      }
    }
    if (!inside) return char;
  }
  return undefined;
}
