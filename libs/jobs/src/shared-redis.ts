import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { redisConnectionOptions } from './redis-connection';

/**
 * The process's one fail-fast Redis connection for everything that is not a queue: health checks,
 * login throttling. Commands fail at once while Redis is down instead of queueing in memory.
 */
@Injectable()
export class SharedRedis implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = new Redis({ ...redisConnectionOptions(config.REDIS_URL, 'producer'), lazyConnect: false });
    this.client.on('error', () => undefined);
  }

  async ping(timeoutMs = 1_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([this.client.ping().then((reply) => reply === 'PONG'), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}
