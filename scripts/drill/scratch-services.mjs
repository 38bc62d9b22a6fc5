// The drill's own PostgreSQL and Redis: it stops, wipes and restarts them on purpose, so they live
// in a temporary directory on free loopback ports and are never the developer's or the test run's.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanup } from '../stack/lifecycle.mjs';
import { log } from '../stack/log.mjs';
import { startScratchCluster } from '../stack/postgres.mjs';
import { startScratchRedis } from '../stack/redis.mjs';

export const DRILL_DATABASE = 'tiergate_drill';

/** A port nothing listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolvePort, rejectPort) => {
    const server = createServer();
    server.once('error', rejectPort);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * A fresh directory for this run. It is world-searchable because PostgreSQL runs as the postgres
 * user when we are root. Removed on shutdown; the app logs stay unless the run called passed().
 */
export function makeScratchRoot() {
  const root = mkdtempSync(join(tmpdir(), 'tiergate-drill-'));
  chmodSync(root, 0o755);
  const logs = join(root, 'logs');
  const storage = join(root, 'storage');
  mkdirSync(logs);
  mkdirSync(storage);
  let keepLogs = true;
  // Registered first, so it runs last: after the services that write into it have stopped.
  onCleanup(() => {
    if (!keepLogs) return rmSync(root, { recursive: true, force: true });
    for (const name of ['postgres', 'redis', 'storage']) rmSync(join(root, name), { recursive: true, force: true });
    log('drill', `kept the logs of this run in ${logs}`);
  });
  return { root, logs, storage, passed: () => (keepLogs = false) };
}

/** Starts both services (each stopped on shutdown) and returns their controls. */
export async function startScratchServices(root) {
  const postgresPort = await freePort();
  let redisPort = await freePort();
  while (redisPort === postgresPort) redisPort = await freePort();
  // One after the other: on a fresh machine both may need apt-get, which cannot run twice at once.
  const postgres = await startScratchCluster({ root, port: postgresPort, database: DRILL_DATABASE });
  const redis = await startScratchRedis({ root, port: redisPort });
  return { postgres, redis };
}
