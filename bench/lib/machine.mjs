// What the figures ran on, for the footer of the bench table: they mean little without it.
// pg and ioredis are imported lazily, after the stack bring-up has made sure they are installed.
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export function loadAverage() {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}

async function postgresVersion(databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    return (await client.query('SHOW server_version')).rows[0].server_version;
  } catch (error) {
    return `unknown (${error.message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisVersion(redisUrl) {
  const { default: Redis } = await import('ioredis');
  const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return /redis_version:(\S+)/.exec(await client.info('server'))?.[1] ?? 'unknown';
  } catch (error) {
    return `unknown (${error.message})`;
  } finally {
    client.disconnect();
  }
}

export async function describeMachine({ DATABASE_URL, REDIS_URL }) {
  const [cpu] = cpus();
  return {
    cpu: cpu ? cpu.model.trim() : 'unknown',
    cores: availableParallelism(),
    memoryGiB: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    postgres: await postgresVersion(DATABASE_URL),
    redis: await redisVersion(REDIS_URL),
  };
}
