// PostgreSQL for start and test: DATABASE_URL when it answers, else a project-local cluster
// on 127.0.0.1:54329 (created on first use, kept between runs, stopped only by the run that
// started it). pg is imported lazily: this module loads before `npm ci` may have run.
import { createHash } from 'node:crypto';
import { appendFileSync, chownSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { onCleanup } from './lifecycle.mjs';
import { StackError, log, tail, warn } from './log.mjs';
import { dataRoot, displayPath, repoRoot } from './paths.mjs';
import { runCommand } from './processes.mjs';
import { asUser, findExecutable, isExecutableFile, isRoot, systemUser, userCanReach } from './system.mjs';
import { aptInstall } from './apt.mjs';
import { waitUntil, withTimeout } from './wait.mjs';

export const LOCAL_POSTGRES = { host: '127.0.0.1', port: 54329, user: 'tiergate', password: 'tiergate' };
const START_TIMEOUT_S = 60;
const CONNECT_TIMEOUT_MS = 3_000;

/**
 * Makes sure a PostgreSQL database is there for `purpose` ('start' → tiergate,
 * 'test' → tiergate_test) and returns its URL.
 */
export async function providePostgres({ purpose }) {
  const external = externalDatabase(purpose);
  if (external) {
    const outcome = await ensureDatabase(external.url);
    if (outcome.ok) {
      log('postgres', `using ${external.source}: ${redact(external.url)}${outcome.created ? ' (database created)' : ''}`);
      return external.url;
    }
    warn('postgres', `${external.source} (${redact(external.url)}) does not answer (${outcome.reason}); using the local cluster instead`);
  }

  await ensureLocalServer();
  const url = localUrl(purpose === 'test' ? 'tiergate_test' : 'tiergate');
  const outcome = await ensureDatabase(url);
  if (!outcome.ok) throw new StackError(`could not prepare ${redact(url)}: ${outcome.reason}`);
  log('postgres', `database ${databaseNameOf(url)} ${outcome.created ? 'created' : 'is ready'}`);
  return url;
}

/** The server the user pointed us at, if any. Tests get their own database on it. */
function externalDatabase(purpose) {
  const { DATABASE_URL, TEST_DATABASE_URL } = process.env;
  if (purpose === 'test') {
    if (TEST_DATABASE_URL) return { url: TEST_DATABASE_URL, source: 'TEST_DATABASE_URL' };
    if (DATABASE_URL) return { url: withTestSuffix(DATABASE_URL), source: 'DATABASE_URL with a _test database' };
    return null;
  }
  return DATABASE_URL ? { url: DATABASE_URL, source: 'DATABASE_URL' } : null;
}

function localUrl(database) {
  return serverUrl(LOCAL_POSTGRES, database);
}

function serverUrl({ user, password, host, port }, database) {
  return `postgres://${user}:${password}@${host}:${port}/${database}`;
}

// ---------------------------------------------------------------------------------------------
// Talking to a server

/**
 * Tries one connection. state: 'ready' | 'refused' (nothing listens) | 'starting' |
 * 'missing-database' | 'error' (something answered but refused us; see reason).
 */
async function probe(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => {}); // a dropped connection is reported through connect()/query()
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { state: 'ready' };
  } catch (error) {
    const reason = error?.message || error?.code || String(error);
    if (error?.code === 'ECONNREFUSED') return { state: 'refused', reason };
    if (error?.code === '57P03') return { state: 'starting', reason };
    if (error?.code === '3D000') return { state: 'missing-database', reason };
    return { state: 'error', reason };
  } finally {
    await withTimeout(
      client.end().catch(() => {}),
      1_000,
    );
  }
}

async function query(url, sql) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => {});
  try {
    await client.connect();
    return await client.query(typeof sql === 'function' ? sql(client) : sql);
  } finally {
    await withTimeout(
      client.end().catch(() => {}),
      1_000,
    );
  }
}

/** Connects to the URL's database, creating it first when the server says it does not exist. */
async function ensureDatabase(url) {
  const first = await probe(url);
  if (first.state === 'ready') return { ok: true, created: false };
  if (first.state !== 'missing-database') return { ok: false, reason: first.reason };

  const name = databaseNameOf(url);
  let lastError;
  // Create it from a maintenance database; template1 exists even where postgres was dropped.
  for (const maintenance of ['postgres', 'template1']) {
    try {
      await query(withDatabase(url, maintenance), (client) => `CREATE DATABASE ${client.escapeIdentifier(name)}`);
      return { ok: true, created: true };
    } catch (error) {
      // Another run created it at the same moment: fine.
      if (error?.code === '42P04' || error?.code === '23505') return { ok: true, created: false };
      lastError = error;
      if (error?.code !== '3D000') break;
    }
  }
  return { ok: false, reason: `database ${name} does not exist and could not be created: ${lastError?.message ?? lastError}` };
}

function databaseNameOf(url) {
  const parsed = new URL(url);
  return decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || 'postgres';
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function withTestSuffix(url) {
  const name = databaseNameOf(url);
  return withDatabase(url, name.endsWith('_test') ? name : `${name}_test`);
}

/** The URL without its password, for log lines. */
function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable URL>';
  }
}

// ---------------------------------------------------------------------------------------------
// The local cluster

async function ensureLocalServer() {
  const { host, port } = LOCAL_POSTGRES;
  const adminUrl = localUrl('postgres');
  const where = `${host}:${port}`;

  const current = await probe(adminUrl);
  if (current.state === 'ready') {
    log('postgres', `reusing the server already running on ${where} (left running on exit)`);
    return;
  }
  if (current.state === 'starting') {
    await waitUntil(`PostgreSQL on ${where} to finish starting`, async () => (await probe(adminUrl)).state === 'ready', { timeoutMs: START_TIMEOUT_S * 1000 });
    log('postgres', `reusing the server already running on ${where} (left running on exit)`);
    return;
  }
  if (current.state !== 'refused') {
    throw new StackError(`something on ${where} answers but is not usable as the local cluster (${current.reason}). ` + `Stop it, or set DATABASE_URL to a PostgreSQL server you want to use.`);
  }

  const cluster = chooseClusterLocation();
  const binaries = await findBinaries(clusterVersion(cluster));
  if (!clusterVersion(cluster)) await initCluster(cluster, binaries, LOCAL_POSTGRES);
  else if (clusterVersion(cluster) !== binaries.major) {
    throw new StackError(
      `${cluster.dataDir} was created by PostgreSQL ${clusterVersion(cluster)} but only PostgreSQL ${binaries.major} ` +
        `binaries were found. Install postgresql-${clusterVersion(cluster)}, or delete that directory to start over (its data is lost).`,
    );
  }

  if ((await pgCtl(cluster, binaries, ['status'])).code === 0) {
    // Started by someone else (another run, or by hand) and still coming up: use it, leave it.
    await waitUntil(`the running cluster in ${cluster.dataDir} to accept connections on ${where}`, async () => (await probe(adminUrl)).state === 'ready', {
      timeoutMs: START_TIMEOUT_S * 1000,
      onTimeout: () => logTail(cluster),
    });
    log('postgres', `reusing the cluster already running on ${where} (left running on exit)`);
    return;
  }

  // Registered before starting, so an interrupted start is still stopped.
  onCleanup(() => stopCluster(cluster, binaries));
  await startCluster(cluster, binaries, LOCAL_POSTGRES);
  log('postgres', `started local cluster on ${where} (${displayPath(cluster.dataDir)})`);
}

/** pg_ctl start, then waits until the server accepts connections. */
async function startCluster(cluster, binaries, server) {
  const where = `${server.host}:${server.port}`;
  prepareLogFile(cluster);
  const started = await pgCtl(cluster, binaries, ['-l', cluster.logFile, '-w', '-t', String(START_TIMEOUT_S), 'start']);
  if (started.code !== 0) {
    throw new StackError(`pg_ctl start failed (exit ${started.code}):\n${tail(started.output, 5)}\n  last lines of ${cluster.logFile}:\n${logTail(cluster)}`);
  }
  await waitUntil(`PostgreSQL to accept connections on ${where}`, async () => (await probe(serverUrl(server, 'postgres'))).state === 'ready', {
    timeoutMs: START_TIMEOUT_S * 1000,
    onTimeout: () => logTail(cluster),
  });
}

/**
 * A throwaway cluster of its own under `root` (a directory the caller created and removes) on
 * 127.0.0.1:`port`, for runs that stop and start PostgreSQL on purpose (the fault drill) and so
 * must never touch the shared one. It is stopped on shutdown. Returns the URL of `database`
 * (created) and stop/start controls; stop is a fast shutdown, as an operator or a failover does it.
 */
export async function startScratchCluster({ root, port, database }) {
  const server = { ...LOCAL_POSTGRES, port };
  let owner = null;
  if (isRoot()) {
    owner = systemUser('postgres');
    if (!owner) throw new StackError("running as root, but there is no 'postgres' system user to run PostgreSQL as (initdb and postgres refuse root)");
    if (!userCanReach(owner.name, root)) throw new StackError(`the postgres user cannot reach ${root}; choose a directory it can reach`);
  }
  const cluster = { root, dataDir: join(root, 'postgres'), logFile: join(root, 'postgres.log'), owner };
  const binaries = await findBinaries(null);
  await initCluster(cluster, binaries, server);
  onCleanup(() => stopCluster(cluster, binaries));
  await startCluster(cluster, binaries, server);
  const url = serverUrl(server, database);
  const outcome = await ensureDatabase(url);
  if (!outcome.ok) throw new StackError(`could not create ${redact(url)}: ${outcome.reason}`);
  log('postgres', `started scratch cluster on ${server.host}:${port} (${displayPath(cluster.dataDir)})`);
  return {
    url,
    start: () => startCluster(cluster, binaries, server),
    stop: () => stopCluster(cluster, binaries),
  };
}

/**
 * Where the cluster lives and which user runs it. initdb and postgres refuse to run as root,
 * so as root they run as the `postgres` system user, which must be able to reach the data
 * directory. A repository inside a private directory (e.g. a CI clone under `mktemp -d`, mode
 * 700) is out of its reach; then the cluster lives under /var/tmp, one per repository path.
 */
function chooseClusterLocation() {
  mkdirSync(dataRoot, { recursive: true });
  const inRepo = { root: dataRoot, dataDir: join(dataRoot, 'postgres'), logFile: join(dataRoot, 'postgres.log') };
  if (!isRoot()) return { ...inRepo, owner: null };

  const owner = systemUser('postgres');
  if (!owner) {
    throw new StackError(
      "running as root, but there is no 'postgres' system user to run PostgreSQL as (initdb and postgres refuse root). " +
        'Install the Debian package (apt-get install -y postgresql), which creates it, or set DATABASE_URL.',
    );
  }
  if (userCanReach(owner.name, dataRoot)) return { ...inRepo, owner };

  const root = `/var/tmp/tiergate-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}`;
  mkdirSync(root, { recursive: true, mode: 0o755 });
  chownSync(root, owner.uid, owner.gid);
  if (!userCanReach(owner.name, root)) {
    throw new StackError(`the postgres user can reach neither ${dataRoot} nor ${root}; set DATABASE_URL to a running server instead`);
  }
  log('postgres', `the postgres user cannot reach ${repoRoot}, so the cluster lives in ${join(root, 'postgres')}`);
  return { root, dataDir: join(root, 'postgres'), logFile: join(root, 'postgres.log'), owner };
}

/** Major version of an existing cluster, or null when there is none yet. */
function clusterVersion(cluster) {
  const versionFile = join(cluster.dataDir, 'PG_VERSION');
  return existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : null;
}

/**
 * initdb, pg_ctl and postgres of one version. Prefers the version an existing cluster was
 * made with, then PATH, then the newest /usr/lib/postgresql/<major>/bin; installs the Debian
 * package when there is none and we are root.
 */
async function findBinaries(wantedMajor) {
  let binDir = locateBinDir(wantedMajor);
  if (!binDir) {
    if (!isRoot()) {
      throw new StackError(
        'PostgreSQL server programs (initdb, pg_ctl) were not found. Install them (sudo apt-get install -y postgresql) ' +
          'or set DATABASE_URL to a running server, e.g. DATABASE_URL=postgres://user:password@127.0.0.1:5432/tiergate',
      );
    }
    await aptInstall(['postgresql'], 'PostgreSQL server for the local cluster');
    binDir = locateBinDir(wantedMajor);
    if (!binDir) throw new StackError('installed postgresql but still found no initdb/pg_ctl under /usr/lib/postgresql/*/bin');
  }
  const pgCtlPath = join(binDir, 'pg_ctl');
  const versionOutput = await runCommand(pgCtlPath, ['--version'], { capture: true });
  const major = versionOutput.output.match(/(\d+)(?:\.\d+)?/)?.[1];
  if (!major) throw new StackError(`could not tell the version of ${pgCtlPath}: ${versionOutput.output.trim()}`);
  return { binDir, major, initdb: join(binDir, 'initdb'), pgCtl: pgCtlPath };
}

function locateBinDir(wantedMajor) {
  const hasServerPrograms = (dir) => ['initdb', 'pg_ctl', 'postgres'].every((name) => isExecutableFile(join(dir, name)));
  if (wantedMajor && hasServerPrograms(`/usr/lib/postgresql/${wantedMajor}/bin`)) return `/usr/lib/postgresql/${wantedMajor}/bin`;
  const onPath = findExecutable('pg_ctl');
  if (onPath) {
    // Follow symlinks (e.g. /usr/local/bin/pg_ctl) to the directory that also holds initdb/postgres.
    const dir = dirname(realpathSync(onPath));
    if (hasServerPrograms(dir)) return dir;
  }
  let versions = [];
  try {
    versions = readdirSync('/usr/lib/postgresql').filter((name) => /^\d+$/.test(name));
  } catch {
    // no Debian-style installation
  }
  const newestFirst = versions.sort((a, b) => Number(b) - Number(a)).map((major) => `/usr/lib/postgresql/${major}/bin`);
  return newestFirst.find(hasServerPrograms) ?? null;
}

async function initCluster(cluster, binaries, server) {
  const { user, password, host, port } = server;
  if (existsSync(cluster.dataDir) && readdirSync(cluster.dataDir).length > 0) {
    throw new StackError(`${cluster.dataDir} exists but holds no PostgreSQL cluster; move it away or delete it`);
  }
  mkdirSync(cluster.dataDir, { recursive: true, mode: 0o700 });
  // The password goes through a file (not argv, which other users can read); the server's
  // user must be able to read it.
  const passwordFile = join(cluster.root, `.initdb-password-${process.pid}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (cluster.owner) {
    chownSync(cluster.dataDir, cluster.owner.uid, cluster.owner.gid);
    chownSync(passwordFile, cluster.owner.uid, cluster.owner.gid);
  }
  log('postgres', `creating a new cluster in ${displayPath(cluster.dataDir)} (PostgreSQL ${binaries.major})`);
  let result;
  try {
    result = await runCommand(
      ...asClusterOwner(cluster, binaries.initdb, ['-D', cluster.dataDir, '-U', user, `--pwfile=${passwordFile}`, '--auth-host=scram-sha-256', '--auth-local=peer', '--encoding=UTF8', '--locale=C']),
      { capture: true, cwd: '/', name: 'initdb' },
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
  if (result.code !== 0) throw new StackError(`initdb failed (exit ${result.code}):\n${tail(result.output)}`);

  // Loopback TCP only, no unix sockets: nothing else on the machine can stumble into it and
  // there is no socket directory that needs to be writable.
  appendFileSync(
    join(cluster.dataDir, 'postgresql.conf'),
    ['', '# Local development cluster for Tiergate (written by scripts/stack/postgres.mjs)', `listen_addresses = '${host}'`, `port = ${port}`, "unix_socket_directories = ''", ''].join('\n'),
  );
}

function asClusterOwner(cluster, command, args) {
  return cluster.owner ? asUser(cluster.owner.name, command, args) : [command, args];
}

function pgCtl(cluster, binaries, args, options = {}) {
  // cwd '/' because the postgres user may not be allowed into the repository.
  return runCommand(...asClusterOwner(cluster, binaries.pgCtl, ['-D', cluster.dataDir, ...args]), { capture: true, cwd: '/', name: 'pg_ctl', ...options });
}

/** The server writes its log as the postgres user, so as root the file must be theirs. */
function prepareLogFile(cluster) {
  if (!cluster.owner) return;
  if (!existsSync(cluster.logFile)) writeFileSync(cluster.logFile, '');
  chownSync(cluster.logFile, cluster.owner.uid, cluster.owner.gid);
}

function logTail(cluster) {
  try {
    return tail(readFileSync(cluster.logFile, 'utf8'));
  } catch {
    return `    (no log at ${cluster.logFile})`;
  }
}

async function stopCluster(cluster, binaries) {
  if ((await pgCtl(cluster, binaries, ['status'], { duringCleanup: true })).code !== 0) return;
  const stopped = await pgCtl(cluster, binaries, ['-m', 'fast', '-w', '-t', String(START_TIMEOUT_S), 'stop'], { duringCleanup: true });
  if (stopped.code === 0) log('postgres', `stopped local cluster (${displayPath(cluster.dataDir)})`);
  else warn('postgres', `pg_ctl stop failed (exit ${stopped.code}):\n${tail(stopped.output)}`);
}
