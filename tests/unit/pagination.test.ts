import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { listPagePath, pageNumbers, paginate } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  it('cuts a list into pages of the given size, the last one shorter', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = paginate(items, 10);
    assert.deepEqual(pages.map((p) => p.items.length), [10, 10, 3]);
    assert.deepEqual(pages.map((p) => [p.number, p.total]), [[1, 3], [2, 3], [3, 3]]);
    assert.deepEqual(pages.flatMap((p) => p.items), items, 'every item once, in order');
  });

  it('has one empty page for an empty list, and one page for exactly one page full', () => {
    assert.deepEqual(paginate([], 10), [{ number: 1, total: 1, items: [] }]);
    assert.equal(paginate(Array(10).fill(0), 10).length, 1);
    assert.equal(paginate(Array(11).fill(0), 10).length, 2);
  });

  it('rejects a page size that is not a positive whole number', () => {
    assert.throws(() => paginate([1], 0), RangeError);
    assert.throws(() => paginate([1], 2.5), RangeError);
  });
});

describe('listPagePath', () => {
  it('keeps page 1 at the list address and numbers the rest', () => {
    assert.equal(listPagePath('aktuelles', 1), 'aktuelles');
    assert.equal(listPagePath('aktuelles', 2), 'aktuelles/2');
    assert.equal(listPagePath('aktuelles/stryj', 12), 'aktuelles/stryj/12');
  });
});

describe('pageNumbers', () => {
  it('shows every page of a short list', () => {
    assert.deepEqual(pageNumbers(1, 1), [1]);
    assert.deepEqual(pageNumbers(2, 4), [1, 2, 3, 4]);
  });

  it('shows first, last, the current page and its neighbours, with gaps', () => {
    assert.deepEqual(pageNumbers(6, 20), [1, null, 5, 6, 7, null, 20]);
    assert.deepEqual(pageNumbers(1, 20), [1, 2, null, 20]);
    assert.deepEqual(pageNumbers(20, 20), [1, null, 19, 20]);
  });

  it('never writes a gap for a single left-out number', () => {
    assert.deepEqual(pageNumbers(4, 20), [1, 2, 3, 4, 5, null, 20]);
    for (let total = 1; total <= 60; total++) {
      for (let current = 1; current <= total; current++) {
        const shown = pageNumbers(current, total);
        assert.ok(shown.includes(current) && shown[0] === 1 && shown.at(-1) === total);
        shown.forEach((n, i) => {
          if (n === null) assert.ok((shown[i + 1] as number) - (shown[i - 1] as number) > 2, `${current}/${total}: ${shown}`);
        });
      }
    }
  });
});
