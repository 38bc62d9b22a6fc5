// `npm run bench`: brings up PostgreSQL and Redis as `npm test` does (test database, Redis db 1),
// applies migrations, then runs every bench/*.bench.ts in turn. Each prints its own figures.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exitOnSignals, runMain, shutdown } from '../scripts/stack/lifecycle.mjs';
import { StackError, log } from '../scripts/stack/log.mjs';
import { repoRoot } from '../scripts/stack/paths.mjs';
import { describeExit, exitCodeOf, runCommand } from '../scripts/stack/processes.mjs';
import { bringUpStack } from '../scripts/stack/stack.mjs';

runMain(async () => {
  exitOnSignals(() => 130);
  const services = await bringUpStack({ purpose: 'test' });
  const env = { ...process.env, ...services, NODE_ENV: 'test', LOG_LEVEL: 'warn' };
  const only = process.argv[2];
  const benches = readdirSync(join(repoRoot, 'bench'))
    .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
    .sort();

  const run = async (label, args) => {
    log('bench', label);
    const result = await runCommand(process.execPath, ['--require', '@swc-node/register', ...args], { env, stdio: 'inherit', name: label });
    if (result.code !== 0) throw new StackError(`${label} failed (${describeExit(result)})`, exitCodeOf(result) || 1);
  };
  await run('migrate', ['apps/cli/src/main.ts', 'migrate']);
  for (const bench of benches) await run(bench, [join('bench', bench)]);
  await shutdown(0);
});
