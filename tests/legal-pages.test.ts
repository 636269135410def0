/**
 * The pages a public body in North Rhine-Westphalia must offer: Impressum,
 * Datenschutz, Erklärung zur Barrierefreiheit (BITV NRW), Leichte Sprache.
 * They exist, say what they have to say, are linked from every page – and
 * what the privacy notice promises (no cookies, nothing from third parties)
 * holds in a real browser.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, htmlFiles, page, text, urlOf } from './support/site.ts';
import { siteInBrowser } from './support/browser.ts';
import { cities, sweepPages } from './support/content.ts';

const LEGAL = {
  'impressum/': 'Impressum',
  'datenschutz/': 'Datenschutzerklärung',
  'barrierefreiheit/': 'Erklärung zur Barrierefreiheit',
  'leichte-sprache/': 'Informationen in Leichter Sprache',
} as const;
const ADDRESS = ['Stadt Düren', 'Der Bürgermeister', 'Rathaus', 'Kaiserplatz 2-4', '52349 Düren'];

/** The page's own content: <main> without the breadcrumbs. */
function content(p: string) {
  const $ = page(p);
  $('main nav').remove();
  return { $, body: text($, 'main') };
}
const headings = ($: ReturnType<typeof page>) => $('main h2').map((_, h) => $(h).text().trim()).get();

describe('Pflichtseiten', () => {
  for (const [p, title] of Object.entries(LEGAL)) {
    test(`${BASE}${p} hat die Überschrift „${title}“`, () => {
      const $ = page(p);
      assert.equal(text($, 'h1'), title);
      assert.match($('title').text(), new RegExp(`^${title}`));
    });
  }

  test('jede Seite verlinkt alle vier Pflichtseiten in der Fußzeile', () => {
    const files = htmlFiles();
    assert.ok(files.length > 10);
    for (const f of files) {
      const $ = page(f);
      for (const p of Object.keys(LEGAL)) {
        assert.equal($(`footer a[href="${BASE}${p}"]`).length, 1, `${urlOf(f)}: Fußzeile ohne Link zu ${p}`);
      }
    }
  });

  test('jede deutsche Seite hat im Kopf den Link „Leichte Sprache“ mit Zeichen und lesbarer Beschriftung', () => {
    for (const f of htmlFiles()) {
      const $ = page(f);
      // Pages in other languages link it in their footer, marked as German (tests/languages.test.ts).
      if ($('html').attr('lang') !== 'de') {
        assert.equal($(`footer a[href="${BASE}leichte-sprache/"][hreflang="de"]`).length, 1, `${urlOf(f)}: kein Leichte-Sprache-Link im Fuß`);
        continue;
      }
      const link = $(`header nav a[href="${BASE}leichte-sprache/"]`);
      assert.equal(link.length, 1, `${urlOf(f)}: kein Leichte-Sprache-Link im Kopf`);
      assert.equal(link.text().trim(), 'Leichte Sprache', urlOf(f));
      // The accessible name is the visible label; the sign beside it is decoration for screen readers.
      assert.equal(link.attr('aria-label'), undefined, urlOf(f));
      assert.equal(link.find('svg[aria-hidden="true"]').length, 1, `${urlOf(f)}: kein Zeichen neben „Leichte Sprache“`);
    }
  });
});

describe('Erklärung zur Barrierefreiheit', () => {
  const { $, body } = content('barrierefreiheit/');

  test('folgt dem Aufbau der EU-Mustererklärung', () => {
    const h = headings($).join(' | ');
    for (const part of [/Stand der Vereinbarkeit/, /Nicht barrierefreie Inhalte/, /Erstellung dieser Erklärung/, /Feedback|Barriere melden/, /Durchsetzungsverfahren/]) {
      assert.match(h, part);
    }
    assert.match(body, /BGG NRW/);
    assert.match(body, /BITV NRW/);
    assert.match(body, /WCAG\) 2\.1/);
    assert.match(body, /(teilweise|vollständig|nicht) mit den Anforderungen vereinbar/);
  });

  test('nennt, was nicht barrierefrei ist: kein Video in Gebärdensprache', () => {
    assert.match(body, /Deutscher Gebärdensprache/);
  });

  test('nennt das Datum der Erstellung, maschinenlesbar', () => {
    const created = $('main p').filter((_, p) => /Erklärung wurde am/.test($(p).text())).find('time');
    assert.equal(created.length, 1, 'Satz „Diese Erklärung wurde am … erstellt“ mit <time>');
    const iso = created.attr('datetime')!;
    assert.match(iso, /^\d{4}-\d{2}-\d{2}$/);
    const [y, m, d] = iso.split('-').map(Number);
    const spelled = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    assert.equal(created.text(), spelled);
    // The "Stand" line under the text gives the same day.
    assert.equal($(`main time[datetime="${iso}"]`).length, 2);
  });

  test('eine Barriere lässt sich per E-Mail mit vorbereitetem Betreff oder per Post melden', () => {
    const mail = $('main a[href^="mailto:"]').filter((_, a) => /Barriere/.test($(a).text()));
    assert.equal(mail.length, 1);
    const href = new URL(mail.attr('href')!);
    assert.equal(href.pathname, 'stadt@dueren.de');
    assert.match(href.searchParams.get('subject') ?? '', /Barriere/);
    for (const line of ADDRESS) assert.ok(body.includes(line), line);
  });

  test('nennt das Durchsetzungsverfahren in NRW: die Ombudsstelle', () => {
    assert.match(body, /Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen/);
  });
});

describe('Datenschutzerklärung', () => {
  const { $, body } = content('datenschutz/');

  test('nennt die Stadt Düren als Verantwortliche mit Anschrift', () => {
    for (const line of ADDRESS) assert.ok(body.includes(line), line);
    assert.equal($('main a[href="mailto:stadt@dueren.de"]').length, 1);
  });

  test('beschreibt diese Website: Serverprotokolle, keine Cookies, kein Tracking, nichts von Dritten, Suche im Browser', () => {
    const h = headings($).join(' | ');
    for (const part of [/Protokolle des Webservers/, /Keine Cookies/, /Keine Inhalte von Dritten/, /Suche/, /Ihre Rechte/, /Aufsichtsbehörde/]) {
      assert.match(h, part);
    }
    assert.match(body, /IP-Adresse/);
    assert.match(body, /keine Schriftarten von Dritten/);
    assert.match(body, /Suche läuft vollständig in Ihrem Browser/);
  });

  test('nennt die Rechte der Betroffenen und die Aufsichtsbehörde in NRW', () => {
    for (const art of [15, 16, 17, 18, 21, 77]) assert.match(body, new RegExp(`Art\\. ${art} DSGVO`));
    assert.match(body, /Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen/);
  });
});

describe('Impressum', () => {
  const { body } = content('impressum/');

  test('nennt Herausgeber, Rechtsform, Vertretung, Kontakt und Verantwortliche', () => {
    for (const line of ADDRESS) assert.ok(body.includes(line), line);
    assert.match(body, /Körperschaft des öffentlichen Rechts/);
    assert.match(body, /durch den Bürgermeister vertreten/);
    assert.match(body, /Stand der Angaben: 09\/2019/);
    assert.match(body, /Verantwortlich für den Inhalt/);
    assert.match(body, /stadt@dueren\.de/);
  });
});

describe('Leichte Sprache', () => {
  const { $ } = content('leichte-sprache/');
  $('main h1').remove();
  const sentences = $('main p, main li')
    .map((_, el) => $(el).text())
    .get()
    .flatMap((t) => t.split(/(?<=[.?!:])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

  test('ist als Deutsch ausgezeichnet', () => {
    assert.equal($('html').attr('lang'), 'de');
    assert.equal($('main').attr('lang') ?? 'de', 'de');
  });

  test('erklärt Inhalt, Bedienung, Barrierefreiheit und Hilfe', () => {
    const h = headings($).join(' | ');
    for (const part of [/Worum geht es/, /zurecht/, /Barriere-Freiheit/, /Hilfe/]) assert.match(h, part);
    assert.equal($(`main a[href="${BASE}barrierefreiheit/"]`).length, 1);
    assert.equal($('main a[href^="mailto:stadt@dueren.de"]').length, 1);
  });

  test('erklärt jedes Wort im Menü und verlinkt jede Partner-Stadt (bleibt wahr, wenn Menü oder Städte wachsen)', () => {
    const menu = page('index.html')('header nav a').map((_, a) => page('index.html')(a).text().trim()).get();
    assert.ok(menu.length > 0);
    const explained = $('main li strong').map((_, el) => $(el).text().trim()).get();
    assert.deepEqual(menu.filter((word) => !explained.includes(word)), [], 'Menü-Wörter ohne Erklärung');
    // The list comes from the staedte collection (<PartnerStaedte />), not from the page's text.
    const missing = cities().filter((c) => $(`main a[href="${BASE}${c.id}/"]`).length === 0).map((c) => c.id);
    assert.deepEqual(missing, [], 'Partner-Städte ohne Link');
    for (const [, n] of $('main').text().matchAll(/(\d+) Partner-Städte/g)) assert.equal(Number(n), cities().length, `„${n} Partner-Städte“`);
  });

  test('kurze Sätze: höchstens 12 Wörter', () => {
    assert.ok(sentences.length > 40);
    const long = sentences.filter((s) => s.split(' ').length > 12);
    assert.deepEqual(long, []);
  });

  test('keine Abkürzungen, zusammengesetzte Wörter mit Binde-Strich', () => {
    const all = sentences.join(' ');
    for (const abbr of [/\bz\. ?B\./, /\bbzw\./, /\busw\./, /\bca\./, /\bNRW\b/, /\bInfos?\b/, /\bd\. ?h\./]) {
      assert.doesNotMatch(all, abbr);
    }
    for (const compound of ['Partnerstädte', 'Partnerstadt', 'Internetseite', 'Barrierefreiheit', 'Gebärdensprache', 'Suchfeld']) {
      assert.ok(!all.includes(compound), `„${compound}“ ohne Binde-Strich`);
    }
    assert.match(all, /Partner-Städte/);
    assert.match(all, /Internet-Seite/);
  });
});

describe('Was die Datenschutzerklärung verspricht, im Browser', () => {
  const session = siteInBrowser();

  test('keine Cookies, keine Anfragen an andere Server, keine Schriftdateien – auf jeder Art von Seite und bei einer Suche', async () => {
    const context = await session.browser.newContext();
    const foreign: string[] = [];
    const fonts: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(session.site.origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    const tab = await context.newPage();
    for (const p of sweepPages()) {
      await tab.goto(session.site.url(p), { waitUntil: 'networkidle' });
    }
    await tab.goto(session.site.url('suche/?q=Stryj'), { waitUntil: 'networkidle' });
    const storage = await tab.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    const cookies = await context.cookies();
    await context.close();
    assert.deepEqual(foreign, []);
    assert.deepEqual(fonts, []);
    assert.deepEqual(cookies, []);
    assert.deepEqual(storage, { cookie: '', local: 0, session: 0 });
  });
});
