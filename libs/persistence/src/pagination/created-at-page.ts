import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { cursorCodec } from './cursor-codec';
import { cursorField } from './cursor-fields';

export const DEFAULT_PAGE_SIZE = 50;

/** Which page to read: at most `limit` rows after `cursor` (the nextCursor of the previous page). */
export interface PageRequest {
  limit?: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Where a page over (created_at, id) ended. */
const createdAtCursor = cursorCodec({ createdAt: cursorField.timestamp(), id: cursorField.uuid() });

/**
 * Keyset pagination over (created_at, id): stable under concurrent inserts (a new row never shifts
 * the pages already read) and as fast on page 1,000 as on page 1.
 */
export async function paginate<E extends ObjectLiteral & { id: string; createdAt: Date }>(query: SelectQueryBuilder<E>, page: PageRequest): Promise<Page<E>> {
  const alias = query.alias;
  const limit = page.limit ?? DEFAULT_PAGE_SIZE;
  if (page.cursor) {
    const position = createdAtCursor.decode(page.cursor);
    query.andWhere(`(${alias}.created_at, ${alias}.id) > (:cursorCreatedAt, :cursorId)`, {
      cursorCreatedAt: position.createdAt,
      cursorId: position.id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .take(limit + 1)
    .getMany();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? createdAtCursor.encode({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
  };
}
