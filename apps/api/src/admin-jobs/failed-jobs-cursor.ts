import { z } from 'zod';
import type { QueueName } from '@tiergate/jobs';
import { cursorCodec, cursorField, type CursorCodec } from '@tiergate/persistence';

/** How far into each queue's failed set (newest first) the previous pages have read. */
export type FailedSetOffsets = ReadonlyMap<QueueName, number>;

export function startOffsets(queues: readonly QueueName[]): FailedSetOffsets {
  return new Map(queues.map((queue) => [queue, 0]));
}

const FOREIGN_CURSOR = 'not a cursor issued by this API for this query: pass nextCursor from the previous page, with the same queue filter';

/**
 * A cursor carries one offset per queue it was issued for, exactly those queues; one issued under
 * another `?queue=` filter would silently skip or repeat jobs, so it is refused like any other
 * foreign cursor.
 */
export function failedJobsCursor(queues: readonly QueueName[]): CursorCodec<FailedSetOffsets> {
  const offsets = z.object(Object.fromEntries(queues.map((queue) => [queue, cursorField.offset()]))).strict();
  const codec = cursorCodec({ offsets }, FOREIGN_CURSOR);
  return {
    encode: (position) => codec.encode({ offsets: Object.fromEntries(position) }),
    decode: (cursor) => {
      const decoded = codec.decode(cursor).offsets as Record<string, number>;
      return new Map(queues.map((queue) => [queue, decoded[queue] as number]));
    },
  };
}
