/**
 * Which files may live under content/: the texts (.mdx, and .md notes such as
 * content/TRANSKRIPTION.md) and photos (JPEG, PNG, WebP, AVIF), each a regular
 * file. No links (a symbolic link can point anywhere on the build machine, and
 * the build would publish what it points to), no folders pretending to be
 * files, no other file types.
 *
 * Browser-safe (no node:*): node.ts lists the tree and asks this module.
 */
import type { Problem } from './index.ts';
import { ALLOWED_IMAGES, IMAGE_EXTENSIONS } from './images.ts';

/** What a directory entry under content/ is (as lstat sees it: links are not followed). */
export type EntryType = 'file' | 'directory' | 'symlink' | 'other';

const TEXTS = /\.mdx?$/i;

/** Whether a path is a photo by its name (JPEG, PNG, WebP, AVIF). */
export const isImageName = (file: string) => (/\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '') in IMAGE_EXTENSIONS;

/** Problems with the kinds of entries under content/ (`file` from the project root, "content/staedte/x.mdx"). */
export function fileProblems(entries: { file: string; type: EntryType }[]): Problem[] {
  const problems: Problem[] = [];
  const refuse = (file: string, message: string) => problems.push({ file, field: 'Datei', severity: 'fehler', message });
  for (const { file, type } of entries) {
    if (type === 'directory') continue;
    if (type === 'symlink') {
      refuse(file, 'Das ist eine Verknüpfung (symbolischer Link), keine Datei. Verknüpfungen können auf Dateien außerhalb des Inhalts zeigen, die dann veröffentlicht würden; deshalb nimmt die Website sie nicht an. Bitte die Verknüpfung löschen und die Datei selbst hierher legen.');
      continue;
    }
    if (type === 'other') {
      refuse(file, 'Das ist keine gewöhnliche Datei (sondern z. B. eine Gerätedatei oder Warteschlange). Bitte löschen: Unter content/ liegen nur Texte und Fotos.');
      continue;
    }
    if (TEXTS.test(file) || isImageName(file)) continue;
    const name = file.split('/').pop()!;
    if (/\.svg$/i.test(name)) {
      refuse(file, 'SVG-Grafiken nimmt die Website nicht an: Eine SVG-Datei kann Programmcode enthalten, der im Browser ausgeführt wird. Bitte die Grafik als PNG speichern (in jedem Grafikprogramm: „Exportieren“ als PNG) und die SVG-Datei löschen.');
      continue;
    }
    refuse(
      file,
      `Dateien dieser Art (»${name}«) gehören nicht in den Inhalt. Unter content/ liegen nur Texte (.mdx) und Fotos als ${ALLOWED_IMAGES}. Bitte die Datei löschen oder umwandeln.`,
    );
  }
  return problems;
}
