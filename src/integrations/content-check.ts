/**
 * `npm run dev`: the content check (src/lib/check) when the preview starts and
 * again whenever a file under content/ changes, printed in German in the terminal.
 * (`npm run build` runs the same check itself, before Astro.)
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
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
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
