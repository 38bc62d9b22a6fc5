import { randomUUID } from 'node:crypto';
import { ConsoleBrowser, screenshot, signIn } from './browser';
import { ConsoleStack } from './console-stack';
import { adminCreatesTheAccounts } from './journeys/admin.journey';
import { auditorApprovesTheAttestation } from './journeys/auditor.journey';
import type { JourneyWorld } from './journeys/journey-world';
import { operatorSubmitsACompleteAttestation, waitForVerification } from './journeys/operator.journey';
import { regulatorSeesItCompliant } from './journeys/regulator.journey';

/**
 * The web console in headless Chromium against the real stack (api serving the built console, the
 * worker verifying): one journey per role, each continuing from the one before.
 */
describe('web console journeys', () => {
  let world: JourneyWorld;

  beforeAll(async () => {
    const stack = await ConsoleStack.start();
    const browser = await ConsoleBrowser.launch();
    const tag = randomUUID().slice(0, 8);
    world = {
      stack,
      browser,
      admin: { email: stack.api.config.ADMIN_EMAIL, password: stack.api.config.ADMIN_PASSWORD },
      organizationName: `Nordlicht Compute ${tag}`,
      operator: { email: `operator-${tag}@example.test`, password: 'operator-password-1' },
      auditor: { email: `auditor-${tag}@example.test`, password: 'auditor-password-1' },
      regulator: { email: `regulator-${tag}@example.test`, password: 'regulator-password-1' },
    };
  }, 120_000);

  afterAll(async () => {
    await world?.browser.close();
    await world?.stack.stop();
  });

  it('shows the login page and names a wrong password in plain words', async () => {
    const { page, context } = await world.browser.newPage(world.stack.baseUrl);
    await page.goto('/');
    await screenshot(page, '00-login');
    await page.getByLabel('Email', { exact: true }).fill(world.admin.email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/invalid|incorrect|wrong/i);
    await signIn(page, world.admin.email, world.admin.password);
    await context.close();
  });

  it('admin creates the organisation and the operator, auditor and regulator accounts', () => adminCreatesTheAccounts(world), 120_000);

  it('operator submits a complete attestation', () => operatorSubmitsACompleteAttestation(world), 180_000);

  it('the worker verifies it and the operator sees it in review', () => waitForVerification(world), 120_000);

  it('auditor claims it and approves it', () => auditorApprovesTheAttestation(world), 120_000);

  it('regulator sees the facility compliant and downloads the signed PDF report', () => regulatorSeesItCompliant(world), 120_000);
});
