import { Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { TooManyRequestsError } from '@tiergate/domain';
import { SharedRedis } from '@tiergate/jobs';
import { normalizedEmail } from '../users/email-address';
import { LOGIN_LIMITS, loginDelaySeconds } from './login-delay';

export { LOGIN_LIMITS } from './login-delay';

/** Every failure counter lives under this Redis key prefix. */
export const LOGIN_FAILURES_KEY_PREFIX = 'tiergate:login-failures:';

export class TooManyLoginAttemptsError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super(`Too many failed logins; retry in ${retryAfterSeconds} s`, retryAfterSeconds);
  }
}

/**
 * Slows failed logins, in Redis so every api replica sees the same counts:
 * - per account and address, a progressive delay (see loginDelaySeconds): guessing one account's
 *   password from one address gets slower and slower, but nobody can lock the account itself —
 *   its owner signs in from their own address whatever an attacker does elsewhere;
 * - per address, a limit on failures across all accounts (password spraying).
 * Every spelling of an address counts as the one account. When Redis is down the throttle fails open: logins
 * keep working, still slowed by argon2.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: Redis;

  constructor(shared: SharedRedis) {
    this.redis = shared.client;
  }

  /** Throws 429 (with the seconds to wait) while the account+address delay runs or the address is at its limit. */
  async assertAllowed(email: string, address: string | null): Promise<void> {
    const keys = this.keys(email, address);
    try {
      const [delay, addressFailures, addressWindow] = await Promise.all([this.redis.pttl(keys.delay), this.redis.get(keys.address), this.redis.ttl(keys.address)]);
      if (delay > 0) throw new TooManyLoginAttemptsError(Math.ceil(delay / 1000));
      if (Number(addressFailures ?? 0) >= LOGIN_LIMITS.perAddress) throw new TooManyLoginAttemptsError(Math.max(1, addressWindow));
    } catch (error) {
      if (error instanceof TooManyLoginAttemptsError) throw error;
      this.logger.warn(`login throttle unavailable: ${(error as Error).message}`);
    }
  }

  async recordFailure(email: string, address: string | null): Promise<void> {
    const keys = this.keys(email, address);
    try {
      const results = await this.redis
        .multi()
        .incr(keys.failures)
        .expire(keys.failures, LOGIN_LIMITS.failureMemorySeconds)
        .incr(keys.address)
        .expire(keys.address, LOGIN_LIMITS.windowSeconds, 'NX')
        .exec();
      const consecutive = Number(results?.[0]?.[1] ?? 0);
      const delay = loginDelaySeconds(consecutive);
      if (delay > 0) await this.redis.set(keys.delay, String(consecutive), 'EX', delay);
    } catch (error) {
      this.logger.warn(`login throttle unavailable: ${(error as Error).message}`);
    }
  }

  /** The owner got in from this address: its failures there are forgiven. */
  async recordSuccess(email: string, address: string | null): Promise<void> {
    const keys = this.keys(email, address);
    await this.redis.del(keys.failures, keys.delay).catch(() => undefined);
  }

  private keys(email: string, address: string | null): { failures: string; delay: string; address: string } {
    const accountAddress = `${normalizedEmail(email)}|${address ?? 'unknown'}`;
    return {
      failures: `${LOGIN_FAILURES_KEY_PREFIX}account-address:${accountAddress}`,
      delay: `${LOGIN_FAILURES_KEY_PREFIX}delay:${accountAddress}`,
      address: `${LOGIN_FAILURES_KEY_PREFIX}address:${address ?? 'unknown'}`,
    };
  }
}
