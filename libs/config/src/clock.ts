import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from './app-config.token';
import type { AppConfig } from './env.schema';

/**
 * The time, injected wherever a rule depends on it (expiry, leases, due dates) so tests can move it:
 * in-process with `advance`, or in a separate worker process with CLOCK_OFFSET_MS. Production runs
 * with no offset (configuration refuses one).
 */
@Injectable()
export class Clock {
  private offsetMs: number;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'CLOCK_OFFSET_MS'>) {
    this.offsetMs = config.CLOCK_OFFSET_MS;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
