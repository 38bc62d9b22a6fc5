import { mergeNewestFirst } from './merge-newest-first';

describe('mergeNewestFirst', () => {
  const time = (value: number) => value;

  it('interleaves lists by time, newest first, up to the count', () => {
    const merged = mergeNewestFirst([[9, 5, 1], [8, 7], []], time, 4);
    expect(merged).toEqual([
      { item: 9, list: 0 },
      { item: 8, list: 1 },
      { item: 7, list: 1 },
      { item: 5, list: 0 },
    ]);
  });

  it('takes only prefixes of each list, even when a list is out of order', () => {
    const merged = mergeNewestFirst([[3, 10], [5]], time, 2);
    expect(merged.map((entry) => entry.item)).toEqual([5, 3]);
  });

  it('stops when every list is spent', () => {
    expect(mergeNewestFirst([[2], [1]], time, 10)).toHaveLength(2);
  });
});
