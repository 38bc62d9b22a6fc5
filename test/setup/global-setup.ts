import { execFileSync } from 'node:child_process';
import { Client } from 'pg';

/**
 * Builds the template every test file's world is copied from (see isolated-world.ts): the test
 * database, dropped and migrated with the same `migrate` command production uses. Runs outside
 * jest's module mapping (no @tiergate/* aliases here), so it uses plain clients. The e2e and slow
 * projects both name this file; the second call in one run finds the template ready.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TIERGATE_TEMPLATE_READY === '1') return;
  const databaseUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!databaseUrl || !redisUrl) throw new Error('DATABASE_URL and REDIS_URL must be set: run the tests with `npm test`');
  const databaseName = new URL(databaseUrl).pathname.slice(1);
  if (!databaseName.includes('test')) {
    throw new Error(`refusing to reset database "${databaseName}": its name must contain "test"`);
  }

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  } finally {
    await client.end();
  }
  execFileSync(process.execPath, ['--require', '@swc-node/register', 'apps/cli/src/main.ts', 'migrate'], {
    env: { ...process.env, NODE_ENV: 'test' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.TIERGATE_TEMPLATE_READY = '1';
}
