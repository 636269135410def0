/**
 * The content files as the schema sees them, so that tests compare the built
 * pages with what editors wrote, not with numbers copied into the tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { citySchema } from '../../src/schemas/city.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { ROOT } from './site.ts';
import { buildInventory } from '../../src/lib/inventory.ts';

function frontmatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!m) throw new Error(`${file}: kein Frontmatter`);
  return parse(m[1]!);
}

function entries<T>(folder: string, schema: z.ZodType<T>): { id: string; data: T; body: string }[] {
  const dir = path.join(ROOT, 'content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const file = path.join(dir, f);
      return {
        id: f.replace(/\.mdx$/, ''),
        data: schema.parse(frontmatter(file)),
        body: readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
      };
    });
}

export const cities = () => entries('staedte', citySchema({ image: (() => z.string()) as never }));
export const news = () => entries('aktuelles', newsSchema(z.string()));
export const pages = () => entries('seiten', pageSchema());

/** Every public page of the site, from the content through the same inventory the build uses. */
export const inventory = () => buildInventory({ cities: cities(), news: news(), pages: pages() });
