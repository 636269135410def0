/**
 * Generated content for growth tests and the growth benchmark: news items and
 * partner cities written into a copy of the project (never into the real
 * content/). The texts are sentences from the project's own content, i.e. from
 * the transcribed brochure and press release; the same count always gives the
 * same files.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mdx = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();

/** Sentences of the body texts under content/ (headings, lists and MDX left out). */
function sentences(root: string): string[] {
  const out: string[] = [];
  for (const folder of ['staedte', 'aktuelles', 'seiten']) {
    const dir = path.join(root, 'content', folder);
    for (const f of mdx(dir)) {
      const body = readFileSync(path.join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      for (const line of body.split('\n')) {
        if (!/^[A-ZÄÖÜ„]/.test(line)) continue; // paragraphs only
        for (const s of line.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„])/)) {
          // No MDX or Markdown marks, and no "…" (the content check reads it as a placeholder).
          if (s.length >= 40 && s.length <= 300 && !/[<>{}[\]|*_#…]/.test(s)) out.push(s.trim());
        }
      }
    }
  }
  if (out.length < 10) throw new Error('Zu wenig Text unter content/, um Meldungen zu erzeugen.');
  return out;
}

const yamlString = (s: string) => JSON.stringify(s);

/** A title of at most ~70 characters: the start of a sentence, cut at a word. */
function titleOf(sentence: string, n: number): string {
  const words = sentence.replace(/[.!?:;,]+$/, '').split(' ');
  let title = '';
  for (const w of words) {
    if (`${title} ${w}`.length > 60) break;
    title = title ? `${title} ${w}` : w;
  }
  return `${title.replace(/[,:;–-]+$/, '')} (${n})`;
}

/** A description of 50–160 characters, different for each item (numbered), cut at a word. */
function describe(sentence: string, n: number): string {
  const prefix = `Meldung ${n}: `;
  let d = prefix + sentence.replace(/[.!?:;,]+$/, '');
  if (d.length > 159) d = d.slice(0, 159).replace(/[\s,;:–-]+\S*$/, '');
  while (d.length < 50) d += ' aus den Partnerstädten';
  return `${d}.`;
}

/**
 * Writes `count` news items to `root`/content/aktuelles/, one a week back from
 * 2023-03-03, each about one or two partner cities. Returns their ids, newest first.
 */
export function addNews(root: string, count: number): string[] {
  const pool = sentences(root);
  const cities = mdx(path.join(root, 'content', 'staedte')).map((f) => f.replace(/\.mdx$/, ''));
  const next = random(20230303);
  const pick = () => pool[Math.floor(next() * pool.length)]!;
  const start = Date.UTC(2023, 2, 2); // the day before the real press release: generated items are older
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `meldung-${String(i).padStart(4, '0')}`;
    const date = new Date(start - (i - 1) * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const about = [cities[i % cities.length]!, ...(i % 5 === 0 ? [cities[(i + 3) % cities.length]!] : [])];
    const body = Array.from({ length: 3 }, () => Array.from({ length: 3 }, pick).join(' '));
    writeFileSync(
      path.join(root, 'content', 'aktuelles', `${id}.mdx`),
      [
        '---',
        `titel: ${yamlString(titleOf(pick(), i))}`,
        `datum: "${date}"`,
        'herausgeber: Stadt Düren',
        'staedte:',
        ...[...new Set(about)].map((c) => `  - ${c}`),
        `beschreibung: ${yamlString(describe(pick(), i))}`,
        'quelle:',
        '  name: Erzeugte Meldung (Wachstumstest)',
        '---',
        '',
        `${body[0]}`,
        '',
        '## Aus der Partnerschaft',
        '',
        `${body[1]}`,
        '',
        `${body[2]}`,
        '',
      ].join('\n'),
    );
    ids.push(id);
  }
  return ids;
}

/**
 * Writes `count` more partner cities to `root`/content/staedte/: copies of
 * the real ones under a new file name and name ("Stryj 2"). Returns their ids.
 */
export function addCities(root: string, count: number): string[] {
  const dir = path.join(root, 'content', 'staedte');
  const originals = mdx(dir);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = originals[i % originals.length]!;
    const copy = Math.floor(i / originals.length) + 2;
    const id = `${source.replace(/\.mdx$/, '')}-${copy}`;
    let name = '';
    const text = readFileSync(path.join(dir, source), 'utf8')
      .replace(/^name: (.+)$/m, (_, n: string) => `name: ${(name = `${n.replace(/^"|"$/g, '')} ${copy}`)}`)
      // Each page needs a description of its own (the content check says so).
      .replace(/^beschreibung: .+$/m, () => `beschreibung: ${yamlString(`${name}: erzeugte Partnerstadt für den Wachstumstest, mit den Angaben einer echten Partnerstadt.`)}`)
      // A place of its own (the maps refuse two points on top of each other): a grid over
      // Europe, 4.5° of latitude and 6° of longitude apart, as new partner cities might lie.
      .replace(/^(\s+breite: )(-?[\d.]+)$/m, (_, key: string) => `${key}${(37 + (i % 6) * 4.5).toFixed(2)}`)
      .replace(/^(\s+laenge: )(-?[\d.]+)$/m, (_, key: string) => `${key}${(-7 + Math.floor(i / 6) * 6 + (i % 2) * 3).toFixed(2)}`)
      .replace(/^entfernungKm: .+$/m, 'entfernungKm: 1000');
    writeFileSync(path.join(dir, `${id}.mdx`), text);
    ids.push(id);
  }
  return ids;
}
