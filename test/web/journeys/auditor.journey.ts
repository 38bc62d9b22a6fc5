import type { Locator, Page } from 'playwright-core';
import { screenshot, signIn } from '../browser';
import type { JourneyWorld } from './journey-world';

/**
 * The auditor finds the operator's attestation in the review queue, claims it, reads it with its
 * evidence shown inline, and approves it with a rationale.
 */
export async function auditorApprovesTheAttestation(world: JourneyWorld): Promise<void> {
  const { attestationId } = world;
  if (!attestationId) throw new Error('the operator journey did not leave an attestation to review');
  const { page, context } = await world.browser.newPage(world.stack.baseUrl);
  try {
    await signIn(page, world.auditor.email, world.auditor.password);
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();

    // The filters narrow the queue the way an auditor would: German facilities nobody has claimed.
    await page.getByLabel('Country', { exact: true }).selectOption('DE');
    await page.getByLabel('Claim', { exact: true }).selectOption('unclaimed');
    const item = await findQueueRow(page, attestationId);
    expect(await item.textContent()).toContain('One approval');
    await screenshot(page, '30-auditor-queue');

    await item.getByRole('button', { name: /^Claim / }).click();
    await item.waitFor({ state: 'detached' });
    await page.getByLabel('Claim', { exact: true }).selectOption('mine');
    const mine = await findQueueRow(page, attestationId);
    expect(await mine.textContent()).toContain('Claimed by you');

    await mine.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await page
      .getByRole('region', { name: 'Your review' })
      .getByText(/Claimed by you until/)
      .waitFor();
    // The first PDF is shown inline at once (fetched with the token, shown from a blob: URL).
    const pdf = page.getByTitle(/^Evidence /).first();
    await pdf.waitFor();
    expect(await pdf.getAttribute('src')).toMatch(/^blob:/);
    await untilPainted(page, pdf);
    await screenshot(page, '31-auditor-review');

    await page.getByLabel('Decision', { exact: true }).selectOption('approve');
    // A decision has to say why: a short rationale is refused before it is sent.
    await page.getByLabel('Rationale', { exact: true }).fill('Looks fine.');
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'at least 20 characters' }).waitFor();
    await page.getByLabel('Rationale', { exact: true }).fill('All controls are claimed with current evidence; verification raised no blocking finding.');
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Approved.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /version \d+ approved/ }).waitFor();
    await screenshot(page, '32-auditor-approved');
  } finally {
    await context.close();
  }
}

/**
 * Chromium's PDF viewer paints some time after the frame has loaded, and nothing in the page says
 * when. For the screenshot's sake only (nothing is asserted), wait a little for the frame to look
 * different from its first, empty picture; a PDF with nothing to paint costs a few seconds.
 */
async function untilPainted(page: Page, frame: Locator): Promise<void> {
  const empty = await frame.screenshot();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(250);
    if (!(await frame.screenshot()).equals(empty)) return;
  }
}

/**
 * The queue row linking to the attestation, reading further pages until it shows. The list may be
 * re-read under a new filter while this looks, so each round waits for it again.
 */
async function findQueueRow(page: Page, attestationId: string): Promise<Locator> {
  const row = page.getByRole('row').filter({ has: page.locator(`a[href^="/review/${attestationId}"]`) });
  const loadMore = page.getByRole('button', { name: 'Load more' });
  for (;;) {
    // Either the row is on the pages read so far, or there are more pages to read.
    await row.or(loadMore).first().waitFor();
    if ((await row.count()) > 0) return row;
    if (await loadMore.isVisible()) {
      const rowsBefore = await page.getByRole('row').count();
      await loadMore.click();
      await page.getByRole('row').nth(rowsBefore).waitFor();
    }
  }
}
