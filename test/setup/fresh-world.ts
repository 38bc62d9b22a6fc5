/**
 * Before every test file: the worker's database becomes a fresh copy of the migrated template, its
 * Redis database is flushed and its evidence directory emptied (see isolated-world.ts). A suite
 * therefore starts from the same world whatever ran before it, and never has to restore anything.
 */
import { mkdirSync, rmSync } from 'node:fs';
import Redis from 'ioredis';
import { Client } from 'pg';

beforeAll(async () => {
  const templateUrl = process.env.TIERGATE_TEMPLATE_DATABASE_URL;
  const databaseUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!templateUrl || !databaseUrl || !redisUrl) return; // unit specs run without a stack
  await recreateFromTemplate(templateUrl, databaseUrl);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
  const storage = process.env.STORAGE_DIR;
  if (storage && storage !== process.env.TIERGATE_TEMPLATE_STORAGE_DIR) {
    rmSync(storage, { recursive: true, force: true });
    mkdirSync(storage, { recursive: true });
  }
});

async function recreateFromTemplate(templateUrl: string, databaseUrl: string): Promise<void> {
  const template = new URL(templateUrl).pathname.slice(1);
  const database = new URL(databaseUrl).pathname.slice(1);
  if (!/test/.test(database)) throw new Error(`refusing to re-create database "${database}": its name must contain "test"`);
  // Connected to the maintenance database: a session on the template would make the copy fail.
  const maintenance = new URL(templateUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    // FORCE ends sessions a crashed earlier file (or its worker process) left on the database.
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
}
