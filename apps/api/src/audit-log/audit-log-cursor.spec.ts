import { InvalidInputError } from '@tiergate/domain';
import { auditLogCursor } from './audit-log-cursor';

const withSeq = (seq: unknown) => Buffer.from(JSON.stringify({ seq })).toString('base64url');

describe('audit log cursor', () => {
  it('round-trips a seq, beyond what a JS number holds exactly', () => {
    expect(auditLogCursor.decode(auditLogCursor.encode({ seq: '42' }))).toEqual({ seq: '42' });
    expect(auditLogCursor.decode(auditLogCursor.encode({ seq: '9223372036854775807' }))).toEqual({ seq: '9223372036854775807' });
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['JSON that is not an object', Buffer.from('17').toString('base64url')],
    ['null', Buffer.from('null').toString('base64url')],
    ['a numeric seq', withSeq(5)],
    ['a negative seq', withSeq('-5')],
    ['seq zero', withSeq('0')],
    ['a seq beyond bigint', withSeq('9223372036854775808')],
    ['SQL in the seq', withSeq('1; DROP TABLE audit_log')],
    ['an extra field', Buffer.from(JSON.stringify({ seq: '5', entityType: 'user' })).toString('base64url')],
  ])('refuses %s with a 400 naming the cursor', (_label, cursor) => {
    expect(() => auditLogCursor.decode(cursor)).toThrow(InvalidInputError);
    try {
      auditLogCursor.decode(cursor);
    } catch (error) {
      expect(error as InvalidInputError).toMatchObject({ details: [{ field: 'cursor' }] });
    }
  });
});
