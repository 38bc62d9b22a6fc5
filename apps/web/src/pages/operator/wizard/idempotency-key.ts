/**
 * A random key for one submission, so a repeated click or a retry after a lost answer repeats the
 * first answer instead of failing. crypto.randomUUID exists only in secure contexts (https or
 * localhost); getRandomValues exists everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
