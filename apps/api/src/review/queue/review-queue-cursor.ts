import { cursorCodec, cursorField } from '@tiergate/persistence';

/** Where a page of the queue ended, in its order: priority descending, then oldest first, then id. */
export const reviewQueueCursor = cursorCodec({ priority: cursorField.int(), createdAt: cursorField.timestamp(), id: cursorField.uuid() });

export type QueuePosition = ReturnType<typeof reviewQueueCursor.decode>;
