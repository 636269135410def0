/**
 * German summaries for the few content errors only Astro can find, after the
 * content check (src/lib/check) has passed: a photo file that is missing, or MDX
 * syntax in the body text. Everything else in content is caught before Astro runs.
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
 * sentence. Undefined when the error is not about content (then the log tells more).
 */
export function summarizeBuildError(log: string, root: string, files: SourceFile[] = []): string | undefined {
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
  // Any other error located in a content file: MDX syntax in the body, a broken expression.
  const located = /\n\s*Location:\s*\n\s*(\S*\/content\/\S+?\.mdx?)(?::(\d+):(\d+))?\s*\n/.exec(text);
  if (located) {
    const [, file, line, column] = located;
    const where = line && line !== '0' ? `, Zeile ${line}${column ? `, Spalte ${column}` : ''}` : '';
    const before = text.slice(0, located.index);
    const mdx = /mdx|jsx|acorn|expression|Unexpected character/i.test(before.split('\n').slice(-8).join('\n'));
    return (
      `Fehler im Inhalt: ${relative(file!, root)}${where}\n` +
      (mdx
        ? '  Der Text lässt sich an dieser Stelle nicht lesen. In diesen Dateien beginnen < und { Programmcode: ' +
          'bitte in Worten schreiben oder einen Schrägstrich davor setzen (\\< und \\{). ' +
          'Links schreiben Sie so: [Linktext](https://…).'
        : `  Die Datei lässt sich nicht lesen: ${lastMessage(before)}`)
    );
  }
  // The build's own checks on content (a share image that cannot draw a character, a news file on a
  // list's address) throw "content/…mdx, Feld »x«: …"; the line is the one holding the quoted text.
  const ours = /^(?:.*?Error: )?(content\/\S+\.mdx), Feld »([^«]+)«: (.*)$/m.exec(text);
  if (ours) {
    const [, file, field, message] = ours;
    const quoted = /in »(.+?)«/.exec(message!)?.[1];
    const source = files.find((f) => f.file === file);
    const line = quoted && source ? source.text.split('\n').findIndex((l) => l.includes(quoted)) : -1;
    return `Fehler im Inhalt: ${file}${line >= 0 ? `, Zeile ${line + 1}` : ''}\n  Feld »${field}«: ${message}`;
  }
  const undefinedName = /(\w+) is not defined[\s\S]*?(content\/\S+?\.mdx)/.exec(text);
  if (undefinedName) {
    return (
      `Fehler im Inhalt: ${undefinedName[2]}\n` +
      `  Im Text steht {${undefinedName[1]}} in geschweiften Klammern. Bitte die Klammern weglassen oder \\{ schreiben.`
    );
  }
  return undefined;
}

/** The error's own sentence: a "[CODE] message" line, else the last line with words. */
function lastMessage(before: string): string {
  const lines = before.split('\n').slice(-30).map((l) => l.trim());
  const coded = lines.filter((l) => /^\[[A-Z_]+\]\s+\S/.test(l)).pop();
  const plain = lines.filter((l) => /^[A-Za-z0-9:]+ ?[a-z]/.test(l) && !/^\d\d:\d\d/.test(l)).pop();
  return (coded ?? plain ?? 'unbekannter Fehler').replace(/^\[[A-Z_]+\]\s+/, '');
}

function relative(file: string, root: string): string {
  const rootSlash = root.endsWith('/') ? root : `${root}/`;
  return file.startsWith(rootSlash) ? file.slice(rootSlash.length) : file;
}
