import type { GeneratedRequest } from './fuzz-request';
import type { FuzzWorld } from './fuzz-world';

/** An input the fuzzer once found failing, replayed on every run so the fix stays fixed. */
export interface Regression {
  route: string;
  /** What the API did before the fix. */
  found: string;
  request(world: FuzzWorld): GeneratedRequest;
}

const plain: Omit<GeneratedRequest, 'caller'> = { junkCredentials: null, pathValues: [], query: [], rawQuery: undefined, headers: {}, body: null };
const json = (text: string) => ({ contentType: 'application/json', text });
const cursor = (position: object) => Buffer.from(JSON.stringify(position)).toString('base64url');
const OWNER = { name: 'Fjord Holdings ASA', country: 'DE', kind: 'company', percent: 51, controlling: false };

export const REGRESSIONS: Regression[] = [
  {
    route: 'POST /api/v1/organizations',
    found: 'a field nested 5,000 arrays deep overflowed the validation pipe’s stack: 500',
    request: () => ({ ...plain, caller: 'admin', body: json(`{"name":${'['.repeat(5_000)}${']'.repeat(5_000)},"hqCountry":"DE"}`) }),
  },
  {
    route: 'GET /api/v1/organizations',
    found: 'a cursor dated in year 0000 (Date.parse accepts it) reached PostgreSQL: 500',
    request: () => ({ ...plain, caller: 'admin', query: [['cursor', cursor({ createdAt: '0000-12-31T23:59:59.999Z', id: '00000000-0000-1000-8000-000000000000' })]] }),
  },
  {
    route: 'GET /api/v1/notifications',
    found: 'a cursor id of 36 hex digits and dashes that is no UUID reached PostgreSQL: 500',
    request: () => ({ ...plain, caller: 'admin', query: [['cursor', cursor({ createdAt: '2026-01-01T00:00:00.000Z', id: '0-0a0aa0-a-a0-0aa--00-0a0aa0a0a-0-0a' })]] }),
  },
  {
    route: 'POST /api/v1/auth/login',
    found: 'a number for the email reached the login throttle (passport reads the body before validation): 500',
    request: () => ({ ...plain, caller: 'anonymous', body: json('{"email":-1,"password":"correct-horse-battery"}') }),
  },
  {
    route: 'POST /api/v1/auth/login',
    found: 'a NUL character in the email reached PostgreSQL: 500',
    request: () => ({ ...plain, caller: 'anonymous', body: json('{"email":"00000000-0000-1000-8000-000000000000\\u0000","password":"correct-horse-battery"}') }),
  },
  {
    route: 'GET /api/v1/audit-log',
    found: 'a NUL character in a filter reached PostgreSQL: 500',
    request: () => ({ ...plain, caller: 'regulator', query: [['action', '\u0000']] }),
  },
  {
    route: 'GET /api/v1/audit-log/export',
    found: 'a NUL character in a filter failed the export after it had started: the connection was dropped without an answer',
    request: () => ({ ...plain, caller: 'regulator', query: [['entityType', 'a\u0000']] }),
  },
  {
    route: 'POST /api/v1/api-keys',
    found: 'a lone surrogate in the name reached a jsonb audit payload: 500',
    request: () => ({ ...plain, caller: 'operator', body: json('{"name":"\\ud800","scopes":["read"]}') }),
  },
  {
    route: 'PATCH /api/v1/users/{id}',
    found: '`"role": null` passed IsOptional and PostgreSQL refused the null: 500',
    request: (world) => ({ ...plain, caller: 'admin', pathValues: [world.ids.users[0]], body: json('{"disabled":false,"role":null}') }),
  },
  {
    route: 'PUT /api/v1/organizations/{id}/ownership',
    found: 'an array of arrays of owners passed ValidateNested: 500',
    request: (world) => ({ ...plain, caller: 'admin', pathValues: [world.organizationId], body: json(JSON.stringify({ owners: [[OWNER]] })) }),
  },
  {
    route: 'PUT /api/v1/organizations/{id}/ownership',
    found: 'a percent class-validator prints in exponent form (7e-323) crashed its maxDecimalPlaces check: 500',
    request: (world) => ({
      ...plain,
      caller: 'admin',
      pathValues: [world.organizationId],
      body: json('{"owners":[{"name":"Fjord Holdings ASA","country":"DE","kind":"company","percent":7e-323,"controlling":false}]}'),
    }),
  },
  {
    route: 'PUT /api/v1/datacenters/{id}/inventory',
    found: 'a NUL character in a CSV cell reached PostgreSQL: 500',
    request: (world) => ({ ...plain, caller: 'operator', pathValues: [world.datacenterId], body: { contentType: 'text/csv', text: 'vendor,model,quantity\nNVIDIA,DE\u0000,512\n' } }),
  },
  {
    route: 'GET /api/v1/organizations/{id}',
    found: 'a raw 0xFF byte in the path: Node’s parser answered 400 with an empty body',
    request: () => ({ ...plain, caller: 'admin', pathValues: ['\u00ff'] }),
  },
];
