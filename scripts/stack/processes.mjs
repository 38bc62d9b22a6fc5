// Spawning child processes: every child is registered with the lifecycle so a shutdown
// (Ctrl-C, failure) stops it, and its output can be passed through line by line.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { assertNotShuttingDown, trackChild } from './lifecycle.mjs';
import { paint, supportsColour } from './log.mjs';
import { repoRoot } from './paths.mjs';

/**
 * Spawns a tracked child. Returns { child, exited } where `exited` resolves (never rejects)
 * with { code, signal, error }; a command that cannot be started reports code 127.
 * Options: env, cwd (default: repo root), stdio, name (for messages), detached (own process
 * group, so a terminal Ctrl-C reaches only us and we decide the shutdown order),
 * duringCleanup (allowed while shutting down).
 */
export function spawnChild(command, args, { env = process.env, cwd = repoRoot, stdio = 'inherit', name, detached = false, duringCleanup = false } = {}) {
  assertNotShuttingDown({ duringCleanup });
  const child = spawn(command, args, { env, cwd, stdio, detached });
  const exited = new Promise((resolveExit) => {
    child.once('error', (error) => resolveExit({ code: 127, signal: null, error }));
    child.once('exit', (code, signal) => resolveExit({ code, signal, error: null }));
  });
  trackChild(child, { name: name ?? basename(command), detached });
  return { child, exited };
}

/**
 * Runs a command to completion. With `capture: true` stdout and stderr are collected into
 * `output` (shown only when something fails) instead of being inherited.
 */
export async function runCommand(command, args, { capture = false, stdio, ...options } = {}) {
  const { child, exited } = spawnChild(command, args, {
    ...options,
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : (stdio ?? 'inherit'),
  });
  let output = '';
  if (capture) {
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
  }
  const result = await exited;
  if (capture && result.error) output += `${result.error.message}\n`;
  return { ...result, output };
}

/** A single exit code for a finished child: its code, or 128+N when killed by signal N. */
export function exitCodeOf({ code, signal }) {
  if (code !== null && code !== undefined) return code;
  return signal ? 128 + (constants.signals[signal] ?? 0) : 1;
}

/** "exit code 1" / "signal SIGKILL", for messages. */
export function describeExit({ code, signal, error }) {
  if (error) return error.message;
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/**
 * Calls onLine for every line of a readable stream (the last unterminated line included).
 * Returns a promise that resolves once the stream has ended and every line was handled.
 */
export function forEachLine(stream, onLine) {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', onLine);
  return new Promise((resolveLines) => lines.once('close', resolveLines));
}

/**
 * Writes every line of the child's stdout and stderr to ours, prefixed like "api    | ".
 * The prefix is coloured only on a terminal.
 */
export function prefixOutput(child, label, colour) {
  const prefix = `${paint(label, colour)} ${paint('|', colour)} `;
  forEachLine(child.stdout, (line) => process.stdout.write(`${prefix}${line}\n`));
  forEachLine(child.stderr, (line) => process.stderr.write(`${prefix}${line}\n`));
}

/** Env for children whose output we pipe: keep their colours when we are on a terminal. */
export function colourEnvFor(env) {
  return supportsColour() && env.FORCE_COLOR === undefined ? { ...env, FORCE_COLOR: '1' } : env;
}
