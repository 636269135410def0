/** Rules of the content check that only events (content/termine) have. Browser-safe, like ./index.ts. */
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from './index.ts';
import { RESERVED_EVENT_IDS } from '../events.ts';

/** An event file named like a page of the lists ("archiv.mdx") would take its address. */
export function eventFileProblems(file: string, id: string): Problem[] {
  if (!(RESERVED_EVENT_IDS as readonly string[]).includes(id)) return [];
  return [{
    file, severity: 'fehler', field: 'Dateiname', found: id,
    message: `Die Adresse /partnerstaedte/termine/${id}/ gehört schon zur Website selbst (das Archiv der Termine). Bitte die Datei anders benennen, z. B. ${id}-treffen.mdx.`,
  }];
}

/**
 * An event's photo (`bild.datei`) that is not there: the same message as for a
 * city's photos, with the line of `datei:`. `have` holds every file under content/.
 */
export function eventImageProblems(file: string, text: string, have: ReadonlySet<string>): Problem[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text.replace(/^\uFEFF/, ''));
  if (!m) return [];
  const lc = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter: lc });
  if (doc.errors.length > 0) return [];
  const node = doc.getIn(['bild', 'datei'], true) as { value?: unknown; range?: [number, number, number] } | undefined;
  if (typeof node?.value !== 'string') return [];
  const parts = file.split('/').slice(0, -1);
  for (const seg of node.value.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  const target = parts.join('/');
  if (have.has(target)) return [];
  return [{
    file, ...(node.range ? { line: lc.linePos(node.range[0]).line + 1 } : {}), field: 'Foto, Bilddatei', key: 'bild.datei', found: node.value, severity: 'fehler',
    message: `Das Foto ${target} gibt es nicht. Bitte die Datei dorthin legen oder den Pfad korrigieren (relativ zur Textdatei, z. B. ./bilder/rathaus.jpg; Groß- und Kleinschreibung zählt).`,
  }];
}
