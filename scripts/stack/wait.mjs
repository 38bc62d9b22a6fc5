// Bounded polling: every wait in the bring-up has a deadline and a clear message when it passes.
import { assertNotShuttingDown } from './lifecycle.mjs';
import { StackError } from './log.mjs';

export function sleep(ms) {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}

/**
 * Calls `check` until it returns a truthy value and returns that value.
 * Throws StackError("timed out after N s waiting for <what>") when the deadline passes;
 * `onTimeout` may return extra detail (e.g. the tail of a log file) for that message.
 * Stops early when the script is shutting down, so no new work starts after Ctrl-C.
 */
export async function waitUntil(what, check, { timeoutMs = 60_000, intervalMs = 250, onTimeout } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    assertNotShuttingDown();
    const result = await check();
    if (result) return result;
    if (Date.now() >= deadline) {
      const detail = onTimeout ? await onTimeout() : '';
      throw new StackError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${detail ? `\n${detail}` : ''}`);
    }
    await sleep(intervalMs);
  }
}

/** Resolves with the promise's value, or with `fallback` if it takes longer than `ms`. */
export function withTimeout(promise, ms, fallback) {
  let timer;
  const timeout = new Promise((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout(fallback), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
