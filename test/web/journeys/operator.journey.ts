import type { Locator, Page } from 'playwright-core';
import { PDF_BYTES } from '../../setup/attestation-fixture';
import { screenshot, signIn } from '../browser';
import type { JourneyWorld } from './journey-world';

const CONDITIONS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;
const ATTESTATION_URL = /\/attestations\/([0-9a-f-]{36})/;

/** Line 3 has a negative quantity: the API refuses the whole file and names the line and column. */
const BAD_INVENTORY = 'vendor,model,quantity\nNVIDIA,H100 SXM5 80GB,8\nAMD,MI300X,-4\n';
const GOOD_INVENTORY = 'vendor,model,quantity\nNVIDIA,H100 SXM5 80GB,8\nAMD,MI300X,4\n';

/**
 * The operator registers a DE (Tier 1) facility, uploads its inventory from CSV (a wrong line first,
 * then a right file), and runs the wizard through C1–C5 — claims per control, the required evidence
 * as small PDFs — sees the review list what is missing before and nothing after, and submits.
 */
export async function operatorSubmitsACompleteAttestation(world: JourneyWorld): Promise<void> {
  const { page, context } = await world.browser.newPage(world.stack.baseUrl);
  try {
    await signIn(page, world.operator.email, world.operator.password);
    await recordsTheOwnership(page);
    const datacenterName = `Frankfurt ${world.organizationName.split(' ').pop() ?? ''}`.trim();
    await registersAFacility(page, datacenterName);
    await uploadsTheInventory(page);

    await page.getByRole('button', { name: 'Start an attestation' }).click();
    await page.waitForURL(/\/attestations\/[0-9a-f-]{36}\/wizard/);
    const attestationId = ATTESTATION_URL.exec(page.url())?.[1];
    if (!attestationId) throw new Error(`no attestation id in ${page.url()}`);
    await seesWhatIsMissingBeforeClaiming(page);

    for (const condition of CONDITIONS) {
      await page.getByRole('heading', { level: 2, name: new RegExp(`— ${condition}:`) }).waitFor();
      for (const control of await page.locator('fieldset.op-control').all()) await claimsTheControl(control);
      // C1 and C4 show the kinds of control there are (required evidence, waived); the rest look alike.
      if (condition === 'C1' || condition === 'C4') await capture(page, `13-operator-wizard-${condition.toLowerCase()}`);
      await page.getByRole('button', { name: condition === 'C5' ? 'Next: review' : /^Next: C\d$/ }).click();
    }

    await page.getByRole('heading', { level: 2, name: /Review/ }).waitFor();
    await page.getByText('Nothing is missing').waitFor();
    await capture(page, '14-operator-wizard-review-complete');
    await page.getByRole('button', { name: 'Submit attestation' }).click();

    await page.waitForURL(new RegExp(`/attestations/${attestationId}$`));
    const status = await statusOf(page);
    expect(['submitted', 'verifying', 'in review']).toContain(status);
    await capture(page, '15-operator-attestation-submitted');

    await managesKeysAndWebhooks(page);
    world.datacenterName = datacenterName;
    world.attestationId = attestationId;
  } finally {
    await context.close();
  }
}

/** The worker verifies beside the api; the operator reloads the status page until it reads "in review" (bounded). */
export async function waitForVerification(world: JourneyWorld): Promise<void> {
  if (!world.attestationId) throw new Error('the operator journey did not submit an attestation');
  const { page, context } = await world.browser.newPage(world.stack.baseUrl);
  try {
    await signIn(page, world.operator.email, world.operator.password);
    await page.goto(`/attestations/${world.attestationId}`);
    let status = await statusOf(page);
    for (let reloads = 0; status !== 'in review'; reloads += 1) {
      if (status === 'rejected') throw new Error(`verification rejected the attestation:\n${await page.locator('main').innerText()}`);
      if (reloads === 60) throw new Error(`the attestation is still ${status} after ${reloads} reloads of its page`);
      await page.waitForTimeout(1_000);
      await page.reload();
      status = await statusOf(page);
    }
    // The thread with the auditors lives in the shared attestation view.
    const comment = 'The inventory export behind C2 and C5 is the CSV uploaded on the facility page.';
    await page.getByLabel('Add a comment', { exact: true }).fill(comment);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.getByText(comment).waitFor();
    await capture(page, '20-operator-attestation-in-review');

    await openFromNavigation(page, 'Attestations');
    await page.getByRole('heading', { level: 1, name: 'Attestations' }).waitFor();
    await page.getByRole('row', { name: new RegExp(`${escapeRegExp(world.datacenterName ?? '')}.*in review`, 'i') }).waitFor();
    await capture(page, '21-operator-attestations');

    await openFromNavigation(page, 'Findings');
    await page.getByRole('heading', { level: 1, name: 'Findings' }).waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByRole('table', { name: 'Findings' }).or(page.getByText('No finding matches.')).waitFor();
    await capture(page, '22-operator-findings');
  } finally {
    await context.close();
  }
}

/** A controlling owner headquartered in a Tier 1 country (what C3 checks). */
async function recordsTheOwnership(page: Page): Promise<void> {
  await openFromNavigation(page, 'Organisation');
  await page.getByRole('heading', { level: 2, name: 'Ownership' }).waitFor();
  await page.getByRole('button', { name: 'Add an owner' }).click();
  await page.getByLabel('Owner 1 name', { exact: true }).fill('Rheinwerk Beteiligungen GmbH');
  await page.getByLabel('Owner 1 country', { exact: true }).selectOption('DE');
  await page.getByLabel('Owner 1 kind', { exact: true }).selectOption('company');
  await page.getByLabel('Owner 1 percent', { exact: true }).fill('100');
  await page.getByLabel('Owner 1 controls the organisation', { exact: true }).check();
  await page.getByRole('button', { name: 'Save ownership' }).click();
  await page.getByText('Ownership saved.').waitFor();
  await page.getByText(/Rheinwerk Beteiligungen GmbH \(company, DE\)/).waitFor();
  await capture(page, '10-operator-organisation');
}

async function registersAFacility(page: Page, name: string): Promise<void> {
  await openFromNavigation(page, 'Datacenters');
  await page.getByRole('heading', { level: 1, name: 'Datacenters' }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Country', { exact: true }).selectOption('DE');
  await page.getByLabel('City', { exact: true }).fill('Frankfurt am Main');
  await page.getByLabel('Latitude', { exact: true }).fill('50.11');
  await page.getByLabel('Longitude', { exact: true }).fill('8.68');
  await capture(page, '11-operator-datacenters');
  await page.getByRole('button', { name: 'Register facility' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function uploadsTheInventory(page: Page): Promise<void> {
  const upload = async (csv: string) => {
    await page.getByLabel('Inventory CSV', { exact: true }).setInputFiles({ name: 'inventory.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload inventory' }).click();
  };
  await upload(BAD_INVENTORY);
  const problem = page.getByRole('alert').filter({ hasText: 'line 3, column quantity' });
  await problem.waitFor();
  await capture(page, '12-operator-inventory-line-error');

  await upload(GOOD_INVENTORY);
  await page.getByText('Inventory revision 1 saved: 2 lines, 12 accelerators.').waitFor();
  await expectNoAlert(page);
  await page.getByText(/revision 1, 2 lines, 12 accelerators/).waitFor();
  await page
    .getByRole('table', { name: 'Inventory revisions' })
    .getByRole('row', { name: /NVIDIA H100 SXM5 80GB: 0 → 8/ })
    .waitFor();
  await capture(page, '12-operator-datacenter');
}

/** Before any claim the review lists every control, and the API's own 400 on submit says the same. */
async function seesWhatIsMissingBeforeClaiming(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: 'Review' }).click();
  const missing = page.getByRole('list', { name: 'Missing before submission' });
  await missing.getByRole('listitem').filter({ hasText: 'C1-NO-T3-MILITARY-TIES: no claim' }).waitFor();
  await page.getByRole('button', { name: 'Submit attestation' }).click();
  await page.getByRole('alert').filter({ hasText: 'C5-INVENTORY: no claim' }).waitFor();
  await capture(page, '13-operator-wizard-review-missing');
  await page.getByRole('button', { name: 'Go to C1 for C1-NO-T3-MILITARY-TIES' }).click();
}

/** Waivable controls are waived; every other one is claimed compliant with each required evidence type uploaded. */
async function claimsTheControl(control: Locator): Promise<void> {
  const status = control.getByLabel('Claim status', { exact: true });
  const waivable = (await status.locator('option[value="not_applicable"]').count()) > 0;
  await status.selectOption(waivable ? 'not_applicable' : 'compliant');
  await control.getByLabel('Statement', { exact: true }).fill(waivable ? 'Not applicable to this facility.' : 'We meet this control; the attached evidence shows how.');
  if (waivable) return;

  const required = control.getByRole('list', { name: 'Required evidence' }).getByRole('listitem');
  for (const item of await required.all()) {
    // innerText is the rendered text: the badge's CSS capitalises it.
    const [type, state] = (await item.innerText()).split(':').map((part) => part.trim().toLowerCase());
    if (state !== 'missing') continue;
    await control.getByLabel('Evidence type', { exact: true }).selectOption(type);
    await control.getByLabel('File', { exact: true }).setInputFiles({ name: `${type}.pdf`, mimeType: 'application/pdf', buffer: PDF_BYTES });
    await control.getByRole('button', { name: 'Upload evidence' }).click();
    await control
      .getByRole('status')
      .filter({ hasText: `${type}.pdf uploaded as ${type}.` })
      .waitFor();
    expect(await control.getByRole('progressbar').getAttribute('value')).toBe('1');
    await item.filter({ hasText: 'attached' }).waitFor();
  }
}

/** An API key shown once and revoked; a webhook added and deleted (nothing is left to deliver to). */
async function managesKeysAndWebhooks(page: Page): Promise<void> {
  await openFromNavigation(page, 'API keys');
  await page.getByLabel('Key name', { exact: true }).fill('inventory sync');
  await page.getByRole('button', { name: 'Create key' }).click();
  const key = await page.getByLabel('New API key', { exact: true }).innerText();
  expect(key).toMatch(/^tg_/);
  await page.getByRole('row', { name: /inventory sync.*active/i }).waitFor();
  await capture(page, '16-operator-api-keys');
  await page.getByRole('button', { name: 'Revoke inventory sync' }).click();
  await page.getByRole('row', { name: /inventory sync.*revoked/i }).waitFor();

  await openFromNavigation(page, 'Webhooks');
  const url = 'http://127.0.0.1:9/tiergate-hook';
  await page.getByLabel('Webhook URL', { exact: true }).fill(url);
  await page.getByRole('button', { name: 'Add webhook' }).click();
  expect(await page.getByLabel('Webhook signing secret', { exact: true }).innerText()).toMatch(/^whsec_/);
  await page.getByRole('button', { name: `Deliveries to ${url}` }).click();
  await page.getByText('Nothing sent to this webhook yet.').waitFor();
  await capture(page, '17-operator-webhooks');
  await page.getByRole('button', { name: `Delete ${url}` }).click();
  await page.getByText('No webhook yet.').waitFor();
}

/** A screenshot once every part of the page has loaded (the console's loading states are role=status "Loading…"). */
async function capture(page: Page, name: string): Promise<void> {
  const loading = page
    .locator('main')
    .getByRole('status')
    .filter({ hasText: /^Loading/ });
  while ((await loading.count()) > 0) await loading.first().waitFor({ state: 'detached' });
  await screenshot(page, name);
}

async function openFromNavigation(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

async function statusOf(page: Page): Promise<string> {
  const line = page.getByRole('region', { name: 'State', exact: true }).getByText(/^Status:/);
  return (await line.innerText())
    .replace(/^Status:\s*/, '')
    .trim()
    .toLowerCase();
}

async function expectNoAlert(page: Page): Promise<void> {
  expect(await page.getByRole('alert').count()).toBe(0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
