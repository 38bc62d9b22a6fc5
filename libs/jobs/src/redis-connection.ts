import type { RedisOptions } from 'ioredis';

export type RedisRole = 'producer' | 'consumer';

/**
 * Connection options for BullMQ from a redis:// URL.
 * Consumers must wait forever for Redis (maxRetriesPerRequest: null, as BullMQ requires);
 * producers fail fast while Redis is down so callers (the outbox relay, health checks) can retry later
 * instead of hanging on an offline queue.
 */
export function redisConnectionOptions(url: string, role: RedisRole): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: role === 'consumer' ? null : 1,
    enableOfflineQueue: role === 'consumer',
    connectTimeout: 5_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  };
}

/** All queues of one deployment share a prefix, so tests and development can share a Redis server. */
export const QUEUE_PREFIX = 'tiergate';
