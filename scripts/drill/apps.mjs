// The real api and worker processes, as `npm start` runs them, with their output in log files
// (the drill's own report stays readable) and their exits watched: an app that dies on its own
// during a drill is a finding, not noise.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isShuttingDown } from '../stack/lifecycle.mjs';
import { StackError, log, tail } from '../stack/log.mjs';
import { describeExit, exitCodeOf, runCommand, spawnChild } from '../stack/processes.mjs';
import { waitUntil } from '../stack/wait.mjs';

const API_ENTRY = 'apps/api/src/main.ts';
const WORKER_ENTRY = 'apps/worker/src/main.ts';
const BOOT_TIMEOUT_MS = 120_000;

/** `node --require @swc-node/register <entry> [args]`: runs TypeScript directly. */
function typeScriptEntry(entry, ...args) {
  return [process.execPath, ['--require', '@swc-node/register', entry, ...args]];
}

/** Environment of every app process; only what the drill sets, so nothing leaks in from the caller's stack. */
export function appEnvironment({ databaseUrl, redisUrl, storageDir, apiPort, admin }) {
  const inherited = Object.fromEntries(['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'].filter((key) => process.env[key] !== undefined).map((key) => [key, process.env[key]]));
  return {
    ...inherited,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    STORAGE_DIR: storageDir,
    PORT: String(apiPort),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    // Recovery within seconds instead of minutes, so a drill stays short; the mechanisms are the production ones.
    SWEEP_INTERVAL_MS: '1000',
    SWEEP_STUCK_AFTER_MS: '5000',
    OUTBOX_RELAY_INTERVAL_MS: '100',
  };
}

export async function migrate(env) {
  const result = await runCommand(...typeScriptEntry('apps/cli/src/main.ts', 'migrate'), { env, capture: true, name: 'migrate' });
  if (result.code !== 0) throw new StackError(`migrate failed (${describeExit(result)}):\n${tail(result.output)}`, exitCodeOf(result) || 1);
  log('drill', 'migrated the scratch database');
}

/**
 * One app process. `onUnexpectedExit` is called when it exits without the drill having asked it
 * to (kill() and shutdown are expected).
 */
export class AppProcess {
  constructor(name, entry, env, logFile, onUnexpectedExit) {
    this.name = name;
    this.logFile = logFile;
    const output = openSync(logFile, 'a');
    const { child, exited } = spawnChild(...typeScriptEntry(entry), { env, stdio: ['ignore', output, output], name, detached: true });
    closeSync(output); // the child holds its own copy
    this.child = child;
    this.exited = exited;
    this.expectedExit = false;
    void exited.then((result) => {
      if (!this.expectedExit && !isShuttingDown()) onUnexpectedExit(this, result);
    });
  }

  get pid() {
    return this.child.pid;
  }

  get running() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL to the process group: no shutdown hooks, jobs in flight are abandoned mid-way. */
  async kill() {
    this.expectedExit = true;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await this.exited;
  }

  logTail(lines = 30) {
    try {
      return tail(readFileSync(this.logFile, 'utf8'), lines);
    } catch {
      return `    (no log at ${this.logFile})`;
    }
  }
}

/** The api logs warnings only: a line per request would drown what matters. */
export function startApi(env, logs, onUnexpectedExit) {
  return new AppProcess('api', API_ENTRY, { ...env, LOG_LEVEL: 'warn' }, join(logs, 'api.log'), onUnexpectedExit);
}

let workerCount = 0;
/** Workers log at info: their sweeps and relay pauses are the story of a recovery. */
export function startWorker(env, logs, onUnexpectedExit) {
  workerCount += 1;
  return new AppProcess(`worker-${workerCount}`, WORKER_ENTRY, { ...env, LOG_LEVEL: 'info' }, join(logs, `worker-${workerCount}.log`), onUnexpectedExit);
}

/** Waits until /health answers 200 (PostgreSQL and Redis reachable from the api). */
export async function waitForHealthy(baseUrl, api, timeoutMs = BOOT_TIMEOUT_MS) {
  await waitUntil(
    `the api to answer 200 on ${baseUrl}/health`,
    async () => {
      try {
        const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
        await response.body?.cancel();
        return response.status === 200;
      } catch {
        return false;
      }
    },
    { timeoutMs, intervalMs: 250, onTimeout: () => `  last lines of ${api.logFile}:\n${api.logTail()}` },
  );
}
