import type { QueueName } from '@tiergate/jobs';
import { invalidInput } from '../common/errors/invalid-input';

/** How far into each queue's failed set (newest first) the previous pages have read. */
export type FailedSetOffsets = ReadonlyMap<QueueName, number>;

export function startOffsets(queues: readonly QueueName[]): FailedSetOffsets {
  return new Map(queues.map((queue) => [queue, 0]));
}

export function encodeFailedJobsCursor(offsets: FailedSetOffsets): string {
  return Buffer.from(JSON.stringify({ offsets: Object.fromEntries(offsets) })).toString('base64url');
}

/**
 * A cursor carries one offset per queue it was issued for; one issued under another `?queue=`
 * filter would silently skip or repeat jobs, so it is refused like any other foreign cursor.
 */
export function decodeFailedJobsCursor(cursor: string, queues: readonly QueueName[]): FailedSetOffsets {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offsets?: unknown };
    const offsets = decoded.offsets;
    if (typeof offsets === 'object' && offsets !== null && !Array.isArray(offsets)) {
      const entries = Object.entries(offsets as Record<string, unknown>);
      const sameQueues = entries.length === queues.length && queues.every((queue) => Object.prototype.hasOwnProperty.call(offsets, queue));
      const offsetsValid = entries.every(([, offset]) => typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0);
      if (sameQueues && offsetsValid) return new Map(queues.map((queue) => [queue, (offsets as Record<string, number>)[queue] as number]));
    }
  } catch {
    // fall through to the 400 below
  }
  throw invalidInput([{ field: 'cursor', problems: ['not a cursor issued by this API for this query: pass nextCursor from the previous page, with the same queue filter'] }]);
}
