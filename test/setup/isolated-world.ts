/**
 * Each jest worker gets a world of its own, so suites never see each other's rows, queues or files
 * and can run in parallel in any order (see docs/testing.md):
 * - PostgreSQL: database `<test database>_w<JEST_WORKER_ID>`, re-created from the migrated test
 *   database (the template the global setup builds) before every test file;
 * - Redis: the database index after the test one plus the worker id, flushed before every file;
 * - evidence storage: a directory per worker, emptied before every file.
 * This file runs first in every test file (jest `setupFiles`) and only points the environment at
 * that world; `fresh-world.ts` (jest `setupFilesAfterEnv`) empties it.
 */
import { join } from 'node:path';

/** The environment `npm test` exported, kept so a test file can always find the template again. */
const template = {
  DATABASE_URL: process.env.TIERGATE_TEMPLATE_DATABASE_URL ?? process.env.DATABASE_URL,
  REDIS_URL: process.env.TIERGATE_TEMPLATE_REDIS_URL ?? process.env.REDIS_URL,
  STORAGE_DIR: process.env.TIERGATE_TEMPLATE_STORAGE_DIR ?? process.env.STORAGE_DIR,
};

if (template.DATABASE_URL && template.REDIS_URL) {
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  process.env.TIERGATE_TEMPLATE_DATABASE_URL = template.DATABASE_URL;
  process.env.TIERGATE_TEMPLATE_REDIS_URL = template.REDIS_URL;
  process.env.DATABASE_URL = workerDatabaseUrl(template.DATABASE_URL, worker);
  process.env.REDIS_URL = workerRedisUrl(template.REDIS_URL, worker);
  if (template.STORAGE_DIR) {
    process.env.TIERGATE_TEMPLATE_STORAGE_DIR = template.STORAGE_DIR;
    process.env.STORAGE_DIR = join(template.STORAGE_DIR, `w${worker}`);
  }
}

export function workerDatabaseUrl(templateUrl: string, worker: number): string {
  const url = new URL(templateUrl);
  url.pathname = `/${url.pathname.slice(1)}_w${worker}`;
  return url.toString();
}

export function workerRedisUrl(templateUrl: string, worker: number): string {
  const url = new URL(templateUrl);
  const base = Number(url.pathname.slice(1) || '0');
  url.pathname = `/${base + worker}`;
  return url.toString();
}
