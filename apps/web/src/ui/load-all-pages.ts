import { api } from '../api/client';
import type { Page } from '../api/types';

/**
 * Every item of a list endpoint, following `nextCursor`, for short lists a form offers whole (the
 * organisations in a select). `maxPages` keeps a runaway list from hanging the page.
 */
export async function loadAllPages<T>(path: string, query: Record<string, string | number | undefined> = {}, maxPages = 50): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let pageNumber = 0; pageNumber < maxPages; pageNumber++) {
    const page: Page<T> = await api.get<Page<T>>(path, { ...query, limit: 200, cursor: cursor ?? undefined });
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return items;
}
