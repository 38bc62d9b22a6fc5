import { z } from 'zod';
import { InvalidInputError } from '@tiergate/domain';

/** What a refused cursor is told: the only cursor a list accepts is the nextCursor it handed out. */
export const NOT_AN_ISSUED_CURSOR = 'not a cursor issued by this API: pass nextCursor from a previous page';

export interface CursorCodec<Position> {
  /** base64url of the position's JSON: opaque to clients, and no characters a query string must escape. */
  encode(position: Position): string;
  /** The position, or the refusal: never a value of another shape, which would reach SQL as a 500. */
  decode(cursor: string): Position;
}

/**
 * The one keyset cursor codec: a position is the JSON of exactly the fields in `fields`, and a
 * cursor is refused unless it decodes to that shape — no missing, extra or wrongly typed field —
 * with the 400 for bad input naming `cursor` and `problem`.
 */
export function cursorCodec<Fields extends z.ZodRawShape>(fields: Fields, problem = NOT_AN_ISSUED_CURSOR): CursorCodec<z.output<z.ZodObject<Fields>>> {
  const schema = z.object(fields).strict();
  const refuse = () => new InvalidInputError([{ field: 'cursor', problems: [problem] }]);
  return {
    encode: (position) => Buffer.from(JSON.stringify(position)).toString('base64url'),
    decode: (cursor) => {
      let decoded: unknown;
      try {
        decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        throw refuse();
      }
      const parsed = schema.safeParse(decoded);
      if (!parsed.success) throw refuse();
      return parsed.data;
    },
  };
}
