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
  const located = /\n\s*Location:\s*\n\s*(\S*\/content\/\S+?\.mdx?)(?::(\d+):(\d+))?\s*\n/.exec(text);
  if (located) {
    const [, file, line, column] = located;
    const where = line && line !== '0' ? `, Zeile ${line}${column ? `, Spalte ${column}` : ''}` : '';
    return (
      `Fehler im Inhalt: ${relative(file!, root)}${where}\n` +
      `  Die Datei lässt sich nicht lesen: ${lastMessage(text.slice(0, located.index))}\n` +
      '  Oft ist die Einrückung oder ein Doppelpunkt im Kopfbereich (zwischen den ---Linien) falsch.'
    );
  }
  return undefined;
}

/** The error's own sentence: a "[CODE] message" line, else the last line with words. */
function lastMessage(before: string): string {
  const lines = before.split('\n').slice(-30).map((l) => l.trim());
  const coded = lines.filter((l) => /^\[[A-Z_]+\]\s+\S/.test(l)).pop();
  const plain = lines.filter((l) => /^[A-Za-z][a-z]+ [a-z]/.test(l)).pop();
  return (coded ?? plain ?? 'unbekannter Fehler').replace(/^\[[A-Z_]+\]\s+/, '');
}

function relative(file: string, root: string): string {
  const rootSlash = root.endsWith('/') ? root : `${root}/`;
  return file.startsWith(rootSlash) ? file.slice(rootSlash.length) : file;
}
