// `npm run bench`: brings up PostgreSQL and Redis as `npm test` does (TEST_DATABASE_URL and
// TEST_REDIS_URL when set, else the test database and Redis db 1), applies migrations, then runs
// every bench/*.bench.ts in turn. Each prints its own figures and reports its headline rows through
// bench/lib/bench-report.ts; at the end one table of them all is printed with the machine it ran
// on and, for a full run, written to docs/performance.md between its results markers.
// `node bench/run-all.mjs <fragment>` runs only the benches whose file name contains it (and leaves
// the docs alone). A bench that fails does not stop the others: its row says so and the exit code is 1.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOnSignals, onCleanup, runMain, shutdown } from '../scripts/stack/lifecycle.mjs';
import { StackError, log } from '../scripts/stack/log.mjs';
import { repoRoot } from '../scripts/stack/paths.mjs';
import { describeExit, exitCodeOf, runCommand } from '../scripts/stack/processes.mjs';
import { bringUpStack } from '../scripts/stack/stack.mjs';
import { describeMachine, loadAverage } from './lib/machine.mjs';
import { consoleTable, failureRows, markdownTable, readFigureRows, writeResultsSection } from './lib/results-table.mjs';

const PERFORMANCE_DOC = join(repoRoot, 'docs', 'performance.md');

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

runMain(async () => {
  exitOnSignals(() => 130);
  const started = Date.now();
  const loadBefore = loadAverage();
  const services = await bringUpStack({ purpose: 'test' });
  const resultsDirectory = mkdtempSync(join(tmpdir(), 'tiergate-bench-'));
  onCleanup(() => rmSync(resultsDirectory, { recursive: true, force: true }));
  const resultsFile = join(resultsDirectory, 'figures.jsonl');
  const env = { ...process.env, ...services, NODE_ENV: 'test', LOG_LEVEL: 'warn', BENCH_RESULTS_FILE: resultsFile };
  const only = process.argv[2];
  const benches = readdirSync(join(repoRoot, 'bench'))
    .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
    .sort();
  if (benches.length === 0) throw new StackError(`no bench/*.bench.ts matches "${only}"`, 64);

  const run = (label, args) => {
    log('bench', label);
    return runCommand(process.execPath, ['--require', '@swc-node/register', ...args], { env, stdio: 'inherit', name: label });
  };
  const migrated = await run('migrate', ['apps/cli/src/main.ts', 'migrate']);
  if (migrated.code !== 0) throw new StackError(`migrate failed (${describeExit(migrated)})`, exitCodeOf(migrated) || 1);

  const durations = [];
  const failed = [];
  for (const bench of benches) {
    const benchStarted = Date.now();
    const result = await run(bench, [join('bench', bench)]);
    durations.push(`${bench.replace('.bench.ts', '')} ${seconds(Date.now() - benchStarted)}`);
    if (result.code !== 0) failed.push({ bench: bench.replace('.bench.ts', ''), reason: describeExit(result) });
  }

  const rows = [...readFigureRows(resultsFile), ...failureRows(failed)];
  const machine = await describeMachine(services);
  const total = Date.now() - started;
  const footer = [
    `Run ${new Date(started).toISOString()} in ${seconds(total)} (${durations.join(', ')}).`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; PostgreSQL ${machine.postgres}; Redis ${machine.redis}.`,
    `Load average (1 / 5 / 15 min): ${loadBefore} before, ${loadAverage()} after (above the core count, other work was competing for the CPU).`,
  ];

  console.log(`\n${consoleTable(rows)}\n\n${footer.join('\n')}`);
  if (only) {
    log('bench', `only benches matching "${only}" ran: ${PERFORMANCE_DOC} left as it is`);
  } else {
    writeResultsSection(PERFORMANCE_DOC, `${markdownTable(rows)}\n\n${footer.map((line) => `- ${line}`).join('\n')}`);
    log('bench', `table written to ${PERFORMANCE_DOC}`);
  }
  await shutdown(failed.length > 0 ? 1 : 0);
});
