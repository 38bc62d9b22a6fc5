import { isUUID } from 'class-validator';
import { z } from 'zod';

/**
 * Exactly what Date#toISOString writes, as every codec encodes a timestamp. Anything Date.parse
 * merely accepts — `"1"`, year 0000, `"2026-01-01 00:00"` — reached PostgreSQL as a timestamp it
 * refused, answering 500.
 */
export function isIssuedTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !/^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

/** Fields a cursor position is made of, each as strict as the column it is compared with. */
export const cursorField = {
  /** A timestamptz as the codec wrote it. */
  timestamp: () => z.string().refine(isIssuedTimestamp),
  /** A uuid column's value. */
  uuid: () => z.string().refine((value) => isUUID(value)),
  /** A PostgreSQL `int` column's value. */
  int: () => z.number().int().min(-2_147_483_648).max(2_147_483_647),
  /** A bigint kept as its decimal string (a JS number loses precision past 2^53), from 1 up to bigint's ceiling. */
  positiveBigintString: () =>
    // One test, not regex-then-refine: zod runs a refinement even after the regex failed, and BigInt throws on non-digits.
    z.string().refine((value) => /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n),
  /** An offset into a list: a whole number from 0. */
  offset: () => z.number().int().nonnegative().safe(),
};
