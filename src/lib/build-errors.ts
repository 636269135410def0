/**
 * Turns Astro's (English) build error output into a short German summary for
 * editors: which file, which field, what is wrong.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function summarizeBuildError(log: string, root: string): string | undefined {
  const text = log.replace(ANSI, '');
  const schema = /\[InvalidContentEntryDataError\] (\S+) → (\S+) data does not match collection schema\.\s*\n([\s\S]*?)\n\s*Hint:/.exec(text);
  if (schema) {
    const [, collection, entry, body] = schema;
    const location = /Location:\s*\n\s*(\S+?)(?::\d+:\d+)?\s*\n/.exec(text.slice(schema.index));
    const file = location ? relative(location[1]!, root) : `content/${collection}/${entry}.mdx`;
    const fields = body!
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const m = /^([\w.[\]]*): (.*)$/.exec(l);
        return m ? `  Feld »${m[1] || '(ganze Datei)'}«: ${m[2]}` : `  ${l}`;
      });
    return `Fehler im Inhalt: ${file}\n${fields.join('\n')}`;
  }
  const ours = /^(content\/\S+\.mdx), Feld »([^«]+)«: (.*)$/m.exec(text);
  if (ours) return `Fehler im Inhalt: ${ours[1]}\n  Feld »${ours[2]}«: ${ours[3]}`;
  // Any other error located in a content file, e.g. broken YAML frontmatter.
  const located = /([^\n]*)\n\s*Location:\s*\n\s*(\S*\/content\/\S+?\.mdx?)(?::(\d+):(\d+))?\s*\n/.exec(text);
  if (located) {
    const [, message, file, line, column] = located;
    const where = line && line !== '0' ? `, Zeile ${line}${column ? `, Spalte ${column}` : ''}` : '';
    return (
      `Fehler im Inhalt: ${relative(file!, root)}${where}\n` +
      `  Die Datei lässt sich nicht lesen (${message!.trim()}). Meist ist die Einrückung oder ein Doppelpunkt im Kopfbereich zwischen den ---Linien falsch.`
    );
  }
  return undefined;
}

function relative(file: string, root: string): string {
  const rootSlash = root.endsWith('/') ? root : `${root}/`;
  return file.startsWith(rootSlash) ? file.slice(rootSlash.length) : file;
}
