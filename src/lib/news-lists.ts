/**
 * The news lists that grow with the content: /aktuelles/ in pages of ten
 * (/aktuelles/2/ …) and one list per partner city (/aktuelles/stryj/, then
 * /aktuelles/stryj/2/ …). Plain TypeScript over entries of any shape that has
 * an id and city references, so it is unit-tested without Astro.
 */
import { listPagePath, NEWS_PER_PAGE, paginate } from './pagination.ts';
import { newsIdProblem } from './check/site.ts';

interface NewsLike {
  id: string;
  data: { staedte: { id: string }[] };
}
interface CityLike {
  id: string;
  data: { name: string };
}

export interface NewsListPage<N, C> {
  /** Path of the list's first page: "aktuelles" or "aktuelles/stryj". */
  base: string;
  /** Path of this page: "aktuelles/2". */
  path: string;
  number: number;
  total: number;
  items: N[];
  /** Set on a city's list. */
  city?: C;
  /** All items in the list, for "Alle 71 Meldungen". */
  count: number;
}

/** "aktuelles/stryj": where a city's news list starts. */
export const cityNewsPath = (cityId: string) => `aktuelles/${cityId}`;

/**
 * Every page of every news list, `news` newest first. Cities without news get
 * no list. A news file named like a list page ("2.mdx", "stryj.mdx") would
 * take that page's address: the content check refuses it; here it stops the build.
 */
export function newsListPages<N extends NewsLike, C extends CityLike>(news: N[], cities: C[]): NewsListPage<N, C>[] {
  const lists: { base: string; items: N[]; city?: C }[] = [{ base: 'aktuelles', items: news }];
  for (const city of cities) {
    const items = news.filter((n) => n.data.staedte.some((ref) => ref.id === city.id));
    if (items.length) lists.push({ base: cityNewsPath(city.id), items, city });
  }
  const pages = lists.flatMap(({ base, items, city }) =>
    paginate(items, NEWS_PER_PAGE).map((p) => ({
      base,
      path: listPagePath(base, p.number),
      number: p.number,
      total: p.total,
      items: p.items,
      count: items.length,
      ...(city ? { city } : {}),
    })),
  );
  // The content check refuses such a file name (src/lib/check/site.ts); this is its safety net.
  const cityIds = cities.map((c) => c.id);
  for (const n of news) {
    const problem = newsIdProblem(n.id, cityIds);
    if (problem) throw new Error(`content/aktuelles/${n.id}.mdx, Feld »(Dateiname)«: ${problem}`);
  }
  return pages;
}
