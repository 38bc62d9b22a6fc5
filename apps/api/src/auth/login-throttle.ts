import { HttpException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { SharedRedis } from '@tiergate/jobs';

/** Every failure counter lives under this Redis key prefix. */
export const LOGIN_FAILURES_KEY_PREFIX = 'tiergate:login-failures:';

/** Failed logins allowed per window before further attempts are refused with 429. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 20, windowSeconds: 15 * 60 } as const;

export class TooManyLoginAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super({ message: `Too many failed logins; retry in ${retryAfterSeconds} s` }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/**
 * Counts failed logins per account and per client address in Redis, so every api replica sees the
 * same counts. When Redis is down the throttle fails open: logins keep working, still slowed by argon2.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: Redis;

  constructor(shared: SharedRedis) {
    this.redis = shared.client;
  }

  /** Throws 429 (with the seconds to wait) when either counter is at its limit. */
  async assertAllowed(email: string, address: string | null): Promise<void> {
    const keys = this.keys(email, address);
    try {
      const counts = await this.redis.mget(keys.account, keys.address);
      const limited = [
        [keys.account, Number(counts[0] ?? 0), LOGIN_LIMITS.perAccount],
        [keys.address, Number(counts[1] ?? 0), LOGIN_LIMITS.perAddress],
      ] as const;
      for (const [key, count, limit] of limited) {
        if (count >= limit) throw new TooManyLoginAttemptsException(Math.max(1, await this.redis.ttl(key)));
      }
    } catch (error) {
      if (error instanceof TooManyLoginAttemptsException) throw error;
      this.logger.warn(`login throttle unavailable: ${(error as Error).message}`);
    }
  }

  async recordFailure(email: string, address: string | null): Promise<void> {
    const keys = this.keys(email, address);
    try {
      await this.redis
        .multi()
        .incr(keys.account)
        .expire(keys.account, LOGIN_LIMITS.windowSeconds, 'NX')
        .incr(keys.address)
        .expire(keys.address, LOGIN_LIMITS.windowSeconds, 'NX')
        .exec();
    } catch (error) {
      this.logger.warn(`login throttle unavailable: ${(error as Error).message}`);
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.keys(email, null).account).catch(() => undefined);
  }

  private keys(email: string, address: string | null): { account: string; address: string } {
    return {
      account: `${LOGIN_FAILURES_KEY_PREFIX}account:${email.trim().toLowerCase()}`,
      address: `${LOGIN_FAILURES_KEY_PREFIX}address:${address ?? 'unknown'}`,
    };
  }
}
