import { invalidInput } from '../../common/errors/invalid-input';

/** Where a page of the queue ended, in its order: priority descending, then oldest first, then id. */
export interface QueuePosition {
  priority: number;
  createdAt: string;
  id: string;
}

export function encodeQueueCursor(position: QueuePosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeQueueCursor(cursor: string): QueuePosition {
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<QueuePosition>;
    if (
      Number.isInteger(position.priority) &&
      typeof position.createdAt === 'string' &&
      !Number.isNaN(Date.parse(position.createdAt)) &&
      typeof position.id === 'string' &&
      /^[0-9a-f-]{36}$/.test(position.id)
    ) {
      return { priority: position.priority as number, createdAt: position.createdAt, id: position.id };
    }
  } catch {
    // fall through to the 400 below
  }
  throw invalidInput([{ field: 'cursor', problems: ['not a cursor issued by this API: pass nextCursor from a previous page'] }]);
}
