import { BadRequestException } from '@nestjs/common';
import { decodeQueueCursor, encodeQueueCursor } from './review-queue-cursor';

describe('review queue cursor', () => {
  const position = { priority: 87, createdAt: '2026-05-01T10:00:00.123Z', id: '2f1c9a9e-0a4b-4c1e-9f3e-1d2a3b4c5d6e' };

  it('round-trips a position as opaque base64url', () => {
    const cursor = encodeQueueCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeQueueCursor(cursor)).toEqual(position);
  });

  it('answers 400 naming the cursor for anything it did not issue', () => {
    const forged = Buffer.from(JSON.stringify({ ...position, priority: 'high' })).toString('base64url');
    for (const cursor of ['not-a-cursor', forged, Buffer.from('{"createdAt":"2026-05-01"}').toString('base64url')]) {
      expect(() => decodeQueueCursor(cursor)).toThrow(BadRequestException);
    }
    try {
      decodeQueueCursor('x');
    } catch (error) {
      expect((error as BadRequestException).getResponse()).toMatchObject({ details: [{ field: 'cursor' }] });
    }
  });
});
