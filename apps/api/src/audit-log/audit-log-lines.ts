import { Transform, type TransformCallback } from 'node:stream';
import { toAuditLogEntry, type AuditLogRow } from './audit-log-row';

/** Lines are gathered into chunks of about this size: one socket write per row would cost more than the row. */
const CHUNK_BYTES = 64 * 1024;

/** Rows in, JSON lines out (one entry per line, chain order kept), in bounded chunks. */
export function auditLogLines(): Transform {
  let pending = '';
  return new Transform({
    writableObjectMode: true,
    transform(row: AuditLogRow, _encoding: BufferEncoding, callback: TransformCallback) {
      pending += `${JSON.stringify(toAuditLogEntry(row))}\n`;
      if (pending.length < CHUNK_BYTES) return callback();
      const chunk = pending;
      pending = '';
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      callback(null, pending.length > 0 ? pending : undefined);
    },
  });
}
