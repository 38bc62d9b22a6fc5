import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { screenshot, signIn } from '../browser';
import type { JourneyWorld, Login } from './journey-world';

/**
 * The admin, in the browser, creates the organisation and the operator, auditor and regulator
 * accounts the later journeys sign in with, and shows that disabling an account works.
 */
export async function adminCreatesTheAccounts(world: JourneyWorld): Promise<void> {
  const { page, context } = await world.browser.newPage(world.stack.baseUrl);
  try {
    await signIn(page, world.admin.email, world.admin.password);

    await page.getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill(world.organizationName);
    await page.getByLabel('Headquarters country', { exact: true }).fill('DE');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Created ${world.organizationName}` })
      .waitFor();
    const organizationRow = rowWith(page, world.organizationName);
    expect(await organizationRow.textContent()).toContain('DE');
    await screenshot(page, '01-admin-organisations');

    // The notice's link opens the users page with the operator role and this organisation chosen.
    await page.getByRole('link', { name: 'Create an operator for it' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    expect(await page.getByLabel('Role', { exact: true }).inputValue()).toBe('operator');
    await createUser(page, world.operator, { role: 'operator' });
    expect(await rowWith(page, world.operator.email).textContent()).toContain(world.organizationName);

    await createUser(page, world.auditor, { role: 'auditor' });
    await createUser(page, world.regulator, { role: 'regulator', jurisdictions: 'DE, FR' });
    expect(await rowWith(page, world.regulator.email).textContent()).toContain('DE, FR');

    // A throwaway account: disabled, it can no longer sign in; enabled again, it can.
    const spare: Login = { email: `spare-${randomUUID().slice(0, 8)}@example.test`, password: 'spare-password-1' };
    await createUser(page, spare, { role: 'auditor' });
    const spareRow = rowWith(page, spare.email);
    expect(await spareRow.textContent()).toContain('active');
    await spareRow.getByRole('button', { name: `Disable ${spare.email}` }).click();
    await spareRow.getByRole('button', { name: `Enable ${spare.email}` }).waitFor();
    expect(await spareRow.textContent()).toContain('disabled');
    expect(await loginStatus(world, spare)).toBe(401);
    await screenshot(page, '02-admin-users');

    await spareRow.getByRole('button', { name: `Enable ${spare.email}` }).click();
    await spareRow.getByRole('button', { name: `Disable ${spare.email}` }).waitFor();
    expect(await spareRow.textContent()).toContain('active');
    expect(await loginStatus(world, spare)).toBe(200);
  } finally {
    await context.close();
  }
}

function rowWith(page: Page, text: string) {
  return page.getByRole('row').filter({ hasText: text });
}

async function createUser(page: Page, login: Login, options: { role: string; jurisdictions?: string }): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(login.email);
  await page.getByLabel('Password', { exact: true }).fill(login.password);
  await page.getByLabel('Role', { exact: true }).selectOption(options.role);
  if (options.jurisdictions) await page.getByLabel('Jurisdictions', { exact: true }).fill(options.jurisdictions);
  await page.getByRole('button', { name: 'Create user' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Created ${login.email} (${options.role})` })
    .waitFor();
  await rowWith(page, login.email).waitFor();
}

/** What the API answers a sign-in with these credentials: the browser shows the switch, the API proves it. */
async function loginStatus(world: JourneyWorld, login: Login): Promise<number> {
  const response = await fetch(`${world.stack.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(login),
  });
  return response.status;
}
