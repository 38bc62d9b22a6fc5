// The shared bring-up for `npm start` and `npm test`: dependencies, PostgreSQL, Redis.
// Services this run starts are stopped by lifecycle.shutdown(); reused ones are left alone.
import { ensureDependencies } from './dependencies.mjs';
import { providePostgres } from './postgres.mjs';
import { provideRedis } from './redis.mjs';

/**
 * purpose 'start' → databases tiergate / Redis db 0; 'test' → tiergate_test / Redis db 1.
 * Returns the env entries children need: { DATABASE_URL, REDIS_URL }.
 */
export async function bringUpStack({ purpose }) {
  await ensureDependencies(); // must come first: the service modules import pg and ioredis
  // One after the other: both may need apt-get, which cannot run twice at once.
  const DATABASE_URL = await providePostgres({ purpose });
  const REDIS_URL = await provideRedis({ purpose });
  return { DATABASE_URL, REDIS_URL };
}
