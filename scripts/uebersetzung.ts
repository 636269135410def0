/**
 * `npm run uebersetzung -- content/staedte/en/stryj.mdx`: marks a translation as
 * made from the German page as it is now. It writes `uebersetzung.datum` (today)
 * and `uebersetzung.vorlage` (checksums of the German text fields the
 * translation covers) into the file, changing no other line. Without a file
 * name it lists every translation and whether it is up to date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEntryFile, writeEntryFile } from '../src/lib/entry-file.ts';
import { checksumsToRecord, readVersion, translationFile, translationStatus } from '../src/lib/translations.ts';
import { translatableFieldName } from '../src/lib/check/labels.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const today = new Date().toISOString().slice(0, 10);
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

function allTranslations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (translationFile(rel)) found.push(rel);
    }
  };
  walk('content');
  return found.sort();
}

if (args.length === 0) {
  const files = allTranslations();
  if (files.length === 0) console.log('Es gibt noch keine Übersetzungen.');
  for (const file of files) {
    const t = translationFile(file)!;
    if (!fs.existsSync(path.join(root, t.german))) {
      console.log(`✖ ${file}: Die deutsche Seite ${t.german} gibt es nicht.`);
      continue;
    }
    const s = translationStatus(file, read(file), read(t.german));
    const parts = [
      s.changed.length ? `geändert: ${s.changed.map(translatableFieldName).join(', ')}` : '',
      s.missing.length ? `noch nicht übersetzt: ${s.missing.map(translatableFieldName).join(', ')}` : '',
    ].filter(Boolean);
    console.log(parts.length ? `⚠ ${file}: veraltet (${parts.join('; ')})` : `✔ ${file}: aktuell`);
  }
  console.log('\nNach dem Aktualisieren einer Übersetzung: npm run uebersetzung -- <Datei>');
  process.exit(0);
}

let failed = false;
for (const arg of args) {
  const file = path.relative(root, path.resolve(arg)).split(path.sep).join('/');
  const t = translationFile(file);
  if (!t) {
    console.error(`✖ ${file}: Das ist keine Übersetzung. Übersetzungen liegen in einem Sprachordner, z. B. content/staedte/en/stryj.mdx.`);
    failed = true;
    continue;
  }
  if (!fs.existsSync(path.join(root, t.german))) {
    console.error(`✖ ${file}: Die deutsche Seite ${t.german} gibt es nicht.`);
    failed = true;
    continue;
  }
  const original = fs.readFileSync(path.join(root, file), 'utf8');
  const { data } = readEntryFile(original);
  const vorlage = checksumsToRecord(t.collection, readVersion(read(t.german)), data);
  fs.writeFileSync(path.join(root, file), writeEntryFile({ ...data, uebersetzung: { datum: today, vorlage } }, original));
  console.log(`✔ ${file}: als übersetzt vermerkt (Stand der deutschen Seite vom ${today}; Felder: ${Object.keys(vorlage).map(translatableFieldName).join(', ')}).`);
}
process.exit(failed ? 1 : 0);
