import { invalidInput } from '../common/errors/invalid-input';

/** PostgreSQL's bigint ceiling: a larger seq cannot exist, so a cursor claiming one was not ours. */
const MAX_SEQ = 9_223_372_036_854_775_807n;

/** The cursor is the last seq read, kept as a string because a bigint outgrows a JS number. */
export function encodeAuditLogCursor(seq: string): string {
  return Buffer.from(JSON.stringify({ seq })).toString('base64url');
}

export function decodeAuditLogCursor(cursor: string): string {
  try {
    const { seq } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { seq?: unknown };
    if (typeof seq === 'string' && /^[1-9]\d{0,18}$/.test(seq) && BigInt(seq) <= MAX_SEQ) return seq;
  } catch {
    // fall through to the 400 below
  }
  throw invalidInput([{ field: 'cursor', problems: ['not a cursor issued by this API: pass nextCursor from a previous page'] }]);
}
