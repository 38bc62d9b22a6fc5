/** How failed logins slow further attempts. Pure numbers; LoginThrottle applies them in Redis. */
export const LOGIN_LIMITS = {
  /** Failures at one account from one address that cost nothing more than the argon2 check. */
  perAccountAddress: 5,
  /** The wait after the first failure past those; it doubles with each further failure. */
  firstDelaySeconds: 30,
  /** The wait never grows past this: the owner is slowed, never locked out for good. */
  maxDelaySeconds: 15 * 60,
  /** Consecutive failures are forgotten after this long without another. */
  failureMemorySeconds: 24 * 60 * 60,
  /** Failed logins from one address, across all accounts, per window, before that address gets 429. */
  perAddress: 20,
  windowSeconds: 15 * 60,
} as const;

/**
 * Seconds the next attempt at an account from one address must wait after `consecutiveFailures`
 * failures there: none for the first few, then 30 s doubling up to 15 min.
 */
export function loginDelaySeconds(consecutiveFailures: number): number {
  const past = consecutiveFailures - LOGIN_LIMITS.perAccountAddress;
  if (past < 0) return 0;
  return Math.min(LOGIN_LIMITS.firstDelaySeconds * 2 ** Math.min(past, 30), LOGIN_LIMITS.maxDelaySeconds);
}
