/**
 * The content files as the schema sees them, so that tests compare the built
 * pages with what editors wrote, not with numbers copied into the tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { citySchema } from '../../src/schemas/city.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { startSchema } from '../../src/schemas/start.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { ROOT } from './root.ts';
import { buildInventory } from '../../src/lib/inventory.ts';
import { formatDateLong } from '../../src/lib/dates.ts';
import {
  cityTranslationSchema,
  eventTranslationSchema,
  newsTranslationSchema,
  pageTranslationSchema,
  startTranslationSchema,
} from '../../src/schemas/translation.ts';
import { isLang } from '../../src/i18n/languages.ts';

function frontmatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!m) throw new Error(`${file}: kein Frontmatter`);
  return parse(m[1]!);
}

function entry<T>(file: string, schema: z.ZodType<T>): { data: T; body: string } {
  return { data: schema.parse(frontmatter(file)), body: readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') };
}

function entries<T>(folder: string, schema: z.ZodType<T>): { id: string; data: T; body: string }[] {
  const dir = path.join(ROOT, 'content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...entry(path.join(dir, f), schema) }));
}

export const cities = () => entries('staedte', citySchema({ image: (() => z.string()) as never }));
export const news = () => entries('aktuelles', newsSchema(z.string()));
export const pages = () => entries('seiten', pageSchema());
/** Events (content/termine), which may not exist at all. */
export const events = () =>
  existsSync(path.join(ROOT, 'content', 'termine')) ? entries('termine', eventSchema(z.string(), (() => z.string()) as never)) : [];
/** The start page's heading, description and introduction (content/startseite.mdx). */
export const start = () => entry(path.join(ROOT, 'content', 'startseite.mdx'), startSchema());

/**
 * Paragraphs (and list items, headings) of a body as a reader sees them: Markdown
 * marks and line breaks gone, whitespace folded. `headings: false` leaves headings out.
 */
export function paragraphs(body: string, { headings = true } = {}): string[] {
  return shownText(body)
    .split(/\n\s*\n/)
    .flatMap((block) => (/^\s*[-*] /m.test(block) ? block.split(/\n(?=\s*[-*] )/) : [block]))
    .filter((block) => headings || !/^#+ /.test(block.trim()))
    .map((p) =>
      p
        .replace(/<br \/>/g, ' ')
        .replace(/\*\*|`|^#+ |^\s*[-*] /gm, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\s+/g, ' ')
        .replace(/’/g, "'")
        .trim(),
    )
    .filter(Boolean);
}

/**
 * A body with the site's components (src/lib/check/components.ts) replaced by the text they show:
 * a Seitenlink by its link text, a Datum by the date written out; PartnerStaedte (built from the
 * cities, tested on its own) and the LeichteSprache wrapper show no text of the body.
 */
function shownText(body: string): string {
  return body
    .replace(/<Seitenlink ziel="[^"]*">([^<]*)<\/Seitenlink>/g, '$1')
    .replace(/<Datum tag="(\d{4}-\d{2}-\d{2})" \/>/g, (_, iso: string) => formatDateLong(new Date(`${iso}T00:00:00Z`)))
    .replace(/^<\/?(PartnerStaedte|LeichteSprache)\b[^>]*>$/gm, '');
}

/** Translations of a collection's entries (content/<folder>/<lang>/*.mdx), ids "<lang>/<name>" as Astro gives them. */
function translationsIn<T>(folder: string, schema: z.ZodType<T>): { id: string; data: T; body: string }[] {
  const dir = path.join(ROOT, 'content', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && isLang(d.name))
    .flatMap((d) => entries(`${folder}/${d.name}`, schema).map((e) => ({ ...e, id: `${d.name}/${e.id}` })));
}

/** Every translation, by the German collection it translates. */
export const translations = () => ({
  staedte: translationsIn('staedte', cityTranslationSchema()),
  seiten: translationsIn('seiten', pageTranslationSchema()),
  aktuelles: translationsIn('aktuelles', newsTranslationSchema()),
  termine: translationsIn('termine', eventTranslationSchema()),
  startseite: readdirSync(path.join(ROOT, 'content'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && isLang(d.name) && existsSync(path.join(ROOT, 'content', d.name, 'startseite.mdx')))
    .map((d) => ({ id: `${d.name}/startseite`, ...entry(path.join(ROOT, 'content', d.name, 'startseite.mdx'), startTranslationSchema()) })),
});

/** Every public page of the site, from the content through the same inventory the build uses. */
export const inventory = () =>
  buildInventory({
    cities: cities(),
    // Astro's reference() gives { id }; the tests' schema keeps the plain file name.
    news: news().map((n) => ({ ...n, data: { ...n.data, staedte: n.data.staedte.map((id) => ({ id })) } })),
    pages: pages(),
    start: start(),
    events: events().map((e) => ({ ...e, data: { ...e.data, staedte: e.data.staedte.map((id) => ({ id })) } })),
    translations: translations(),
  });

/**
 * The pages the browser sweeps (axe, keyboard, reflow, requests) visit, as
 * paths under the base ("", "stryj/", "404.html"): every page the site makes
 * itself and every page of the `seiten` collection, and of each kind that
 * grows with the content (cities, news items, the lists' further pages) a
 * sample: the first, the middle, the last and the one with the longest title.
 * So the sweeps take as long with 500 news items as with one.
 */
export function sweepPages(): string[] {
  const all = inventory();
  const growing = (p: (typeof all)[number]) =>
    p.kind === 'city' || p.kind === 'news' || p.kind === 'event' || (p.kind === 'list' && p.key !== 'aktuelles' && p.key !== 'termine');
  const picked = new Set(all.filter((p) => !growing(p)));
  const kinds = new Map<string, typeof all>();
  // A sample of each kind in each language.
  for (const p of all.filter(growing)) kinds.set(`${p.lang}:${p.kind}`, [...(kinds.get(`${p.lang}:${p.kind}`) ?? []), p]);
  for (const pages of kinds.values()) {
    const longest = pages.reduce((a, b) => (b.title.length > a.title.length ? b : a));
    for (const p of [pages[0]!, pages[Math.floor(pages.length / 2)]!, pages.at(-1)!, longest]) picked.add(p);
  }
  return all.filter((p) => picked.has(p)).map((p) => (p.key === '404' ? p.path.replace(/404$/, '404.html') : p.path ? `${p.path}/` : ''));
}
