// Bounded concurrency for the drill's HTTP work (preparing drafts, submitting them).

/** Runs `work(item, index)` for every item with at most `limit` at a time; resolves when all are done. */
export async function forEachConcurrently(items, limit, work) {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await work(items[index], index);
    }
  });
  await Promise.all(runners);
}
