/**
 * `npm run pruefen`: checks every file under content/ with the site's schemas and
 * prints a German report. Exit code 1 on errors, 0 when there are only warnings
 * (e.g. facts older than two years). `--zeit` also prints how long it took.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../src/lib/check/index.ts';
import { checkProject } from '../src/lib/check/node.ts';

const started = performance.now();
const root = path.resolve(fileURLToPath(import.meta.url), '../..');
let problems;
try {
  problems = checkProject(root);
} catch (error) {
  // Never a stack trace for staff: the check itself failed (a folder that cannot be read, say).
  console.error(`✖ Die Prüfung ist abgebrochen: ${error instanceof Error ? error.message : String(error)}\nBitte an die Entwickler der Website weitergeben.`);
  process.exit(2);
}
console.log(formatReport(problems));
if (process.argv.includes('--zeit')) {
  console.log(`Dauer der Prüfung: ${Math.round(performance.now() - started)} ms`);
}
process.exit(problems.some((p) => p.severity === 'fehler') ? 1 : 0);
