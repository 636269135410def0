/**
 * German summaries of a failed Astro build. Content errors are caught by the content
 * check before Astro runs; what can still stop Astro is the same check inside Astro (a
 * plain `astro build`), the body rules while compiling, a missing photo, or an
 * unexpected error, which is said as such (the details are in build.log).
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** A content file's text, to find the line that names a missing photo. */
export interface SourceFile {
  file: string;
  text: string;
}

/**
 * Astro's (English) error output → "Fehler im Inhalt: file, Zeile n" and a German
 * sentence when a rule of the site stopped the build; otherwise `UNEXPECTED`.
 */
export function summarizeBuildError(log: string, _root: string, files: SourceFile[] = []): string {
  const text = log.replace(ANSI, '');
  const image = /\[ImageNotFound\][^`]*`([^`]+)`/.exec(text);
  if (image) {
    const wanted = image[1]!;
    const where = files
      .map((f) => ({ f, line: f.text.split('\n').findIndex((l) => l.includes(wanted)) }))
      .find((x) => x.line >= 0);
    const place = where ? `${where.f.file}, Zeile ${where.line + 1}` : 'content/';
    return (
      `Fehler im Inhalt: ${place}\n` +
      `  Das Foto »${wanted}« wurde nicht gefunden. Bitte die Datei dorthin legen oder den Pfad korrigieren ` +
      '(relativ zur Textdatei, z. B. ./bilder/rathaus.jpg; Groß- und Kleinschreibung zählt).'
    );
  }
  // The content check inside Astro (src/integrations/content-check.ts) stopped the build: its report as it is.
  const report = /(✖ Fehler in content\/[\s\S]*?Inhalt geprüft: [^\n]*)/.exec(text);
  if (report) return report[1]!.trim();
  // The site's own rules while compiling (src/lib/check/mdx-rules.ts) or rendering (a share image that cannot
  // draw a character) throw "content/…mdx[, Zeile n], Feld »x«: …"; without a line, the one holding the quoted text.
  const ours = /^(?:.*?Error: )?(?:.*?\] )?(content\/\S+\.mdx)(?:, Zeile (\d+))?, Feld »([^«]+)«: (.*)$/m.exec(text);
  if (ours) {
    const [, file, given, field, message] = ours;
    const quoted = /in »(.+?)«/.exec(message!)?.[1];
    const source = files.find((f) => f.file === file);
    const line = given ? Number(given) - 1 : quoted && source ? source.text.split('\n').findIndex((l) => l.includes(quoted)) : -1;
    return `Fehler im Inhalt: ${file}${line >= 0 ? `, Zeile ${line + 1}` : ''}\n  Feld »${field}«: ${message}`;
  }
  // Anything else Astro reports on its own is not something staff can fix in content/: the content check
  // refuses every case it knows before Astro runs (tests/unit/build-errors.test.ts).
  return UNEXPECTED;
}

/** What the build says about an error no rule of the site explains. */
export const UNEXPECTED = '  Unerwarteter Fehler, siehe build.log. Bitte an die Entwickler der Website weitergeben.';
