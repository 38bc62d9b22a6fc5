// Builds the web console (apps/web) into dist/web, which the api serves at `/`.
import { StackError, log } from './log.mjs';
import { repoRoot } from './paths.mjs';
import { describeExit, exitCodeOf, runCommand } from './processes.mjs';
import { join } from 'node:path';

export async function buildWebConsole(env = process.env) {
  log('web', 'building the web console (vite build → dist/web)');
  const result = await runCommand(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mjs', '--logLevel', 'warn'], {
    env,
    stdio: 'inherit',
    name: 'vite',
    cwd: repoRoot,
  });
  if (result.code !== 0) throw new StackError(`building the web console failed (${describeExit(result)})`, exitCodeOf(result) || 1);
}
