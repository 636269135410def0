/**
 * TEMPORARY stand-in for src/lib/check/index.ts (issue 9, branch `check`),
 * with the same contract: checks one content file with the site's schemas.
 * Replaced by the real module once it is on main.
 */
import { z } from 'astro/zod';
import { parseDocument, isMap, isSeq, type Node } from 'yaml';
import { citySchema } from '../schemas/city.ts';
import { newsSchema } from '../schemas/news.ts';
import { pageSchema } from '../schemas/page.ts';

export interface Problem {
  file: string;
  line?: number;
  field?: string;
  key?: string;
  found?: string;
  message: string;
  severity: 'fehler' | 'warnung';
}

export interface CheckContext {
  cityIds?: string[];
  others?: { file: string; path?: string; beschreibung?: string }[];
  today?: Date;
}

function schemaFor(file: string, context: CheckContext): z.ZodType | undefined {
  const folder = file.split('/').at(-2);
  if (folder === 'staedte') return citySchema({ image: (() => z.string()) as never });
  if (folder === 'aktuelles') {
    const ids = context.cityIds;
    return newsSchema(ids ? z.string().refine((id) => ids.includes(id), { error: (i) => `»${String(i.input)}« ist keine Partnerstadt. Möglich: ${ids.join(', ')}.` }) : z.string());
  }
  if (folder === 'seiten') return pageSchema();
  return undefined;
}

export function checkEntry(file: string, text: string, context: CheckContext = {}): Problem[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!m) return [{ file, line: 1, message: 'Die Datei beginnt nicht mit einem Kopf zwischen zwei Zeilen »---«.', severity: 'fehler' }];
  const doc = parseDocument(m[1]!);
  if (doc.errors.length) {
    return doc.errors.map((e) => ({ file, line: (e.linePos?.[0]?.line ?? 0) + 1, message: `Der Kopf der Datei ist kein gültiges YAML: ${e.message}`, severity: 'fehler' as const }));
  }
  const schema = schemaFor(file, context);
  if (!schema) return [];
  const result = schema.safeParse(doc.toJS());
  if (result.success) return [];
  const lineOf = (p: PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let found: Node | undefined;
    for (const key of p) {
      if (isMap(node)) {
        const pair = node.items.find((i) => (i.key as { value?: unknown })?.value === key);
        found = (pair?.key as Node | undefined) ?? found;
        node = pair?.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        found = (node as Node | undefined) ?? found;
      } else break;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : m[1]!.slice(0, offset).split('\n').length + 1;
  };
  return result.error.issues.map((issue): Problem => {
    const line = lineOf(issue.path);
    return { file, field: issue.path.map(String).join('.'), ...(line ? { line } : {}), message: issue.message, severity: 'fehler' };
  });
}

export function formatReport(problems: Problem[]): string {
  return problems
    .map((p) => `${p.file}${p.line ? `, Zeile ${p.line}` : ''}${p.field ? `, Feld ${p.field}` : ''}: ${p.message}`)
    .join('\n');
}
