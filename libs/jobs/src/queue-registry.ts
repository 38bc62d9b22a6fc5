import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { DEFAULT_JOB_OPTIONS } from './job-options';
import { ALL_QUEUES, type QueueName } from './queues';
import { QUEUE_PREFIX, redisConnectionOptions } from './redis-connection';

/**
 * One producer-side BullMQ Queue per queue name, shared by everything in a process that enqueues or
 * inspects jobs (the outbox relay, metrics, admin views). Producer connections fail fast while Redis
 * is down instead of buffering commands in memory.
 */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues: Map<QueueName, Queue>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const connection = redisConnectionOptions(config.REDIS_URL, 'producer');
    this.queues = new Map(ALL_QUEUES.map((name) => [name, new Queue(name, { connection, prefix: QUEUE_PREFIX, defaultJobOptions: DEFAULT_JOB_OPTIONS })]));
    // Without a listener, ioredis connection errors would be reported as unhandled 'error' events.
    for (const queue of this.queues.values()) queue.on('error', () => undefined);
  }

  get(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((queue) => queue.close()));
  }

  /** At application shutdown, after every module (relay, job workers) has stopped using the queues. */
  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
