import { InvalidInputError } from '@tiergate/domain';
import { ALL_QUEUES, QueueName } from '@tiergate/jobs';
import { failedJobsCursor } from './failed-jobs-cursor';

const forge = (offsets: unknown) => Buffer.from(JSON.stringify({ offsets })).toString('base64url');

describe('failed jobs cursor', () => {
  const codec = failedJobsCursor(ALL_QUEUES);
  const offsets = new Map(ALL_QUEUES.map((queue, index) => [queue, index * 3]));

  it('round-trips one offset per queue', () => {
    expect(codec.decode(codec.encode(offsets))).toEqual(offsets);
    const verification = failedJobsCursor([QueueName.Verification]);
    expect(verification.decode(verification.encode(new Map([[QueueName.Verification, 7]])))).toEqual(new Map([[QueueName.Verification, 7]]));
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a cursor of another queue filter', failedJobsCursor([QueueName.Verification]).encode(new Map([[QueueName.Verification, 2]]))],
    ['a missing queue', forge(Object.fromEntries([...offsets].slice(1)))],
    ['an unknown queue', forge({ ...Object.fromEntries(offsets), other: 1 })],
    ['a negative offset', forge({ ...Object.fromEntries(offsets), verification: -1 })],
    ['a fractional offset', forge({ ...Object.fromEntries(offsets), verification: 1.5 })],
    ['an offset as a string', forge({ ...Object.fromEntries(offsets), verification: '1' })],
    ['offsets as an array', forge([0, 0, 0, 0, 0])],
    ['an extra field', Buffer.from(JSON.stringify({ offsets: Object.fromEntries(offsets), queue: 'verification' })).toString('base64url')],
  ])('refuses %s with a 400 naming the cursor and the queue filter', (_label, cursor) => {
    expect(() => codec.decode(cursor)).toThrow(InvalidInputError);
    try {
      codec.decode(cursor);
    } catch (error) {
      expect(error as InvalidInputError).toMatchObject({ details: [{ field: 'cursor', problems: [expect.stringContaining('with the same queue filter')] }] });
    }
  });
});
