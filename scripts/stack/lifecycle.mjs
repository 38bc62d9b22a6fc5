// Owns everything a run must undo before it exits: the child processes it spawned and the
// services it started (registered with onCleanup). Exactly one shutdown happens per run,
// whether it comes from success, a failure, a crashed child or a signal.
import { StackError, log, logError } from './log.mjs';

const GRACE_MS = 10_000;

/** Thrown by work that is cut short because the run is already shutting down; not an error. */
export class ShutdownInProgress extends Error {
  constructor() {
    super('shutting down');
    this.name = 'ShutdownInProgress';
  }
}

const children = new Set(); // { child, name, detached }
const cleanups = [];
let shuttingDown = false;

export function isShuttingDown() {
  return shuttingDown;
}

/** Registers an undo step (stop a database, …). Steps run last-registered-first on shutdown. */
export function onCleanup(step) {
  cleanups.push(step);
}

/**
 * Throws ShutdownInProgress once shutdown has begun, so no new work (child processes, waits)
 * starts after Ctrl-C or a failure. The cleanup steps themselves pass `duringCleanup`.
 */
export function assertNotShuttingDown({ duringCleanup = false } = {}) {
  if (shuttingDown && !duringCleanup) throw new ShutdownInProgress();
}

/** Remembers a spawned child so shutdown can stop it. */
export function trackChild(child, { name, detached = false }) {
  const entry = { child, name, detached };
  children.add(entry);
  child.once('exit', () => children.delete(entry));
  child.once('error', () => children.delete(entry));
}

/** Stops the children, runs the cleanup steps, then exits with `exitCode`. Later calls are no-ops. */
export async function shutdown(exitCode) {
  if (shuttingDown) return new Promise(() => {}); // the first shutdown ends the process
  shuttingDown = true;
  await stopChildren([...children], GRACE_MS);
  // Last registered first (Redis before the database it was started after); a step that is
  // registered while this loop runs (a start that was already under way) still gets its turn.
  while (cleanups.length > 0) {
    const step = cleanups.pop();
    try {
      await step();
    } catch (error) {
      logError(`cleanup step failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.exit(exitCode);
}

/**
 * SIGTERM the children (their whole process group when detached), wait up to `graceMs`,
 * then SIGKILL whatever is left.
 */
export async function stopChildren(entries, graceMs = GRACE_MS) {
  const running = entries.filter(({ child }) => isRunning(child));
  if (running.length === 0) return;
  log('shutdown', `stopping ${running.map(({ name }) => name).join(' and ')}`);
  for (const entry of running) signalChild(entry, 'SIGTERM');
  const allExited = Promise.all(running.map(({ child }) => exitOf(child)));
  const finishedInTime = await Promise.race([allExited.then(() => true), delay(graceMs).then(() => false)]);
  if (finishedInTime) return;
  const stubborn = running.filter(({ child }) => isRunning(child));
  log('shutdown', `${stubborn.map(({ name }) => name).join(' and ')} did not stop within ${graceMs / 1000} s; killing`);
  for (const entry of stubborn) signalChild(entry, 'SIGKILL');
  await Promise.race([allExited, delay(5_000)]);
}

/**
 * Stops the run on SIGINT/SIGTERM/SIGHUP. `exitCodeFor(signal)` decides the exit code
 * (start exits 0 on Ctrl-C; test reports the interruption). Repeated signals are ignored:
 * npm forwards Ctrl-C to us while the terminal sends it too.
 */
export function exitOnSignals(exitCodeFor) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (shuttingDown) return;
      process.stdout.write('\n');
      log('shutdown', `received ${signal}, shutting down`);
      void shutdown(exitCodeFor(signal));
    });
  }
}

/** Runs the script body; a thrown error is reported and turns into a clean shutdown. */
export function runMain(main) {
  main().catch(async (error) => {
    // Once shutdown has begun, whatever the interrupted bring-up trips over is expected noise.
    if (error instanceof ShutdownInProgress || shuttingDown) return;
    if (error instanceof StackError) logError(error.message);
    else logError(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await shutdown(error?.exitCode ?? 1);
  });
}

// Last resort if the process exits without going through shutdown (e.g. an uncaught error):
// never leave a detached api/worker behind holding the port.
process.on('exit', () => {
  for (const entry of children) if (isRunning(entry.child)) signalChild(entry, 'SIGKILL');
});

function isRunning(child) {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

function exitOf(child) {
  return isRunning(child) ? new Promise((resolveExit) => child.once('exit', resolveExit)) : Promise.resolve();
}

function signalChild({ child, detached }, signal) {
  try {
    // A detached child leads its own process group: signal the group so grandchildren go too.
    if (detached) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}

function delay(ms) {
  return new Promise((resolveDelay) => setTimeout(resolveDelay, ms).unref());
}
