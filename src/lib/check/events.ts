/** Rules of the content check that only events (content/termine) have. Browser-safe, like ./index.ts. */
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

