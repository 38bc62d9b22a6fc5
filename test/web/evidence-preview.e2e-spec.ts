import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TEST_PASSWORD, TestActors } from '../setup/actors';
import { AttestationFixture } from '../setup/attestation-fixture';
import { ConsoleBrowser, signIn } from './browser';
import { ConsoleStack } from './console-stack';

/**
 * Evidence is whatever an operator uploaded, shown from a blob: URL of the console's own origin: the
 * frame that shows a PDF is sandboxed, so those bytes can never run as a page of the console.
 */
describe('the evidence preview in the web console', () => {
  let stack: ConsoleStack;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    stack = await ConsoleStack.start();
    browser = await ConsoleBrowser.launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows a PDF in a frame sandboxed with no allowances, and offers it in a tab of its own', async () => {
    const { api } = stack;
    const actors = new TestActors(api);
    const fixture = new AttestationFixture(api);
    const organizationId = await actors.organization();
    const email = `preview-${randomUUID().slice(0, 8)}@example.test`;
    await request(api.server)
      .post('/api/v1/users')
      .set(await actors.admin())
      .send({ email, password: TEST_PASSWORD, role: 'operator', organizationId })
      .expect(201);
    const operator = await actors.login(email);
    const datacenterId = (
      await request(api.server)
        .post('/api/v1/datacenters')
        .set(operator)
        .send({ name: `Preview ${randomUUID().slice(0, 8)}`, countryCode: 'DE' })
        .expect(201)
    ).body.id as string;
    const attestationId = await fixture.draft(datacenterId, operator);
    await fixture.attachRequiredEvidence(attestationId, operator);

    const { page, context } = await browser.newPage(stack.baseUrl);
    try {
      await signIn(page, email, TEST_PASSWORD);
      await page.goto(`/attestations/${attestationId}`);
      // The first PDF opens at once.
      const frame = page.getByTitle(/^Evidence /).first();
      await frame.waitFor();
      expect(await frame.evaluate((element) => element.tagName)).toBe('IFRAME');
      expect(await frame.getAttribute('src')).toMatch(/^blob:/);
      expect(await frame.getAttribute('sandbox')).toBe('');
      const inTab = page.getByRole('link', { name: /^Open .* in a new tab$/ }).first();
      expect(await inTab.getAttribute('href')).toBe(await frame.getAttribute('src'));
      expect(await inTab.getAttribute('rel')).toContain('noopener');
      // Chromium renders no PDF in a sandboxed frame; in its own tab the blob opens in the PDF viewer.
      const [tab] = await Promise.all([context.waitForEvent('page'), inTab.click()]);
      await tab.waitForLoadState();
      expect(tab.url()).toBe(await frame.getAttribute('src'));
      await tab.close();
    } finally {
      await context.close();
    }
  }, 120_000);
});
