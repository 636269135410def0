/**
 * News items are read as Markdown (src/loaders/markdown-glob.ts), not compiled as MDX
 * modules: what an editor may write in a news body must look the same as before. The
 * content check allows `\{` and `\<` (escaped), bold, links, headings and lists.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { makeFixture, type Fixture } from './support/fixture.ts';
import { cities } from './support/content.ts';

describe('a news item written with the markup editors may use', () => {
  let fixture: Fixture;
  let $: cheerio.CheerioAPI;
  const city = cities()[0]!;
  before(() => {
    fixture = makeFixture('markdown');
    fixture.write(
      'content/aktuelles/zeichen-test.mdx',
      [
        '---',
        'titel: Besuch mit Sonderzeichen im Text',
        'datum: "2026-05-04"',
        'herausgeber: Stadt Düren',
        `staedte: [${city.id}]`,
        'beschreibung: "Eine Meldung, deren Text geschweifte und spitze Klammern, Fettdruck, einen Link und eine Liste enthält."',
        'quelle:',
        '  name: Stadt Düren',
        '---',
        '',
        'Der Preis lag bei \\{12 Euro\\} und die Gruppe war \\< 20 Personen groß.',
        '',
        '## Programm',
        '',
        '- **Empfang** im Rathaus',
        `- Besuch der [Partnerstadt](/partnerstaedte/${city.id}/)`,
        '',
      ].join('\n'),
    );
    const { status, output } = fixture.build();
    assert.equal(status, 0, output);
    $ = cheerio.load(readFileSync(path.join(fixture.dir, 'dist/aktuelles/zeichen-test/index.html'), 'utf8'));
  });
  after(() => fixture?.remove());

  it('shows escaped braces and angle brackets as plain characters', () => {
    assert.ok($('main').text().includes('Der Preis lag bei {12 Euro} und die Gruppe war < 20 Personen groß.'), $('main p').first().text());
  });

  it('renders headings, bold text, lists and links', () => {
    assert.equal($('main h2').filter((_, h) => $(h).text() === 'Programm').length, 1);
    assert.equal($('main li strong').first().text(), 'Empfang');
    assert.equal($('main li a').filter((_, a) => $(a).attr('href') === `/partnerstaedte/${city.id}/`).text(), 'Partnerstadt');
  });
});
