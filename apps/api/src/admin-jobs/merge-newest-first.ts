/**
 * Merges lists that are each already newest first into one newest-first list of at most `count`.
 * It only ever takes the head of a list, so every list contributes a prefix of itself: that is what
 * lets a page advance each queue's offset by the number of its jobs on the page, even when
 * timestamps tie or a list is not strictly ordered by them.
 */
export function mergeNewestFirst<T>(lists: readonly (readonly T[])[], timeOf: (item: T) => number, count: number): { item: T; list: number }[] {
  const heads = lists.map(() => 0);
  const merged: { item: T; list: number }[] = [];
  while (merged.length < count) {
    let newest = -1;
    lists.forEach((list, index) => {
      if (heads[index] >= list.length) return;
      if (newest < 0 || timeOf(list[heads[index]]) > timeOf(lists[newest][heads[newest]])) newest = index;
    });
    if (newest < 0) break;
    merged.push({ item: lists[newest][heads[newest]], list: newest });
    heads[newest] += 1;
  }
  return merged;
}
