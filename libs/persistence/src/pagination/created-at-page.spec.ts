import { InvalidInputError } from '@tiergate/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { paginate } from './created-at-page';

const forge = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');

/** Just enough of a query builder to see what paginate asks of it, without a database. */
function fakeQuery(rows: { id: string; createdAt: Date }[]) {
  const where: unknown[] = [];
  const query = {
    alias: 'row',
    andWhere: (_sql: string, parameters: unknown) => (where.push(parameters), query),
    orderBy: () => query,
    addOrderBy: () => query,
    take: () => query,
    getMany: async () => rows,
  };
  return { query: query as unknown as SelectQueryBuilder<{ id: string; createdAt: Date }>, where };
}

describe('paginate', () => {
  const rows = [
    { id: '2f1c9a9e-0a4b-4c1e-9f3e-1d2a3b4c5d6e', createdAt: new Date('2026-05-01T10:00:00.123Z') },
    { id: '3f1c9a9e-0a4b-4c1e-9f3e-1d2a3b4c5d6e', createdAt: new Date('2026-05-01T10:00:01.000Z') },
  ];

  it('continues after the position its nextCursor names', async () => {
    const first = await paginate(fakeQuery(rows).query, { limit: 1 });
    expect(first.items).toEqual([rows[0]]);
    const next = fakeQuery([]);
    await paginate(next.query, { limit: 1, cursor: first.nextCursor as string });
    expect(next.where).toEqual([{ cursorCreatedAt: '2026-05-01T10:00:00.123Z', cursorId: rows[0].id }]);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a timestamp Date.parse merely accepts', forge({ createdAt: '2026-01-01 00:00', id: rows[0].id })],
    ['year 0000', forge({ createdAt: '0000-12-31T23:59:59.999Z', id: '00000000-0000-1000-8000-000000000000' })],
    ['36 hex digits and dashes that are no UUID', forge({ createdAt: '2026-01-01T00:00:00.000Z', id: '0-0a0aa0-a-a0-0aa--00-0a0aa0a0a-0-0a' })],
    ['a missing id', forge({ createdAt: '2026-01-01T00:00:00.000Z' })],
    ['an extra field', forge({ createdAt: '2026-01-01T00:00:00.000Z', id: rows[0].id, priority: 1 })],
  ])('answers 400 naming the cursor for %s, before any query runs', async (_label, cursor) => {
    const forged = fakeQuery(rows);
    await expect(paginate(forged.query, { cursor })).rejects.toThrow(InvalidInputError);
    await expect(paginate(forged.query, { cursor })).rejects.toMatchObject({ details: [{ field: 'cursor' }] });
    expect(forged.where).toEqual([]);
  });
});
