// Installs Debian packages when a needed program is missing and we are root (fresh machines, CI).
import { StackError, log, tail } from './log.mjs';
import { runCommand } from './processes.mjs';
import { findExecutable } from './system.mjs';

let packageListsUpdated = false;

/** apt-get installs `packages` (`why` explains it in the log), or throws with apt's output. */
export async function aptInstall(packages, why) {
  const aptGet = findExecutable('apt-get');
  if (!aptGet) {
    throw new StackError(`${why}: ${packages.join(' ')} is missing and there is no apt-get to install it; install it yourself`);
  }
  log('apt', `installing ${packages.join(' ')} (${why}); this can take a minute`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // A fresh machine (or container) has empty package lists; refresh them once per run.
  if (!packageListsUpdated) {
    const update = await runCommand(aptGet, ['-q', 'update'], { env, capture: true, cwd: '/' });
    if (update.code !== 0) throw new StackError(`apt-get update failed (exit ${update.code}):\n${tail(update.output)}`);
    packageListsUpdated = true;
  }
  const install = await runCommand(aptGet, ['-q', '-y', '--no-install-recommends', '-o', 'Dpkg::Options::=--force-confdef', '-o', 'Dpkg::Options::=--force-confold', 'install', ...packages], {
    env,
    capture: true,
    cwd: '/',
  });
  if (install.code !== 0) {
    throw new StackError(`apt-get install ${packages.join(' ')} failed (exit ${install.code}):\n${tail(install.output)}`);
  }
  log('apt', `installed ${packages.join(' ')}`);
}
