// `npm test`: brings up PostgreSQL (template database tiergate_test, one copy per jest worker) and Redis (db 1 and up), makes sure Chromium is
// there for the console's browser journeys, then type-checks, lints, builds the web console and runs jest,
// stopping at the first failing step. Extra arguments go to jest:
//   npm test -- test/health.e2e-spec.ts
// Built-ins only; see scripts/stack/.
import { availableParallelism, constants } from 'node:os';
import { join } from 'node:path';
import { exitOnSignals, runMain, shutdown } from './stack/lifecycle.mjs';
import { StackError, log } from './stack/log.mjs';
import { dataRoot, repoRoot } from './stack/paths.mjs';
import { describeExit, exitCodeOf, runCommand } from './stack/processes.mjs';
import { ensureChromium } from './stack/browser.mjs';
import { bringUpStack } from './stack/stack.mjs';

/** Jest workers: TEST_WORKERS, else one per core and at least two (the Redis test dbs after db 1 bound it at 14). */
function testWorkers() {
  const requested = Number(process.env.TEST_WORKERS);
  if (Number.isInteger(requested) && requested > 0) return Math.min(requested, 14);
  return Math.min(Math.max(2, availableParallelism()), 14);
}

runMain(async () => {
  // An interrupted test run must not look like a passing one: exit 128+N like a shell would.
  exitOnSignals((signal) => 128 + (constants.signals[signal] ?? 0));

  const services = await bringUpStack({ purpose: 'test' });
  const env = {
    ...process.env,
    ...services,
    NODE_ENV: 'test',
    STORAGE_DIR: join(dataRoot, 'test-storage'),
    CHROMIUM_PATH: await ensureChromium(),
  };

  const steps = [
    { name: 'type check', bin: 'tsc', args: ['-p', 'tsconfig.json', '--noEmit'] },
    { name: 'web console type check', bin: 'tsc', args: ['-p', 'apps/web/tsconfig.json'] },
    // ESLint, module boundaries included (scripts/lint.mjs computes the Nx project graph the boundary rule reads).
    { name: 'lint', bin: 'node', args: ['scripts/lint.mjs'] },
    { name: 'format check', bin: 'prettier', args: ['--check', '.', '--log-level', 'warn'] },
    { name: 'web console build', bin: 'vite', args: ['build', '--config', 'apps/web/vite.config.mjs', '--logLevel', 'warn'] },
    // Every jest worker has a database and a Redis db of its own (test/setup/isolated-world.ts), so
    // suites run in parallel; each e2e worker also runs an api and often a worker process, hence one
    // jest worker per core, at least two. TEST_WORKERS overrides.
    { name: 'jest', bin: 'jest', args: [`--maxWorkers=${testWorkers()}`, ...process.argv.slice(2)] },
    // After a full jest run, whose global setup migrated the test database: entities must match the migrations.
    process.argv.length <= 2 && {
      name: 'migration drift check',
      bin: 'node',
      args: ['--require', '@swc-node/register', 'node_modules/typeorm/cli.js', 'migration:generate', '--check', '-d', 'migrations/data-source.ts', 'migrations/Drift'],
    },
  ];
  for (const step of steps.filter(Boolean)) {
    log('test', `${step.name}: ${[step.bin, ...step.args].join(' ')}`);
    const result = await runCommand(step.bin === 'node' ? process.execPath : join(repoRoot, 'node_modules', '.bin', step.bin), step.args, { env, stdio: 'inherit', name: step.bin });
    // Reported by runMain, which then shuts down with the step's exit code.
    if (result.code !== 0) throw new StackError(`${step.name} failed (${describeExit(result)})`, exitCodeOf(result) || 1);
  }
  log('test', 'type check and tests passed');
  await shutdown(0);
});
