// Redis for start and test: REDIS_URL when it answers PING, else a project-local server on
// 127.0.0.1:63790 with its data in .data/redis (kept between runs, stopped only by the run that
// started it). ioredis is imported lazily: this module loads before `npm ci` may have run.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { aptInstall } from './apt.mjs';
import { onCleanup } from './lifecycle.mjs';
import { StackError, log, tail, warn } from './log.mjs';
import { dataRoot, displayPath } from './paths.mjs';
import { runCommand } from './processes.mjs';
import { findExecutable, isRoot } from './system.mjs';
import { sleep, waitUntil, withTimeout } from './wait.mjs';

export const LOCAL_REDIS = { host: '127.0.0.1', port: 63790 };
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const PING_TIMEOUT_MS = 2_000;

/** Returns a Redis URL for `purpose`: 'start' uses db 0, 'test' uses db 1. */
export async function provideRedis({ purpose }) {
  const database = purpose === 'test' ? 1 : 0;
  const external = externalRedis(purpose);
  if (external) {
    const ping = await pingRedis(external.url);
    if (ping.ok) {
      log('redis', `using ${external.source}: ${redact(external.url)}`);
      return external.url;
    }
    warn('redis', `${external.source} (${redact(external.url)}) does not answer PING (${ping.reason}); using the local server instead`);
  }
  await ensureLocalServer();
  return `redis://${LOCAL_REDIS.host}:${LOCAL_REDIS.port}/${database}`;
}

function externalRedis(purpose) {
  const { REDIS_URL, TEST_REDIS_URL } = process.env;
  if (purpose === 'test') {
    if (TEST_REDIS_URL) return { url: TEST_REDIS_URL, source: 'TEST_REDIS_URL' };
    if (REDIS_URL) return { url: withDatabase(REDIS_URL, 1), source: 'REDIS_URL with db 1' };
    return null;
  }
  return REDIS_URL ? { url: REDIS_URL, source: 'REDIS_URL' } : null;
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable URL>';
  }
}

/** Opens a connection that gives up at once instead of retrying (ioredis retries by default). */
async function connect(url) {
  const { default: Redis } = await import('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: PING_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // Failures surface through the awaited calls, but as a bare "Connection is closed";
  // keep the underlying reason (ECONNREFUSED, NOAUTH, …) for messages.
  client.lastError = null;
  client.on('error', (error) => (client.lastError = error));
  return client;
}

async function pingRedis(url) {
  const client = await connect(url);
  const attempt = (async () => {
    try {
      await client.connect();
      const reply = await client.ping();
      return reply === 'PONG' ? { ok: true } : { ok: false, reason: `unexpected reply ${reply}` };
    } catch (error) {
      const cause = client.lastError ?? error;
      return { ok: false, reason: cause?.message || cause?.code || String(cause) };
    }
  })();
  const outcome = await withTimeout(attempt, PING_TIMEOUT_MS + 1_000, { ok: false, reason: 'no answer' });
  client.disconnect();
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// The local server

function localPaths() {
  const dir = join(dataRoot, 'redis');
  return { dir, pidFile: join(dir, 'redis.pid'), logFile: join(dir, 'redis.log') };
}

async function ensureLocalServer() {
  const where = `${LOCAL_REDIS.host}:${LOCAL_REDIS.port}`;
  const localUrl = `redis://${where}/0`;
  if ((await pingRedis(localUrl)).ok) {
    log('redis', `reusing the server already running on ${where} (left running on exit)`);
    return;
  }

  const redisServer = await findRedisServer();
  const paths = localPaths();
  onCleanup(() => stopLocalServer(localUrl, paths));
  await launchServer(redisServer, LOCAL_REDIS, paths);
  log('redis', `started local server on ${where} (${displayPath(paths.dir)})`);
}

/** Starts a daemonized redis-server keeping its data in paths.dir, and waits until it answers PING. */
async function launchServer(redisServer, { host, port }, paths) {
  const where = `${host}:${port}`;
  mkdirSync(paths.dir, { recursive: true });
  // A pid file left by a crash could name an unrelated process by now; start clean so the
  // file only ever names the server this run started.
  rmSync(paths.pidFile, { force: true });
  const launched = await runCommand(
    redisServer,
    ['--bind', host, '--port', String(port), '--dir', paths.dir, '--daemonize', 'yes', '--pidfile', paths.pidFile, '--logfile', paths.logFile, '--appendonly', 'yes'],
    { capture: true, name: 'redis-server' },
  );
  if (launched.code !== 0) {
    throw new StackError(`redis-server failed to start (exit ${launched.code}):\n${tail(launched.output)}\n${logTail(paths)}`);
  }
  await waitUntil(`Redis to answer PING on ${where}`, async () => (await pingRedis(`redis://${where}/0`)).ok, {
    timeoutMs: START_TIMEOUT_MS,
    onTimeout: () => `  last lines of ${paths.logFile}:\n${logTail(paths)}`,
  });
}

/**
 * A throwaway Redis of its own with its data under `root` (a directory the caller created and
 * removes) on 127.0.0.1:`port`, for runs that stop Redis on purpose (the fault drill). It is
 * stopped on shutdown. Returns its URL (db 0), the data directory, and stop/start controls.
 */
export async function startScratchRedis({ root, port }) {
  const server = { ...LOCAL_REDIS, port };
  const url = `redis://${server.host}:${port}/0`;
  // The log lives beside the data directory, so wiping the data keeps it.
  const dataDir = join(root, 'redis');
  const paths = { dir: dataDir, pidFile: join(root, 'redis.pid'), logFile: join(root, 'redis.log') };
  const redisServer = await findRedisServer();
  onCleanup(() => stopLocalServer(url, paths));
  await launchServer(redisServer, server, paths);
  log('redis', `started scratch server on ${server.host}:${port} (${displayPath(root)})`);
  return {
    url,
    dataDir,
    start: () => launchServer(redisServer, server, paths),
    stop: () => stopLocalServer(url, paths),
  };
}

/** redis-server from PATH; apt-installs it when missing and we are root. */
async function findRedisServer() {
  let found = findExecutable('redis-server');
  if (found) return found;
  if (!isRoot()) {
    throw new StackError('redis-server was not found. Install it (sudo apt-get install -y redis-server) ' + 'or set REDIS_URL to a running Redis, e.g. REDIS_URL=redis://127.0.0.1:6379/0');
  }
  // The package may also start a system Redis on 6379; that one is not ours and is left alone.
  await aptInstall(['redis-server'], 'Redis for the local stack');
  found = findExecutable('redis-server');
  if (!found) throw new StackError('installed redis-server but still cannot find the redis-server program');
  return found;
}

async function stopLocalServer(localUrl, paths) {
  const pid = readPid(paths.pidFile);
  const askedToShutDown = await requestShutdown(localUrl);
  if (!askedToShutDown && pid === null) return; // nothing of ours is running

  if (pid !== null) {
    if (!askedToShutDown) signal(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) {
      warn('redis', `server (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
      signal(pid, 'SIGKILL');
    }
  }
  log('redis', `stopped local server (${displayPath(paths.dir)})`);
}

/**
 * Sends SHUTDOWN, which lets Redis flush its append-only file. The server closes the
 * connection instead of replying, so a closed connection after a successful connect is success.
 * False when nothing answers or Redis refuses.
 */
async function requestShutdown(url) {
  const client = await connect(url);
  const attempt = (async () => {
    try {
      await client.connect();
    } catch {
      return false; // not running
    }
    try {
      await client.call('SHUTDOWN');
      return true;
    } catch (error) {
      return /closed|ECONNRESET/i.test(String(error?.message));
    }
  })();
  const outcome = await withTimeout(attempt, PING_TIMEOUT_MS + 1_000, false);
  client.disconnect();
  return outcome;
}

function readPid(pidFile) {
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

function logTail(paths) {
  try {
    return tail(readFileSync(paths.logFile, 'utf8'));
  } catch {
    return `    (no log at ${paths.logFile})`;
  }
}
