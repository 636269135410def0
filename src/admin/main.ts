/**
 * The browser editor at /partnerstaedte/admin/: Sveltia CMS from its npm
 * package, plus the site's content check before every save. A file that the
 * check rejects is not written; the editor sees the German messages.
 */
import CMS from '@sveltia/cms';
import { stringify } from 'yaml';
import { checkEntry, formatReport } from './check-standin.ts';

/** The file as it will be written: frontmatter + body (line numbers follow this text). */
export function entryText(data: Record<string, unknown>): string {
  const { body, ...frontmatter } = data;
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${typeof body === 'string' ? body : ''}`;
}

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const { data, path } = entry.toJS() as { data: Record<string, unknown>; path: string };
    const problems = checkEntry(path, entryText(data)).filter((p) => p.severity === 'fehler');
    if (problems.length) {
      const report = `Nicht gespeichert – bitte korrigieren:\n${formatReport(problems)}`;
      // Sveltia shows the cause's message of a "saving_failed" error in its error dialog.
      throw new Error('saving_failed', { cause: new Error(report) });
    }
  },
});

CMS.init();
