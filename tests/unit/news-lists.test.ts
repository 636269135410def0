import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newsListPages } from '../../src/lib/news-lists.ts';
import { NEWS_PER_PAGE } from '../../src/lib/pagination.ts';

const city = (id: string) => ({ id, data: { name: id[0]!.toUpperCase() + id.slice(1) } });
const item = (id: string, ...cities: string[]) => ({ id, data: { staedte: cities.map((c) => ({ id: c })) } });
const CITIES = ['stryj', 'jinhua', 'cormeilles'].map(city);

describe('newsListPages', () => {
  const news = Array.from({ length: 2 * NEWS_PER_PAGE + 3 }, (_, i) => item(`m${i}`, i % 2 ? 'stryj' : 'jinhua'));
  const pages = newsListPages(news, CITIES);

  it('pages /aktuelles/ with every item once, in the given order', () => {
    const all = pages.filter((p) => p.base === 'aktuelles');
    assert.deepEqual(all.map((p) => p.path), ['aktuelles', 'aktuelles/2', 'aktuelles/3']);
    assert.deepEqual(all.flatMap((p) => p.items), news);
    assert.ok(all.every((p) => p.total === 3 && p.count === news.length && !p.city));
  });

  it('gives each city with news a list of its own items, and none to a city without news', () => {
    for (const c of ['stryj', 'jinhua']) {
      const own = pages.filter((p) => p.city?.id === c);
      assert.equal(own[0]!.path, `aktuelles/${c}`);
      assert.deepEqual(own.flatMap((p) => p.items), news.filter((n) => n.data.staedte[0]!.id === c));
    }
    assert.ok(!pages.some((p) => p.city?.id === 'cormeilles'));
  });

  it('has one page for an empty list', () => {
    assert.deepEqual(newsListPages([], CITIES).map((p) => p.path), ['aktuelles']);
  });

  it('stops the build when a news file would take a list page address', () => {
    for (const id of ['2', 'stryj', 'cormeilles']) {
      assert.throws(() => newsListPages([item(id, 'stryj')], CITIES), (e: Error) => {
        assert.match(e.message, new RegExp(`^content/aktuelles/${id}\\.mdx, Feld »\\(Dateiname\\)«: Der Dateiname »${id}« ist für eine Liste`));
        return true;
      });
    }
  });
});
