import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { OutboxRelay } from './outbox-relay.service';

const MAX_BACKOFF_MS = 5_000;

/** Runs the relay for as long as the worker lives: back to back while there is a backlog, polling when idle. */
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelayLoop.name);
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;

  constructor(
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.run();
  }

  /** Stops before the queues and the database pool close (they close after every module is destroyed). */
  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async run(): Promise<void> {
    const { OUTBOX_RELAY_BATCH_SIZE: batchSize, OUTBOX_RELAY_INTERVAL_MS: interval } = this.config;
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      let delay = interval;
      try {
        const { sent } = await this.relay.relayBatch(batchSize);
        if (failures > 0) this.logger.log(`outbox relay recovered after ${failures} failed attempts`);
        failures = 0;
        if (sent.length > 0) this.logger.debug(`relayed ${sent.length} outbox events`);
        if (sent.length === batchSize) delay = 0;
      } catch (error) {
        failures += 1;
        delay = Math.min(interval * 2 ** failures, MAX_BACKOFF_MS);
        // One line per outage, not one per retry.
        if (failures === 1) this.logger.warn(`outbox relay paused: ${(error as Error).message}; retrying`);
      }
      if (delay > 0) await sleep(delay, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
  }
}
