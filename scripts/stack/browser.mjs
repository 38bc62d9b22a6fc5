// The browser for the console's journeys in `npm test`: Debian's chromium, installed with apt-get
// when missing (never a browser downloaded by a test tool).
import { aptInstall } from './apt.mjs';
import { StackError } from './log.mjs';
import { findExecutable, isRoot } from './system.mjs';

/** Path of a Chromium to drive (CHROMIUM_PATH wins), installing Debian's package when we may. */
export async function ensureChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const found = findExecutable('chromium');
  if (found) return found;
  if (!isRoot()) throw new StackError('the browser tests need Chromium: install the Debian package `chromium` (or set CHROMIUM_PATH)');
  await aptInstall(['chromium'], 'headless browser for the web console tests');
  const installed = findExecutable('chromium');
  if (!installed) throw new StackError('apt-get installed chromium, yet no `chromium` executable is on PATH');
  return installed;
}
