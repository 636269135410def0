/**
 * Ordinary staff edits never turn CI red: on a copy of the live content, the
 * edits staff make (new facts with a new Stand, a news item from the guide's
 * template with its comments, a new city copied from another and moved
 * elsewhere on the map, a `## Kontakt` heading in a text, a photo with caption
 * and credit, an alias deleted) pass the content gate `npm run test:inhalt`.
 * The one deliberate mistake (the new city's distance left as copied) is a
 * German warning of the content check naming file, line and field – in the
 * gate's output and in `npm run pruefen`.
 *
 * Every edit is made the way the browser editor writes files
 * (src/lib/entry-file.ts) or as the guide tells staff to write them, on
 * whatever the live content holds today.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { makeFixture, type Fixture } from './support/fixture.ts';
import { REPO } from './support/root.ts';
import { readEntryFile, writeEntryFile } from '../src/lib/entry-file.ts';
import { DUEREN, distanceKm } from '../src/lib/geo.ts';
import { plausibleRoadKm } from '../src/lib/check/distance.ts';
import { LIVE_SUITES } from './support/suites.ts';

const NEW_PLACE = { breite: 51.2, laenge: 4.4 };
const NEW_ID = 'neustadt-testkopie';
const month = new Date().toISOString().slice(0, 7);
const today = new Date().toISOString().slice(0, 10);

describe('gewöhnliche Änderungen der Redaktion auf einer Kopie des Inhalts', () => {
  let fx: Fixture;
  let gate: { status: number | null; output: string };
  let newFile = '';

  before(async () => {
    fx = makeFixture('redaktion-alltag', REPO);
    const cityDir = fx.file('content/staedte');
    const ids = readdirSync(cityDir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();
    const read = (id: string) => fx.read(`content/staedte/${id}.mdx`);
    const edit = (id: string, change: (data: Record<string, any>) => Record<string, any>) => {
      const text = read(id);
      fx.write(`content/staedte/${id}.mdx`, writeEntryFile(change(readEntryFile(text).data), text));
    };

    // 1. New facts with a new Stand: another mayor, checked this month.
    edit(ids[0]!, (d) => ({ ...d, buergermeister: { ...d.buergermeister, name: 'Erika Mustermann-Beispiel', stand: month } }));

    // 2. A news item from the guide's template, comments after the values left in place.
    const guide = readFileSync(path.join(REPO, 'docs/redaktion.md'), 'utf8');
    const template = /```yaml\n(---\ntitel:[\s\S]*?)```/.exec(guide)![1]!;
    const news = template
      .replace(/^titel: .*$/m, `titel: Besuch einer Schulklasse aus ${readEntryFile(read(ids[0]!)).data.name}`)
      .replace(/^datum: "[^"]*"/m, `datum: "${today}"`)
      .replace(/^staedte: \[[^\]]*\]/m, `staedte: [${ids[0]}]`)
      .replace(/^beschreibung: .*$/m, 'beschreibung: "Eine Schulklasse besucht Düren: eine Woche mit Unterricht, Ausflügen und Gastfamilien."')
      .replace(/^(\s+)name: Pressemitteilung.*$/m, '$1name: Pressemitteilung der Stadt Düren')
      .replace(/^(\s+url: )\S+/m, '$1https://www.dueren.de/presse/')
      .replace(/^Text der Meldung.*$/m, 'Die Klasse wohnt bei Gastfamilien.\n\n## Programm\n\nUnterricht am Vormittag, Ausflüge am Nachmittag.');
    assert.match(news, /# Tag der Veröffentlichung/, 'die Kommentare der Vorlage bleiben stehen');
    fx.write(`content/aktuelles/${today}-schulbesuch.mdx`, news);

    // 3. A new city: a copy of a city whose distance does not fit the new place, moved there, its distance left as copied.
    const far = plausibleRoadKm(distanceKm(DUEREN, NEW_PLACE));
    const source = ['valenciennes', ...ids].find((id) => {
      const km = ids.includes(id) ? readEntryFile(read(id)).data.entfernungKm : undefined;
      return typeof km === 'number' && (km < far.min || km > far.max);
    })!;
    assert.ok(source, 'eine Stadt zum Kopieren');
    const copied = readEntryFile(read(source)).data;
    newFile = `content/staedte/${NEW_ID}.mdx`;
    const { bilder: _photos, ...rest } = copied;
    fx.write(
      newFile,
      writeEntryFile(
        {
          ...rest,
          name: 'Neustadt an der Schelde',
          land: 'BE',
          koordinaten: { ...(copied.koordinaten as object), ...NEW_PLACE },
          beschreibung: 'Neustadt an der Schelde in Belgien ist eine Testkopie einer Partnerstadt, um gewöhnliche Änderungen zu prüfen.',
          suchbegriffe: ['Testkopie'],
          body: 'Neustadt an der Schelde liegt in Belgien.\n',
        },
        read(source),
      ),
    );

    // 4. A `## Kontakt` heading in a city's text (the page has a contact box of its own).
    const second = ids[1 % ids.length]!;
    fx.write(`content/staedte/${second}.mdx`, `${read(second).replace(/\n*$/, '\n')}\n## Kontakt\n\nDer Partnerschaftsverein freut sich über Post.\n`);

    // 5. A photo with caption and credit.
    const third = ids[2 % ids.length]!;
    mkdirSync(path.join(cityDir, 'bilder'), { recursive: true });
    await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2d6a4f' } }).jpeg().toFile(path.join(cityDir, 'bilder', `${third}-testfoto.jpg`));
    edit(third, (d) => ({
      ...d,
      bilder: [
        ...(d.bilder ?? []),
        { datei: `./bilder/${third}-testfoto.jpg`, alt: 'Eine grüne Fläche als Testbild', bildunterschrift: 'Ein Testbild', bildnachweis: 'Stadt Düren' },
      ],
    }));

    // 6. An alias deleted: the first search term of the first city that has one.
    const withAlias = ids.find((id) => id !== NEW_ID && ((readEntryFile(read(id)).data.suchbegriffe as string[] | undefined) ?? []).length > 0);
    if (withAlias) edit(withAlias, (d) => ({ ...d, suchbegriffe: d.suchbegriffe.slice(1) }));

    const r = spawnSync(process.execPath, ['scripts/inhalt.ts'], { cwd: fx.dir, encoding: 'utf8', env: { ...process.env, TEST_ROOT: '', FORCE_COLOR: '0', NO_COLOR: '1' } });
    gate = { status: r.status, output: `${r.stdout}\n${r.stderr}` };
    if (process.env.GATE_LOG) writeFileSync(process.env.GATE_LOG, gate.output);
  });
  after(() => fx?.remove());

  test('npm run test:inhalt ist grün', () => {
    assert.equal(gate.status, 0, gate.output.slice(-4000));
    assert.match(gate.output, /Inhalts-Check: bestanden/);
    // The check, the build and every live suite ran.
    assert.match(gate.output, /Website gebaut/);
    for (const suite of LIVE_SUITES) assert.ok(gate.output.includes(`✔ ${suite}`), suite);
  });

  test('die kopierte Entfernung: ein deutscher Hinweis mit Datei, Zeile und Feld – im Inhalts-Check und in npm run pruefen', () => {
    const line = fx.read(newFile).split('\n').findIndex((l) => l.startsWith('entfernungKm:')) + 1;
    assert.ok(line > 1);
    const where = new RegExp(`${newFile.replace(/[.]/g, '\\.')}\\n\\s+Zeile ${line}, Entfernung von Düren \\(km\\): Die Entfernung [\\d.]+ km passt nicht zu den Koordinaten`);
    assert.match(gate.output, where);
    const pruefen = spawnSync(process.execPath, ['scripts/pruefen.ts'], { cwd: fx.dir, encoding: 'utf8' });
    assert.equal(pruefen.status, 0, 'ein Hinweis, kein Fehler');
    assert.match(pruefen.stdout, where);
    assert.match(pruefen.stdout, /Straßenentfernungen sind länger/);
    // The only such warning: the other edits are in order.
    assert.equal(pruefen.stdout.match(/passt nicht zu den Koordinaten/g)?.length, 1);
  });
});
