import { z } from 'zod';
import { InvalidInputError } from '@tiergate/domain';
import { cursorCodec, NOT_AN_ISSUED_CURSOR } from './cursor-codec';
import { cursorField } from './cursor-fields';

const base64url = (text: string) => Buffer.from(text).toString('base64url');

describe('cursorCodec', () => {
  const codec = cursorCodec({ createdAt: cursorField.timestamp(), id: cursorField.uuid() });
  const position = { createdAt: '2026-05-01T10:00:00.123Z', id: '2f1c9a9e-0a4b-4c1e-9f3e-1d2a3b4c5d6e' };

  it('round-trips a position as opaque base64url JSON', () => {
    const cursor = codec.encode(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual(position);
    expect(codec.decode(cursor)).toEqual(position);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['JSON that is not an object', base64url('17')],
    ['null', base64url('null')],
    ['an array', base64url(JSON.stringify([position.createdAt, position.id]))],
    ['a missing field', base64url(JSON.stringify({ id: position.id }))],
    ['an extra field', base64url(JSON.stringify({ ...position, admin: true }))],
    ['a wrongly typed field', base64url(JSON.stringify({ ...position, id: 42 }))],
    ['a timestamp Date.parse merely accepts', base64url(JSON.stringify({ ...position, createdAt: '2026-05-01' }))],
    ['year 0000', base64url(JSON.stringify({ ...position, createdAt: '0000-12-31T23:59:59.999Z' }))],
    ['36 hex digits and dashes that are no UUID', base64url(JSON.stringify({ ...position, id: '0-0a0aa0-a-a0-0aa--00-0a0aa0a0a-0-0a' }))],
  ])('refuses %s with the bad-input error naming the cursor', (_label, cursor) => {
    expect(() => codec.decode(cursor)).toThrow(InvalidInputError);
    expect(() => codec.decode(cursor)).toThrow(expect.objectContaining({ code: 'invalid_input', details: [{ field: 'cursor', problems: [NOT_AN_ISSUED_CURSOR] }] }));
  });

  it('tells a refused cursor the problem its list gives', () => {
    const counted = cursorCodec({ n: z.number() }, 'not ours');
    expect(() => counted.decode('x')).toThrow(expect.objectContaining({ details: [{ field: 'cursor', problems: ['not ours'] }] }));
    expect(counted.decode(counted.encode({ n: 3 }))).toEqual({ n: 3 });
  });
});

describe('cursorField', () => {
  it('bounds an int to PostgreSQL int and a bigint string to bigint', () => {
    expect(cursorField.int().safeParse(2_147_483_647).success).toBe(true);
    expect(cursorField.int().safeParse(2_147_483_648).success).toBe(false);
    expect(cursorField.int().safeParse(1.5).success).toBe(false);
    expect(cursorField.positiveBigintString().safeParse('9223372036854775807').success).toBe(true);
    expect(cursorField.positiveBigintString().safeParse('9223372036854775808').success).toBe(false);
    expect(cursorField.positiveBigintString().safeParse('0').success).toBe(false);
    expect(cursorField.offset().safeParse(-1).success).toBe(false);
    expect(cursorField.offset().safeParse(2 ** 53).success).toBe(false);
  });
});
