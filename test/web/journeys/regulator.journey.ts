import { readFile } from 'node:fs/promises';
import type { JsonWebKey } from 'node:crypto';
import type { Page } from 'playwright-core';
import { verifyReport } from '@tiergate/domain';
import { screenshot, signIn } from '../browser';
import type { JourneyWorld } from './journey-world';

/**
 * The regulator (jurisdiction DE) finds the approved facility compliant on the dashboard, downloads
 * the signed PDF status report and checks its signature with the headers the console shows, reads
 * the policy versions (and is told plainly what is wrong with a bad pack), and verifies the audit chain.
 */
export async function regulatorSeesItCompliant(world: JourneyWorld): Promise<void> {
  const { datacenterName, attestationId } = world;
  if (!datacenterName || !attestationId) throw new Error('the operator journey must name the datacenter and the attestation first');
  const { page, context } = await world.browser.newPage(world.stack.baseUrl);
  try {
    await signIn(page, world.regulator.email, world.regulator.password);
    await dashboardShowsTheFacilityCompliant(page, datacenterName, world.organizationName);
    await downloadsTheSignedPdf(page, world);
    await readsThePolicyVersions(page);
    await checksTheAuditLog(page, attestationId);
  } finally {
    await context.close();
  }
}

async function dashboardShowsTheFacilityCompliant(page: Page, datacenterName: string, organizationName: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  // The charts carry their numbers in their accessible names: Tier 1 (DE) has a compliant facility.
  const tier1 = page.getByRole('figure', { name: 'Facilities by tier' }).getByRole('img', { name: /^Tier 1:/ });
  expect(await tier1.getAttribute('aria-label')).toMatch(/ [1-9]\d* compliant/);
  expect(
    await page
      .getByRole('figure', { name: 'Facilities by country' })
      .getByRole('img', { name: /^(Germany|DE):/ })
      .getAttribute('aria-label'),
  ).toMatch(/ [1-9]\d* compliant/);

  // A large registry loads the facility list only on request.
  const loadList = page.getByRole('button', { name: 'Load the facility list' });
  if (await loadList.isVisible()) await loadList.click();
  await page.getByLabel('Search facilities', { exact: true }).fill(datacenterName);
  const row = page.getByRole('table', { name: 'Facilities', exact: true }).getByRole('row').filter({ hasText: datacenterName }).filter({ hasText: organizationName });
  await row.getByRole('cell', { name: 'compliant', exact: true }).waitFor();
  expect(await row.count()).toBe(1);
  expect(await row.getByRole('cell').nth(1).textContent()).toBe('DE');
  await screenshot(page, '40-regulator-dashboard');
}

async function downloadsTheSignedPdf(page: Page, world: JourneyWorld): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  const path = await download.path();
  const pdf = await readFile(path);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(download.suggestedFilename()).toMatch(/^status-report-.+\.pdf$/);

  // The console checked the signature itself, and shows the headers a person needs to check it again.
  await page.getByRole('status').filter({ hasText: 'Signature valid' }).waitFor();
  const lastDownload = page.getByRole('region', { name: 'Last download and its signature' });
  const signature = (await lastDownload.getByRole('definition').nth(2).textContent()) ?? '';
  const jwks = (await (await fetch(`${world.stack.baseUrl}/api/v1/reports/public-key`)).json()) as { keys: JsonWebKey[] };
  expect(verifyReport(pdf, signature, jwks.keys[0])).toBe(true);
  const command = await page.getByRole('region', { name: 'How to check a report yourself' }).locator('pre', { hasText: 'verify-report' }).textContent();
  expect(command).toContain(`--report ${download.suggestedFilename()} --signature "${signature}"`);
  await screenshot(page, '41-regulator-reports');
}

async function readsThePolicyVersions(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Policy versions' }).click();
  await page.getByRole('heading', { level: 1, name: 'Policy versions' }).waitFor();
  const inForce = page.getByRole('region', { name: 'In force' }).getByRole('link', { name: /^Version \d+\.\d+\.\d+$/ });
  const activeVersion = ((await inForce.textContent()) ?? '').replace('Version ', '');

  // A broken pack is refused with every problem listed, and nothing is published.
  await page
    .getByLabel('Policy pack (JSON file)', { exact: true })
    .setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 'next', title: '' })) });
  await page.getByRole('button', { name: 'Publish' }).click();
  const problems = page.getByRole('alert');
  await problems.waitFor();
  expect(await problems.textContent()).toMatch(/version/);
  expect(await problems.getByRole('listitem').count()).toBeGreaterThan(1);
  await screenshot(page, '42-regulator-policy-versions');

  await inForce.click();
  await page.getByRole('heading', { level: 1, name: `Policy version ${activeVersion}` }).waitFor();
  await page.getByRole('heading', { name: /^Controls \(\d+\)$/ }).waitFor();
  expect(await page.getByRole('button', { name: 'Activate…' }).count()).toBe(0);
  await screenshot(page, '43-regulator-policy-version');
}

async function checksTheAuditLog(page: Page, attestationId: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await page.getByRole('status').filter({ hasText: 'The chain is intact' }).waitFor();

  await page.getByLabel('Entity ID', { exact: true }).fill(attestationId);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  // The auditor's approval is on the record, with the attestation's earlier steps.
  await page.getByRole('cell', { name: 'attestation.approve', exact: true }).waitFor();
  const entries = page.getByRole('table', { name: 'Audit log entries' }).getByRole('row').filter({ hasText: attestationId });
  expect(await entries.filter({ hasText: 'attestation.submit' }).count()).toBe(1);
  await screenshot(page, '44-regulator-audit-log');
}
