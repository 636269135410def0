/**
 * The content check on disk: reads every file under content/ and checks them
 * together (see ./index.ts). Used by `npm run pruefen`, the build and the dev server.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkContent, type Problem } from './index.ts';

const TEXT = /\.(mdx?|ya?ml|json)$/;

/** All files under `root/content`, as paths from the project root ("content/staedte/stryj.mdx"). */
export function readContent(root: string): { files: { file: string; text: string }[]; assets: string[] } {
  const all = readdirSync(path.join(root, 'content'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  return {
    files: all.filter((f) => TEXT.test(f)).map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') })),
    assets: all.filter((f) => !TEXT.test(f)),
  };
}

/** Checks the content of the project at `root`. */
export function checkProject(root: string, today?: Date): Problem[] {
  const { files, assets } = readContent(root);
  return checkContent(files, today, assets);
}
