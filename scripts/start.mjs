// `npm start`: brings up PostgreSQL and Redis, migrates and seeds the database, builds the web
// console, then runs the api (serving the console at /) and the worker side by side until Ctrl-C. Built-ins only; see scripts/stack/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { exitOnSignals, isShuttingDown, runMain, shutdown } from './stack/lifecycle.mjs';
import { StackError, log, logError, paint } from './stack/log.mjs';
import { dataRoot, repoRoot } from './stack/paths.mjs';
import { colourEnvFor, describeExit, exitCodeOf, forEachLine, prefixOutput, runCommand, spawnChild } from './stack/processes.mjs';
import { installationSecrets } from './stack/installation-secrets.mjs';
import { bringUpStack } from './stack/stack.mjs';
import { buildWebConsole } from './stack/web-console.mjs';
import { waitUntil } from './stack/wait.mjs';

const HEALTH_TIMEOUT_MS = 180_000;

/** `node --require @swc-node/register <entry> [args]`: runs TypeScript directly. */
function typeScriptEntry(entry, ...args) {
  return [process.execPath, ['--require', '@swc-node/register', entry, ...args]];
}

runMain(async () => {
  exitOnSignals(() => 0); // stopping with Ctrl-C is the normal way to end `npm start`

  const services = await bringUpStack({ purpose: 'start' });
  const storageDir = process.env.STORAGE_DIR || join(dataRoot, 'storage');
  mkdirSync(storageDir, { recursive: true });
  const env = {
    ...process.env,
    ...services,
    ...installationSecrets(dataRoot, { storageDir }),
    NODE_ENV: process.env.NODE_ENV || 'development',
    STORAGE_DIR: storageDir,
    PORT: process.env.PORT || '3000',
  };

  await migrate(env);
  const demoLogins = await seed(env);
  await buildWebConsole(env);
  startApps(env);
  await waitForHealth(env.PORT);
  printBanner(env.PORT, demoLogins);
});

async function migrate(env) {
  log('cli', 'applying database migrations');
  const result = await runCommand(...typeScriptEntry('apps/cli/src/main.ts', 'migrate'), { env, stdio: ['ignore', 'inherit', 'inherit'], name: 'migrate' });
  if (result.code !== 0) throw new StackError(`migrate failed (${describeExit(result)})`, exitCodeOf(result) || 1);
}

/**
 * Seeds demo data. The seed prints its demo logins on one `DEMO_LOGINS <json>` line, which is
 * kept for the banner; every other line is passed through.
 */
async function seed(env) {
  log('cli', 'loading demo data');
  const { child, exited } = spawnChild(...typeScriptEntry('apps/cli/src/main.ts', 'seed'), { env, stdio: ['ignore', 'pipe', 'inherit'], name: 'seed' });
  let demoLogins = [];
  const allLinesRead = forEachLine(child.stdout, (line) => {
    if (line.startsWith('DEMO_LOGINS ')) {
      try {
        demoLogins = JSON.parse(line.slice('DEMO_LOGINS '.length));
        return;
      } catch {
        // not the JSON we expect: show it as it is
      }
    }
    process.stdout.write(`[seed] ${line}\n`);
  });
  const [result] = await Promise.all([exited, allLinesRead]);
  if (result.code !== 0) throw new StackError(`seed failed (${describeExit(result)})`, exitCodeOf(result) || 1);
  return Array.isArray(demoLogins) ? demoLogins : [];
}

/**
 * The api and the worker run in their own process groups: a terminal Ctrl-C reaches only this
 * script, which then stops them in order (apps first, then the databases they use).
 */
function startApps(env) {
  const apps = [
    { name: 'api', label: 'api   ', colour: 'cyan', entry: 'apps/api/src/main.ts' },
    { name: 'worker', label: 'worker', colour: 'magenta', entry: 'apps/worker/src/main.ts' },
  ];
  log('apps', 'starting api and worker');
  for (const app of apps) {
    const { child, exited } = spawnChild(...typeScriptEntry(app.entry), {
      env: colourEnvFor(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      name: app.name,
      detached: true,
      cwd: repoRoot,
    });
    prefixOutput(child, app.label, app.colour);
    void exited.then((result) => {
      if (isShuttingDown()) return;
      logError(`${app.name} exited on its own (${describeExit(result)}); stopping everything`);
      void shutdown(exitCodeOf(result) || 1);
    });
  }
}

async function waitForHealth(port) {
  const url = `http://127.0.0.1:${port}/health`;
  await waitUntil(
    `the api to answer 200 on ${url}`,
    async () => {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        await response.body?.cancel();
        return response.status === 200;
      } catch {
        return false; // not listening yet
      }
    },
    { timeoutMs: HEALTH_TIMEOUT_MS, intervalMs: 500 },
  );
}

function printBanner(port, demoLogins) {
  const base = `http://localhost:${port}`;
  const lines = [
    paint('Tiergate is running', 'green'),
    '',
    `  Console  ${base}/   (sign in with a demo login below)`,
    `  API      ${base}/api/v1`,
    `  Docs     ${base}/docs`,
    `  Health   ${base}/health`,
  ];
  const logins = demoLogins.filter((login) => login && typeof login === 'object');
  if (logins.length > 0) {
    const widest = (key) => Math.max(...logins.map((login) => String(login[key] ?? '').length));
    const [roleWidth, emailWidth] = [widest('role'), widest('email')];
    lines.push('', '  Demo logins:');
    for (const { role = '', email = '', password = '' } of logins) {
      lines.push(`    ${String(role).padEnd(roleWidth)}  ${String(email).padEnd(emailWidth)}  ${password}`);
    }
  }
  lines.push('', '  Ctrl-C to stop');
  const rule = '─'.repeat(60);
  process.stdout.write(`\n${rule}\n${lines.join('\n')}\n${rule}\n\n`);
}
