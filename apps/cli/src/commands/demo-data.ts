import type { Role } from '@tiergate/auth';

/** Demo data for development. Everything here is invented. */
export const DEMO_ORGANIZATION = { name: 'Nordlys Compute AS (demo)', hqCountry: 'NO', lei: null } as const;

/** A public password, so demo users exist only outside production. */
export const DEMO_PASSWORD = 'tiergate-demo-2026';

export const DEMO_USERS: { email: string; role: Role; withOrganization: boolean }[] = [
  { email: 'operator@demo.tiergate.local', role: 'operator', withOrganization: true },
  { email: 'auditor@demo.tiergate.local', role: 'auditor', withOrganization: false },
  { email: 'regulator@demo.tiergate.local', role: 'regulator', withOrganization: false },
];
