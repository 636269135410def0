/**
 * How the browser editor writes a content file: only the changed fields' lines
 * change; quoting, order, long lines and the body stay as they were. Runs over
 * every real content file, so new fields and new files are covered too.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isPair, isSeq, parse, parseDocument, visit } from 'yaml';
import { REPO, ROOT } from '../support/root.ts';
import { closestOriginal, readEntryFile, withoutEmpty, writeEntryFile } from '../../src/lib/entry-file.ts';


const files = readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ name: f, text: readFileSync(path.join(ROOT, 'content', f), 'utf8') }));

const lines = (s: string) => s.split('\n');
const differing = (a: string, b: string) => lines(a).flatMap((l, i) => (l === lines(b)[i] ? [] : [i]));

describe('writeEntryFile', () => {
  test('unchanged values give back every file byte for byte', () => {
    for (const { name, text } of files) assert.equal(writeEntryFile(readEntryFile(text).data, text), text, name);
  });

  test('changing one text field changes exactly its line, in every file', () => {
    for (const { name, text } of files) {
      const { data } = readEntryFile(text);
      const key = Object.keys(data).find((k) => k !== 'body' && typeof data[k] === 'string')!;
      const changed = writeEntryFile({ ...data, [key]: `${data[key]} geändert` }, text);
      const at = differing(text, changed);
      assert.equal(at.length, 1, `${name}: ${at.map((i) => lines(changed)[i]).join(' | ')}`);
      assert.equal(lines(changed).length, lines(text).length, name);
      assert.equal((parse(/^---\n([\s\S]*?)\n---/.exec(changed)![1]!) as Record<string, unknown>)[key], `${data[key]} geändert`);
    }
  });

  test('the guide’s templates, comments after the values included: each changed value changes its own line only', () => {
    // Every template in docs/redaktion.md that is a whole file (starts with ---), as staff copy it.
    const guide = readFileSync(path.join(REPO, 'docs/redaktion.md'), 'utf8');
    const templates = [...guide.matchAll(/```yaml\n(---\n[\s\S]*?\n---\n[\s\S]*?)```/g)].map((m) => m[1]!);
    assert.ok(templates.some((t) => /#/.test(t)), 'the guide has a template with comments');
    for (const text of templates) {
      const doc = parseDocument(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
      const { data } = readEntryFile(text);
      // Every scalar of the template, at any depth: give it another value of its kind.
      const scalars: (string | number)[][] = [];
      visit(doc, { Scalar: (key, node, ancestors) => {
        if (key === 'key') return;
        const at = ancestors.flatMap((a, i): (string | number)[] => {
          const next = ancestors[i + 1] ?? node;
          if (isSeq(a)) return [a.items.indexOf(next as never)];
          if (isPair(a)) return [String((a.key as { value: unknown }).value)];
          return [];
        });
        scalars.push(at);
      } });
      assert.ok(scalars.length > 3);
      for (const at of scalars) {
        const changedData = structuredClone(data) as Record<string, unknown>;
        let parent = changedData as Record<string | number, unknown>;
        for (const k of at.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        const old = parent[at.at(-1)!];
        if (old instanceof Date || old === undefined) continue;
        parent[at.at(-1)!] = typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : `${String(old)} neu`;
        const out = writeEntryFile(changedData, text);
        const diff = differing(text, out);
        assert.equal(diff.length, 1, `${at.join('.')}: ${diff.map((i) => `${lines(text)[i]} → ${lines(out)[i]}`).join(' | ')}`);
        const [before, after] = [lines(text)[diff[0]!]!, lines(out)[diff[0]!]!];
        // The comment after the value, and where it starts, stay as they were.
        const comment = / #.*$/.exec(before)?.[0];
        if (comment) assert.ok(after.endsWith(comment), `${at.join('.')}: Kommentar geändert: ${before} → ${after}`);
        assert.deepEqual(readEntryFile(out).data, { ...changedData, body: data.body }, at.join('.'));
      }
    }
  });

  test('text with a comma: plain on its line, and still a single item in a flow list', () => {
    const text = '---\ntitel: Alt   # Titel\nstaedte: [gradacac]   # Städte\n---\n';
    const out = writeEntryFile({ titel: 'Neu, mit Komma', staedte: ['a, b'] }, text);
    assert.deepEqual(readEntryFile(out).data, { titel: 'Neu, mit Komma', staedte: ['a, b'], body: '' });
    const one = writeEntryFile({ titel: 'Neu, mit Komma', staedte: ['gradacac'] }, text);
    assert.equal(one, '---\ntitel: Neu, mit Komma   # Titel\nstaedte: [gradacac]   # Städte\n---\n');
  });

  test('a changed value keeps its quotes; text that would read as a date gets them', () => {
    const text = '---\ntitel: "Alt"\nstand: 2019\n---\n';
    assert.equal(writeEntryFile({ titel: 'Neu', stand: '2019-09' }, text), '---\ntitel: "Neu"\nstand: "2019-09"\n---\n');
  });

  test('a nested field and a list item change only their lines', () => {
    const text = '---\nname: "X"\nkontakt:\n  email: a@b.de\n  telefon: "+49 1"\nlage:\n  - eins\n  - zwei\n---\n\nText.\n';
    const { data } = readEntryFile(text);
    const out = writeEntryFile({ ...data, kontakt: { email: 'c@d.de', telefon: '+49 1' }, lage: ['eins', 'drei'] }, text);
    assert.equal(out, '---\nname: "X"\nkontakt:\n  email: c@d.de\n  telefon: "+49 1"\nlage:\n  - eins\n  - drei\n---\n\nText.\n');
  });

  test('empty optional values are left out, a switch left off is not added, a new date is quoted', () => {
    const text = '---\ntitel: T\n---\n\nText.\n';
    const out = writeEntryFile({ titel: 'T', autor: '', extra: { a: '' }, liste: [], aus: false, datum: '2026-11-22', body: 'Text.\n' }, text);
    assert.equal(out, '---\ntitel: T\ndatum: "2026-11-22"\n---\n\nText.\n');
  });

  test('a changed body replaces the body only', () => {
    const text = files[0]!.text;
    const out = writeEntryFile({ ...readEntryFile(text).data, body: 'Neu.\n' }, text);
    assert.equal(out.slice(0, out.indexOf('\n---\n') + 5), text.slice(0, text.indexOf('\n---\n') + 5));
    assert.equal(readEntryFile(out).data.body, 'Neu.\n');
  });

  test('a new entry: frontmatter and body, dates and numbers-as-text quoted so Astro reads text', () => {
    const out = writeEntryFile({ titel: 'Neu', datum: '2026-11-22', staedte: ['valenciennes'], jahr: '1999', telefon: '+49 2421 1', body: 'Absatz.' });
    assert.equal(out, '---\ntitel: Neu\ndatum: "2026-11-22"\nstaedte:\n  - valenciennes\njahr: "1999"\ntelefon: "+49 2421 1"\n---\n\nAbsatz.\n');
  });
});

describe('closestOriginal', () => {
  test('finds the file an edit started from, and none for a new entry', () => {
    const texts = files.map((f) => f.text);
    for (const { name, text } of files) {
      const { data } = readEntryFile(text);
      const key = Object.keys(data).find((k) => k !== 'body')!;
      assert.equal(closestOriginal({ ...data, [key]: 'anders' }, texts), text, name);
    }
    assert.equal(closestOriginal({ titel: 'Ganz neu', datum: '2030-01-01', body: 'x' }, texts), undefined);
  });
});

test('withoutEmpty keeps false and 0, drops empty text, lists and objects and the editor’s own keys', () => {
  assert.deepEqual(withoutEmpty({ a: '', b: false, c: 0, d: [], e: { f: null }, g: ['', 'x'] }), { b: false, c: 0, g: ['x'] });
  assert.deepEqual(withoutEmpty({ bilder: [{ __sc_item_id: 'abc', alt: 'A' }] }), { bilder: [{ alt: 'A' }] });
});
