/**
 * The content check's rule for encounters' source sentences
 * (src/lib/check/sources.ts): quoted word for word from a city's text or the
 * brochure's transcription, else a German warning with file, line and field.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../src/lib/check/index.ts';
import { sourceProblems } from '../../src/lib/check/sources.ts';
import { CONTENT } from '../support/root.ts';

const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => ({ file: `content/${f.split(path.sep).join('/')}`, text: readFileSync(path.join(CONTENT, f), 'utf8') }));
const withEncounter = files.find((f) => /^content\/staedte\//.test(f.file) && /\n {4}quelle: /.test(f.text));

test('every source sentence of the fixture content stands in a text or the transcription: no warning', () => {
  assert.ok(withEncounter, 'the fixture has an encounter with a source sentence');
  assert.deepEqual(sourceProblems(files), []);
});

test('a source sentence changed so that it stands nowhere: a warning on its line', () => {
  const text = withEncounter!.text.replace(/\n( {4}quelle: )"?[^\n]*/, '\n$1"Ein Satz, der in keiner Quelle steht."');
  const changed = files.map((f) => (f === withEncounter ? { ...f, text } : f));
  const problems = checkContent(changed).filter((p) => p.key?.endsWith('.quelle'));
  assert.equal(problems.length, 1);
  const [p] = problems;
  assert.equal(p!.file, withEncounter!.file);
  assert.equal(p!.severity, 'warnung');
  assert.match(text.split('\n')[p!.line! - 1]!, /^\s+quelle: "Ein Satz, der in keiner Quelle steht\."/);
  assert.match(p!.field!, /begegnungen, 1\. Eintrag/i);
  assert.match(p!.message, /weder im Text einer Partnerstadt noch in content\/TRANSKRIPTION\.md/);
});

test('a sentence that stands only in the transcription, or with other line breaks, is fine', () => {
  const sentence = 'Ein Satz aus der Broschüre, nur in der Transkription.';
  const text = withEncounter!.text.replace(/\n( {4}quelle: )"?[^\n]*/, `\n$1"${sentence}"`);
  const changed = files.map((f) => (f === withEncounter ? { ...f, text } : f));
  const old = files.find((f) => f.file === 'content/TRANSKRIPTION.md')?.text ?? '';
  const transcription = { file: 'content/TRANSKRIPTION.md', text: `${old}\n\nEin Satz aus der\nBroschüre, nur in der Transkription.\n` };
  assert.equal(sourceProblems(changed).length, 1, 'without it in the transcription: a warning');
  assert.deepEqual(sourceProblems([...changed.filter((f) => f.file !== transcription.file), transcription]), []);
});
