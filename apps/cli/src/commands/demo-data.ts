import type { Role } from '@tiergate/auth';

/** Demo data for development. Everything here is invented. */
export const DEMO_ORGANIZATION = { name: 'Nordlys Compute AS (demo)', hqCountry: 'NO', lei: null } as const;

/** A public password, so demo users exist only outside production. */
export const DEMO_PASSWORD = 'tiergate-demo-2026';

export const DEMO_USERS: { email: string; role: Role; withOrganization: boolean }[] = [
  { email: 'operator@demo.tiergate.local', role: 'operator', withOrganization: true },
  { email: 'auditor@demo.tiergate.local', role: 'auditor', withOrganization: false },
  // Two-person rules need a second auditor (closing a blocker, confirming a withdrawn declaration)
  // and regulators besides a version's publisher (the reference pack's quorum is 2).
  { email: 'auditor2@demo.tiergate.local', role: 'auditor', withOrganization: false },
  { email: 'regulator@demo.tiergate.local', role: 'regulator', withOrganization: false },
  { email: 'regulator2@demo.tiergate.local', role: 'regulator', withOrganization: false },
  { email: 'regulator3@demo.tiergate.local', role: 'regulator', withOrganization: false },
];

/** Facilities of the demo organisation, with inventories in the spellings real exports use. */
export const DEMO_DATACENTERS = [
  {
    name: 'Oslo Fjord 1',
    countryCode: 'NO',
    city: 'Oslo',
    latitude: 59.9139,
    longitude: 10.7522,
    items: [
      { vendor: 'NVIDIA', model: 'NVIDIA H100 80GB HBM3', quantity: 1_024 },
      { vendor: 'NVIDIA', model: 'A100-SXM4-80GB', quantity: 256 },
    ],
  },
  {
    name: 'Warsaw Vistula 1',
    countryCode: 'PL',
    city: 'Warsaw',
    latitude: 52.2297,
    longitude: 21.0122,
    items: [
      { vendor: 'NVIDIA', model: 'H200 SXM 141GB', quantity: 2_048 },
      { vendor: 'AMD', model: 'Instinct MI300X', quantity: 512 },
    ],
  },
] as const;
