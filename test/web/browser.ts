import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (scripts/stack/browser.mjs installs it for `npm test`); never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots of each main page, for people to look at; git-ignored. */
export const SCREENSHOT_DIR = join(__dirname, '../../test-output/screenshots');

/**
 * Flags for a closed network and a root user: without the background-networking ones Chromium keeps
 * trying to reach Google's hosts, and as root it refuses to start sandboxed.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One headless Chromium for a spec; each role gets its own context (its own session storage). */
export class ConsoleBrowser {
  private constructor(private readonly browser: Browser) {}

  /** Playwright gives the browser a new empty profile of its own, and removes it on close. */
  static async launch(): Promise<ConsoleBrowser> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    return new ConsoleBrowser(browser);
  }

  /** A fresh page at `baseUrl` in a context of its own, with downloads allowed. */
  async newPage(baseUrl: string): Promise<{ page: Page; context: BrowserContext }> {
    const context = await this.browser.newContext({ baseURL: baseUrl, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    return { page, context };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** Saves a full-page screenshot as test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}
