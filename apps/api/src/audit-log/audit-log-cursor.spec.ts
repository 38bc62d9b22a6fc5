import { BadRequestException } from '@nestjs/common';
import { decodeAuditLogCursor, encodeAuditLogCursor } from './audit-log-cursor';

describe('audit log cursor', () => {
  it('round-trips a seq, beyond what a JS number holds exactly', () => {
    expect(decodeAuditLogCursor(encodeAuditLogCursor('42'))).toBe('42');
    expect(decodeAuditLogCursor(encodeAuditLogCursor('9223372036854775807'))).toBe('9223372036854775807');
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['JSON that is not an object', Buffer.from('17').toString('base64url')],
    ['null', Buffer.from('null').toString('base64url')],
    ['a numeric seq', Buffer.from(JSON.stringify({ seq: 5 })).toString('base64url')],
    ['a negative seq', encodeAuditLogCursor('-5')],
    ['seq zero', encodeAuditLogCursor('0')],
    ['a seq beyond bigint', encodeAuditLogCursor('9223372036854775808')],
    ['SQL in the seq', encodeAuditLogCursor('1; DROP TABLE audit_log')],
  ])('refuses %s with a 400 naming the cursor', (_label, cursor) => {
    expect(() => decodeAuditLogCursor(cursor)).toThrow(BadRequestException);
    try {
      decodeAuditLogCursor(cursor);
    } catch (error) {
      expect((error as BadRequestException).getResponse()).toMatchObject({ details: [{ field: 'cursor' }] });
    }
  });
});
