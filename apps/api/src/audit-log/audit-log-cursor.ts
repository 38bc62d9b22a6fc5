import { cursorCodec, cursorField } from '@tiergate/persistence';

/**
 * The cursor is the last seq read, kept as a string because a bigint outgrows a JS number; one
 * beyond PostgreSQL's bigint ceiling cannot exist, so a cursor claiming one was not ours.
 */
export const auditLogCursor = cursorCodec({ seq: cursorField.positiveBigintString() });
