// `npm run lint` (and a step of `npm test`): ESLint over the repository, module boundaries included.
// The boundary rule (@nx/enforce-module-boundaries) reads the project graph that Nx caches under .nx/;
// without one (a fresh clone, CI) it skips itself with a warning, and a stale one misses new imports.
// So the graph is computed first. Extra arguments go to eslint:  npm run lint -- --fix libs/domain
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './stack/paths.mjs';

const bin = (name) => join(repoRoot, 'node_modules', '.bin', name);
// No daemon: a one-off computation, and a daemon left running would outlive `npm test`.
const env = { ...process.env, NX_DAEMON: 'false' };

const graph = spawnSync(bin('nx'), ['show', 'projects'], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (graph.status !== 0) {
  console.error('lint: could not compute the Nx project graph that the module-boundary rule needs');
  process.exit(graph.status || 1);
}

// Without file arguments ESLint lints the whole repository (what eslint.config.mjs does not ignore).
const eslint = spawnSync(bin('eslint'), process.argv.slice(2), { cwd: repoRoot, env, stdio: 'inherit' });
process.exit(eslint.status ?? 1);
