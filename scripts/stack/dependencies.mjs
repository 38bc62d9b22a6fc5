// Step 1 of every run: make node_modules match package-lock.json. Runs before anything imports
// an npm package, so this module (and everything it imports) uses Node built-ins only.
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { StackError, log } from './log.mjs';
import { repoRoot } from './paths.mjs';
import { runCommand } from './processes.mjs';

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. */
export async function ensureDependencies() {
  const reason = reasonToInstall();
  if (!reason) {
    log('dependencies', 'node_modules is up to date');
    return;
  }
  const hasLockfile = existsSync(join(repoRoot, 'package-lock.json'));
  const npmArgs = [hasLockfile ? 'ci' : 'install', '--no-audit', '--no-fund'];
  log('dependencies', `${reason}; running npm ${npmArgs.join(' ')}`);
  const [command, args] = npmCommand();
  const result = await runCommand(command, [...args, ...npmArgs], { stdio: ['ignore', 'inherit', 'inherit'], name: 'npm' });
  if (result.code !== 0) {
    throw new StackError(`npm ${npmArgs[0]} failed (exit ${result.code ?? result.signal}); see its output above`, result.code || 1);
  }
}

function reasonToInstall() {
  const nodeModules = join(repoRoot, 'node_modules');
  if (!existsSync(nodeModules)) return 'node_modules is missing';
  // npm writes node_modules/.package-lock.json on every install, so it dates the last install.
  const installed = join(nodeModules, '.package-lock.json');
  if (!existsSync(installed)) return 'node_modules was not installed by npm';
  const lockfile = join(repoRoot, 'package-lock.json');
  if (existsSync(lockfile) && statSync(lockfile).mtimeMs > statSync(installed).mtimeMs) {
    return 'package-lock.json changed since the last install';
  }
  return null;
}

/** The npm that launched us (npm start / npm test), else npm from PATH. */
function npmCommand() {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /^npm-cli\.[cm]?js$/.test(basename(npmCli)) && existsSync(npmCli)) return [process.execPath, [npmCli]];
  return ['npm', []];
}
