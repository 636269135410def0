/**
 * Content rule: an encounter's source sentence (`begegnungen[].quelle`) is
 * quoted word for word, so it must stand in a partner city's text or in the
 * brochure's transcription (content/TRANSKRIPTION.md). A warning naming file,
 * line and field when it stands in neither (a sentence shortened, or the text
 * it came from changed since).
 *
 * Browser-safe (no node:*): called from checkContent in ./index.ts with all files.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { fieldLabel, keyPath } from './labels.ts';
import type { Problem } from './index.ts';

const TRANSCRIPTION = 'content/TRANSKRIPTION.md';
const CITY = /^content\/staedte\/[^/]+\.mdx$/;
/** Whitespace folded, typographic apostrophes as plain ones: how the sentence reads. */
const fold = (s: string) => s.replace(/’/g, "'").replace(/\s+/g, ' ').trim();
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Warnings for source sentences found in no city text and not in the transcription. */
export function sourceProblems(files: { file: string; text: string }[]): Problem[] {
  const cities = files.filter((f) => CITY.test(f.file));
  const texts = fold([...cities.map((f) => f.text.replace(FRONTMATTER, '')), ...files.filter((f) => f.file === TRANSCRIPTION).map((f) => f.text)].join('\n'));
  const problems: Problem[] = [];
  for (const f of cities) {
    const m = FRONTMATTER.exec(f.text);
    if (!m) continue;
    const lc = new LineCounter();
    const doc = parseDocument(m[1]!, { lineCounter: lc });
    if (doc.errors.length || !isMap(doc.contents)) continue;
    const list = doc.get('begegnungen', true);
    if (!isSeq(list)) continue;
    list.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const pair = item.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'quelle');
      const value = pair && isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof value !== 'string' || !fold(value) || texts.includes(fold(value))) return;
      const range = (pair!.key as { range?: [number, number, number] }).range;
      const path = ['begegnungen', i, 'quelle'];
      problems.push({
        file: f.file,
        ...(range ? { line: lc.linePos(range[0]).line + 1 } : {}),
        field: fieldLabel(path),
        key: keyPath(path),
        severity: 'warnung',
        message:
          `Dieser Quellensatz steht weder im Text einer Partnerstadt noch in ${TRANSCRIPTION}. Er wird als wörtliches Zitat gezeigt: ` +
          'bitte den Satz genau so übernehmen, wie er in der Quelle steht (oder den Satz dort ergänzen, wenn er aus der Broschüre stammt).',
      });
    });
  }
  return problems;
}
