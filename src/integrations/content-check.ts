/**
 * The content check (src/lib/check) inside Astro.
 * - `astro build` (also plain, without scripts/build.ts): the whole check runs before
 *   anything is compiled, and any error stops the build with the German report. It fails
 *   closed: a check that cannot run stops the build too.
 * - `npm run dev`: the check when the preview starts and again whenever a file under
 *   content/ changes, printed in German in the terminal.
 * (`npm run build` runs the same check itself first, for its own report.)
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { formatReport } from '../lib/check/index.ts';
import { checkProject } from '../lib/check/node.ts';

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  const run = () => {
    const problems = checkProject(root).filter((p) => p.severity === 'fehler');
    console.log(problems.length ? `\n${formatReport(problems)}\n` : '\n✔ Inhalt geprüft: keine Fehler.\n');
  };
  return {
    name: 'partnerstaedte:inhaltspruefung',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const errors = checkProject(root).filter((p) => p.severity === 'fehler');
        if (errors.length > 0) {
          const error = new Error(`Der Inhalt hat Fehler; der Build bricht ab.\n\n${formatReport(errors)}`);
          error.name = 'Inhaltspruefung';
          throw error;
        }
      },
      'astro:server:setup': ({ server }) => {
        run();
        const content = path.join(root, 'content') + path.sep;
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(content)) return;
          clearTimeout(timer);
          timer = setTimeout(run, 150);
        });
      },
    },
  };
}
