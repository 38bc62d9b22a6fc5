// Small facts about the machine: are we root, where is an executable, who is a system user.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

// Root's PATH in containers and CI does not always include the sbin directories,
// yet that is where runuser and friends live.
const EXTRA_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Absolute path of an executable found on PATH (or the usual system dirs), or null. */
export function findExecutable(name) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...EXTRA_DIRS];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

export function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** { uid, gid } of a system user, or null when there is no such user. */
export function systemUser(name) {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { stdio: ['ignore', 'pipe', 'ignore'] }));
    const gid = Number(execFileSync('id', ['-g', name], { stdio: ['ignore', 'pipe', 'ignore'] }));
    return { name, uid, gid };
  } catch {
    return null;
  }
}

/** Command and arguments that run `command` as `user` (root only). */
export function asUser(user, command, args) {
  const runuser = findExecutable('runuser') ?? '/usr/sbin/runuser';
  return [runuser, ['-u', user, '--', command, ...args]];
}

/** Whether `user` can reach (search) a directory, i.e. every directory above it lets them through. */
export function userCanReach(user, dir) {
  const [command, args] = asUser(user, 'test', ['-x', dir]);
  return spawnSync(command, args, { cwd: '/', stdio: 'ignore' }).status === 0;
}
