import { InvalidInputError } from '@tiergate/domain';
import { reviewQueueCursor } from './review-queue-cursor';

const forge = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');

describe('review queue cursor', () => {
  const position = { priority: 87, createdAt: '2026-05-01T10:00:00.123Z', id: '2f1c9a9e-0a4b-4c1e-9f3e-1d2a3b4c5d6e' };

  it('round-trips a position as opaque base64url', () => {
    const cursor = reviewQueueCursor.encode(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(reviewQueueCursor.decode(cursor)).toEqual(position);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a priority that is not a number', forge({ ...position, priority: 'high' })],
    ['a priority beyond PostgreSQL int', forge({ ...position, priority: 1e12 })],
    ['a position without priority or id', forge({ createdAt: '2026-05-01' })],
    ['a timestamp Date.parse merely accepts', forge({ ...position, createdAt: '1' })],
    ['year 0000', forge({ ...position, createdAt: '0000-12-31T23:59:59.999Z' })],
    ['36 hex digits and dashes that are no UUID', forge({ ...position, id: '0-0a0aa0-a-a0-0aa--00-0a0aa0a0a-0-0a' })],
    ['an extra field', forge({ ...position, claim: 'mine' })],
  ])('answers 400 naming the cursor for %s', (_label, cursor) => {
    let thrown: unknown;
    try {
      reviewQueueCursor.decode(cursor);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect(thrown).toMatchObject({ details: [{ field: 'cursor', problems: [expect.stringContaining('not a cursor issued by this API')] }] });
  });
});
