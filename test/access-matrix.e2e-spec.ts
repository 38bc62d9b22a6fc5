import { randomUUID } from 'node:crypto';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ALL_API_KEY_SCOPES, API_KEY_SCOPE_OF_PERMISSION, ROLE_PERMISSIONS, type Permission } from '@tiergate/auth';
import { API_PREFIX, UNPREFIXED_ROUTES } from '../apps/api/src/bootstrap/configure-app';
import { describeRoutes } from '../apps/api/src/common/routes/route-catalog';
import { startTestApi, type TestApi } from './setup/test-api';

/**
 * Every route × every kind of caller, against the real database. "pass" means the guards let the
 * request through (what happens next — 2xx or a 400 for the empty body — is the route's business);
 * a number is the exact status expected. A new route fails this test until it is added here.
 * `regulator` has no jurisdictions (global); `foreignRegulator` is held to DE while every record
 * named in a path is in NL, so a record route answers it 404 like any other out-of-scope record.
 */
type Caller = 'anonymous' | 'admin' | 'operator' | 'otherOperator' | 'apiKey' | 'auditor' | 'regulator' | 'foreignRegulator';
type Expectation = 'pass' | 401 | 403 | 404;

const ALL_PASS: Record<Caller, Expectation> = {
  anonymous: 'pass',
  admin: 'pass',
  operator: 'pass',
  otherOperator: 'pass',
  apiKey: 'pass',
  auditor: 'pass',
  regulator: 'pass',
  foreignRegulator: 'pass',
};
const SIGNED_IN: Record<Caller, Expectation> = { ...ALL_PASS, anonymous: 401 };
const ADMIN_ONLY: Record<Caller, Expectation> = { anonymous: 401, admin: 'pass', operator: 403, otherOperator: 403, apiKey: 403, auditor: 403, regulator: 403, foreignRegulator: 403 };
const OPERATORS_ONLY: Record<Caller, Expectation> = { anonymous: 401, admin: 403, operator: 'pass', otherOperator: 'pass', apiKey: 'pass', auditor: 403, regulator: 403, foreignRegulator: 403 };
const REGULATORS_AND_ADMIN: Record<Caller, Expectation> = { anonymous: 401, admin: 'pass', operator: 403, otherOperator: 403, apiKey: 403, auditor: 403, regulator: 'pass', foreignRegulator: 'pass' };
const REGISTRANTS: Record<Caller, Expectation> = { ...OPERATORS_ONLY, admin: 'pass' };
const WITHIN_SCOPE: Record<Caller, Expectation> = { ...SIGNED_IN, otherOperator: 404, foreignRegulator: 404 };
/** Regulators' record routes: out of the caller's jurisdictions is 404. */
const REGULATORS_AND_ADMIN_IN_SCOPE: Record<Caller, Expectation> = { ...REGULATORS_AND_ADMIN, foreignRegulator: 404 };
const OWN_OPERATORS: Record<Caller, Expectation> = { ...OPERATORS_ONLY, otherOperator: 404 };
const AUDITORS_ONLY: Record<Caller, Expectation> = { anonymous: 401, admin: 403, operator: 403, otherOperator: 403, apiKey: 403, auditor: 'pass', regulator: 403, foreignRegulator: 403 };
const THREAD_PARTIES: Record<Caller, Expectation> = { anonymous: 401, admin: 403, operator: 'pass', otherOperator: 404, apiKey: 'pass', auditor: 'pass', regulator: 403, foreignRegulator: 403 };

const MATRIX: Record<string, Record<Caller, Expectation>> = {
  'GET /health': ALL_PASS,
  'GET /metrics': ALL_PASS,
  'POST /api/v1/auth/login': ALL_PASS,
  'POST /api/v1/auth/refresh': ALL_PASS,
  'POST /api/v1/auth/logout': ALL_PASS,
  'GET /api/v1/auth/me': SIGNED_IN,
  'POST /api/v1/users': ADMIN_ONLY,
  'GET /api/v1/users': ADMIN_ONLY,
  'PATCH /api/v1/users/:id': ADMIN_ONLY,
  // An API key may never manage keys, signing keys, ownership or webhooks: those need a person (403).
  'POST /api/v1/api-keys': { ...OPERATORS_ONLY, apiKey: 403 },
  // Admins list and revoke any organisation's keys.
  'GET /api/v1/api-keys': { ...OPERATORS_ONLY, admin: 'pass', apiKey: 403 },
  // The path names no key: callers the guards let through get 404, the others 403.
  'DELETE /api/v1/api-keys/:id': { ...OPERATORS_ONLY, admin: 404, operator: 404, otherOperator: 404, apiKey: 403 },
  'POST /api/v1/organizations': ADMIN_ONLY,
  'GET /api/v1/organizations': SIGNED_IN,
  'GET /api/v1/organizations/:id': WITHIN_SCOPE,
  'GET /api/v1/policy': SIGNED_IN,
  'GET /api/v1/countries': SIGNED_IN,
  'GET /api/v1/countries/:code': SIGNED_IN,
  'PUT /api/v1/organizations/:id/ownership': { anonymous: 401, admin: 'pass', operator: 'pass', otherOperator: 404, apiKey: 403, auditor: 403, regulator: 403, foreignRegulator: 403 },
  'GET /api/v1/policy/versions': REGULATORS_AND_ADMIN,
  'POST /api/v1/policy/versions': REGULATORS_AND_ADMIN,
  'GET /api/v1/policy/versions/:id': REGULATORS_AND_ADMIN,
  // A committee vote: regulators only.
  'POST /api/v1/policy/versions/:id/approve': { ...REGULATORS_AND_ADMIN, admin: 403 },
  // Putting a version into force: regulators only, so an admin cannot change the rules alone.
  'POST /api/v1/policy/versions/:id/activate': { ...REGULATORS_AND_ADMIN, admin: 403 },
  'POST /api/v1/datacenters': REGISTRANTS,
  'POST /api/v1/datacenters/import': REGISTRANTS,
  'GET /api/v1/datacenters': SIGNED_IN,
  'GET /api/v1/datacenters/:id': WITHIN_SCOPE,
  'PUT /api/v1/datacenters/:id/inventory': { ...OPERATORS_ONLY, otherOperator: 404 },
  'GET /api/v1/datacenters/:id/inventory/revisions': WITHIN_SCOPE,
  'PUT /api/v1/organizations/:id/signing-keys': { ...REGISTRANTS, otherOperator: 404, apiKey: 403 },
  'GET /api/v1/organizations/:id/signing-keys': WITHIN_SCOPE,
  'POST /api/v1/datacenters/:id/attestations': OWN_OPERATORS,
  'GET /api/v1/attestations': SIGNED_IN,
  'GET /api/v1/attestations/:id': WITHIN_SCOPE,
  'PATCH /api/v1/attestations/:id': OWN_OPERATORS,
  'GET /api/v1/attestations/:id/statement': WITHIN_SCOPE,
  'POST /api/v1/attestations/:id/evidence': OWN_OPERATORS,
  'POST /api/v1/attestations/:id/submit': OWN_OPERATORS,
  'POST /api/v1/attestations/:id/withdraw': OWN_OPERATORS,
  'POST /api/v1/attestations/:id/amend': OWN_OPERATORS,
  'GET /api/v1/evidence/:id/content': WITHIN_SCOPE,
  'GET /api/v1/notifications': SIGNED_IN,
  // The path names no notification: every signed-in caller gets 404.
  'POST /api/v1/notifications/:id/read': { anonymous: 401, admin: 404, operator: 404, otherOperator: 404, apiKey: 404, auditor: 404, regulator: 404, foreignRegulator: 404 },
  'POST /api/v1/webhooks': { ...OPERATORS_ONLY, apiKey: 403 },
  'GET /api/v1/webhooks': { ...OPERATORS_ONLY, apiKey: 403 },
  'DELETE /api/v1/webhooks/:id': { ...OPERATORS_ONLY, operator: 404, otherOperator: 404, apiKey: 403 },
  'GET /api/v1/webhooks/:id/deliveries': { ...OWN_OPERATORS, apiKey: 403 },
  'GET /api/v1/admin/jobs/failed': ADMIN_ONLY,
  // The path names no job: the admin gets 404, everyone else 403 (anonymous 401).
  'POST /api/v1/admin/jobs/:queue/:id/retry': { ...ADMIN_ONLY, admin: 404 },
  'GET /api/v1/review-queue': AUDITORS_ONLY,
  'GET /api/v1/review-queue/stats': AUDITORS_ONLY,
  'POST /api/v1/review-queue/:id/claim': { ...AUDITORS_ONLY, auditor: 404 },
  'POST /api/v1/review-queue/:id/release': { ...AUDITORS_ONLY, auditor: 404 },
  'POST /api/v1/attestations/:id/decisions': AUDITORS_ONLY,
  'POST /api/v1/attestations/:id/findings': AUDITORS_ONLY,
  'GET /api/v1/findings': SIGNED_IN,
  'PATCH /api/v1/findings/:id': THREAD_PARTIES,
  'POST /api/v1/attestations/:id/comments': THREAD_PARTIES,
  'GET /api/v1/attestations/:id/comments': WITHIN_SCOPE,
  'POST /api/v1/review/affiliations': AUDITORS_ONLY,
  'GET /api/v1/review/affiliations': AUDITORS_ONLY,
  // The declarer asks, an admin or another auditor confirms: both get through the guard (404: no such declaration).
  'DELETE /api/v1/review/affiliations/:id': { ...AUDITORS_ONLY, auditor: 404, admin: 404 },
  'GET /api/v1/reports/public-key': ALL_PASS,
  'GET /api/v1/reports/status': REGULATORS_AND_ADMIN,
  'GET /api/v1/reports/tier-readiness': REGULATORS_AND_ADMIN,
  'GET /api/v1/reports/datacenters': REGULATORS_AND_ADMIN,
  'GET /api/v1/attestations/:id/bundle': REGULATORS_AND_ADMIN_IN_SCOPE,
  'GET /api/v1/attestations/:id/oscal': REGULATORS_AND_ADMIN_IN_SCOPE,
  'GET /api/v1/audit-log': REGULATORS_AND_ADMIN,
  'GET /api/v1/audit-log/verify': REGULATORS_AND_ADMIN,
  'GET /api/v1/audit-log/export': REGULATORS_AND_ADMIN,
  'POST /api/v1/screening': { anonymous: 401, admin: 403, operator: 403, otherOperator: 403, apiKey: 403, auditor: 'pass', regulator: 'pass', foreignRegulator: 'pass' },
  // The path names no evidence: callers the guards let through get 404, the others 403.
  'DELETE /api/v1/evidence/:id': { ...OPERATORS_ONLY, operator: 404, otherOperator: 404, apiKey: 404 },
};

/** A valid body where validation would otherwise answer before scoping does. */
const BODIES: Record<string, object> = {
  'PUT /api/v1/organizations/:id/ownership': { owners: [] },
  'PUT /api/v1/datacenters/:id/inventory': { items: [] },
  'PUT /api/v1/organizations/:id/signing-keys': { keys: [] },
  'POST /api/v1/datacenters/:id/attestations': { claims: [] },
  'POST /api/v1/attestations/:id/comments': { body: 'matrix comment' },
};

const PASSWORD = 'correct-horse-battery';

describe('access matrix: every route, every caller', () => {
  let api: TestApi;
  const headers = new Map<Caller, Record<string, string>>();
  const pathIds: Record<string, string> = {};

  const login = async (email: string, password = PASSWORD) => (await request(api.server).post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken as string;

  beforeAll(async () => {
    api = await startTestApi();
    const adminToken = await login(api.config.ADMIN_EMAIL, api.config.ADMIN_PASSWORD);
    const admin = { Authorization: `Bearer ${adminToken}` };
    const newOrganization = async () =>
      (
        await request(api.server)
          .post('/api/v1/organizations')
          .set(admin)
          .send({ name: `Matrix ${randomUUID().slice(0, 6)}`, hqCountry: 'NL' })
          .expect(201)
      ).body.id as string;
    const newUser = async (role: string, organizationId?: string) => {
      const email = `matrix-${role}-${randomUUID().slice(0, 8)}@example.test`;
      const user = (await request(api.server).post('/api/v1/users').set(admin).send({ email, password: PASSWORD, role, organizationId }).expect(201)).body;
      return { id: user.id as string, token: await login(email) };
    };

    const ownOrganization = await newOrganization();
    const operator = await newUser('operator', ownOrganization);
    const otherOperator = await newUser('operator', await newOrganization());
    const auditor = await newUser('auditor');
    const regulator = await newUser('regulator');
    const foreignRegulatorEmail = `matrix-regulator-de-${randomUUID().slice(0, 8)}@example.test`;
    await request(api.server)
      .post('/api/v1/users')
      .set(admin)
      .send({ email: foreignRegulatorEmail, password: PASSWORD, role: 'regulator', jurisdictions: ['DE'] })
      .expect(201);
    const foreignRegulator = { token: await login(foreignRegulatorEmail) };
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
    const apiKey = (await request(api.server).post('/api/v1/api-keys').set(bearer(operator.token)).send({ name: 'matrix', scopes: ALL_API_KEY_SCOPES }).expect(201)).body.key as string;

    headers.set('anonymous', {});
    headers.set('admin', admin);
    headers.set('operator', bearer(operator.token));
    headers.set('otherOperator', bearer(otherOperator.token));
    headers.set('apiKey', { 'X-Api-Key': apiKey });
    headers.set('auditor', bearer(auditor.token));
    headers.set('regulator', bearer(regulator.token));
    headers.set('foreignRegulator', bearer(foreignRegulator.token));

    pathIds['/api/v1/users/:id'] = auditor.id;
    pathIds['/api/v1/organizations/:id'] = ownOrganization;
    pathIds['/api/v1/organizations/:id/ownership'] = ownOrganization;
    pathIds['/api/v1/api-keys/:id'] = randomUUID();
    const activePolicy = (await request(api.server).get('/api/v1/policy').set(admin).expect(200)).body.id as string;
    for (const suffix of ['', '/approve', '/activate']) pathIds[`/api/v1/policy/versions/:id${suffix}`] = activePolicy;
    const datacenter = (await request(api.server).post('/api/v1/datacenters').set(bearer(operator.token)).send({ name: 'Matrix DC', countryCode: 'NL' }).expect(201)).body.id as string;
    for (const suffix of ['', '/inventory', '/inventory/revisions', '/attestations']) pathIds[`/api/v1/datacenters/:id${suffix}`] = datacenter;
    pathIds['/api/v1/organizations/:id/signing-keys'] = ownOrganization;
    const attestation = (await request(api.server).post(`/api/v1/datacenters/${datacenter}/attestations`).set(bearer(operator.token)).send({ claims: [] }).expect(201)).body.id as string;
    for (const suffix of ['', '/statement', '/evidence', '/submit', '/withdraw', '/amend', '/decisions', '/findings', '/comments', '/bundle', '/oscal'])
      pathIds[`/api/v1/attestations/:id${suffix}`] = attestation;
    const evidence = await request(api.server)
      .post(`/api/v1/attestations/${attestation}/evidence`)
      .set(bearer(operator.token))
      .field('type', 'certificate')
      .field('controlIds', 'C4-CYBER-BASELINE')
      .attach('file', Buffer.from('%PDF-1.7\n%%EOF\n'), { filename: 'c.pdf', contentType: 'application/pdf' })
      .expect(201);
    pathIds['/api/v1/evidence/:id/content'] = evidence.body.id as string;
    pathIds['/api/v1/evidence/:id'] = randomUUID();
    pathIds['/api/v1/notifications/:id/read'] = randomUUID();
    pathIds['/api/v1/admin/jobs/:queue/:id/retry'] = randomUUID();
    for (const path of ['/api/v1/review-queue/:id/claim', '/api/v1/review-queue/:id/release', '/api/v1/review/affiliations/:id']) pathIds[path] = randomUUID();
    // A finding of the operator's attestation, as the verification worker would have written it.
    const [finding] = await api.app.get(DataSource).query(
      `INSERT INTO findings (attestation_id, datacenter_id, organization_id, country_code, code, severity, message, source)
       SELECT id, datacenter_id, organization_id, country_code, 'UNKNOWN_ACCELERATOR', 'minor', 'matrix finding', 'automated' FROM attestations WHERE id = $1 RETURNING id`,
      [attestation],
    );
    pathIds['/api/v1/findings/:id'] = finding.id as string;
    pathIds['/api/v1/webhooks/:id'] = randomUUID();
    pathIds['/api/v1/webhooks/:id/deliveries'] = (await request(api.server).post('/api/v1/webhooks').set(bearer(operator.token)).send({ url: 'http://127.0.0.1:9/hook' }).expect(201)).body
      .id as string;
  });
  afterAll(() => api.close());

  it('has an expectation for every registered route, and no stale ones', () => {
    const registered = describeRoutes(api.app.get(DiscoveryService), api.app.get(MetadataScanner), api.app.get(Reflector)).map((route) => {
      const prefixed = UNPREFIXED_ROUTES.includes(route.path.slice(1)) ? route.path : `/${API_PREFIX}${route.path}`;
      return `${route.method} ${prefixed}`;
    });
    expect(registered.sort()).toEqual(Object.keys(MATRIX).sort());
  });

  const callers: Caller[] = ['anonymous', 'admin', 'operator', 'otherOperator', 'apiKey', 'auditor', 'regulator', 'foreignRegulator'];
  for (const [route, expectations] of Object.entries(MATRIX)) {
    for (const caller of callers) {
      const expected = expectations[caller];
      it(`${route} as ${caller} → ${expected}`, async () => {
        const [method, pattern] = route.split(' ');
        const path = pattern.replace(/\/:id(\/|$)/, (_match, tail: string) => `/${pathIds[pattern]}${tail}`).replace(':code', 'DE');
        const response = await request(api.server)
          [method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path)
          .set(headers.get(caller) ?? {})
          .send(method === 'GET' || method === 'DELETE' ? undefined : (BODIES[route] ?? {}));
        if (expected === 'pass') {
          expect([401, 403, 404]).not.toContain(response.status === 401 && route.startsWith('POST /api/v1/auth/') ? 0 : response.status);
          expect(response.status).toBeLessThan(500);
        } else {
          expect(response.status).toBe(expected);
        }
      });
    }
  }

  it('lists: a regulator held to other jurisdictions finds none of the records an unscoped regulator finds', async () => {
    const idsIn = async (path: string, caller: Caller): Promise<Set<string>> => {
      const ids = new Set<string>();
      let cursor: string | null = null;
      do {
        const separator = path.includes('?') ? '&' : '?';
        const body = (
          await request(api.server)
            .get(`/api/v1${path}${separator}limit=200${cursor ? `&cursor=${cursor}` : ''}`)
            .set(headers.get(caller) ?? {})
            .expect(200)
        ).body as {
          items: { id?: string; entityId?: string }[];
          nextCursor: string | null;
        };
        for (const item of body.items) ids.add(item.id ?? item.entityId ?? '');
        cursor = body.nextCursor;
      } while (cursor);
      return ids;
    };
    const organization = pathIds['/api/v1/organizations/:id'];
    const lists: [string, string][] = [
      ['/organizations', organization],
      ['/datacenters', pathIds['/api/v1/datacenters/:id']],
      ['/attestations', pathIds['/api/v1/attestations/:id']],
      ['/findings', pathIds['/api/v1/findings/:id']],
      [`/audit-log?entityType=organization&entityId=${organization}`, organization],
    ];
    for (const [path, id] of lists) {
      expect({ path, seen: (await idsIn(path, 'regulator')).has(id) }).toEqual({ path, seen: true });
      expect({ path, seen: (await idsIn(path, 'foreignRegulator')).has(id) }).toEqual({ path, seen: false });
    }
  });
});

/**
 * API keys, beyond the one all-scopes key of the matrix above: a key with a single scope passes the
 * guards exactly on the routes whose permission that scope grants, person-only routes refuse every
 * key, and the admin's key routes reach any organisation's keys.
 */
describe('access matrix: API key scopes and the admin key routes', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let operator: Record<string, string>;
  let organizationId: string;
  const keyWith = new Map<string, { id: string; key: string }>();

  const login = async (email: string, password = PASSWORD) => (await request(api.server).post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken as string;
  const createKey = async (scopes: readonly string[]) =>
    (
      await request(api.server)
        .post('/api/v1/api-keys')
        .set(operator)
        .send({ name: `scoped ${scopes.join(' ')}`, scopes })
        .expect(201)
    ).body as { id: string; key: string };
  /** The guard's refusal of a key names the key; a 403 from anything else would not. */
  const refusedAsKey = (response: request.Response) => response.status === 403 && /API key/.test(String(response.body.message));

  beforeAll(async () => {
    api = await startTestApi();
    admin = { Authorization: `Bearer ${await login(api.config.ADMIN_EMAIL, api.config.ADMIN_PASSWORD)}` };
    organizationId = (
      await request(api.server)
        .post('/api/v1/organizations')
        .set(admin)
        .send({ name: `Scopes ${randomUUID().slice(0, 6)}`, hqCountry: 'NL' })
        .expect(201)
    ).body.id;
    const email = `scopes-operator-${randomUUID().slice(0, 8)}@example.test`;
    await request(api.server).post('/api/v1/users').set(admin).send({ email, password: PASSWORD, role: 'operator', organizationId }).expect(201);
    operator = { Authorization: `Bearer ${await login(email)}` };
    for (const scope of ALL_API_KEY_SCOPES) keyWith.set(scope, await createKey([scope]));
    keyWith.set('all', await createKey(ALL_API_KEY_SCOPES));
  });
  afterAll(() => api.close());

  it('lets a single-scope key through exactly the routes its scope grants, on every operator route', async () => {
    const routes = describeRoutes(api.app.get(DiscoveryService), api.app.get(MetadataScanner), api.app.get(Reflector)).filter(
      (route) => route.permission && ROLE_PERMISSIONS.operator.includes(route.permission),
    );
    expect(routes.length).toBeGreaterThan(20);
    const mismatches: string[] = [];
    for (const route of routes) {
      const path = `/${API_PREFIX}${route.path}`.replace(/:code/g, 'DE').replace(/:[a-zA-Z]+/g, () => randomUUID());
      for (const scope of ALL_API_KEY_SCOPES) {
        const response = await request(api.server)
          [route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path)
          .set('X-Api-Key', (keyWith.get(scope) as { key: string }).key)
          .send(route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
        const shouldPass = API_KEY_SCOPE_OF_PERMISSION[route.permission as Permission] === scope;
        if (refusedAsKey(response) === shouldPass) mismatches.push(`${route.method} ${route.path} with ${scope}: ${response.status} ${response.body.message}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['read', 'GET', '/api/v1/datacenters', true],
    ['read', 'POST', '/api/v1/datacenters', false],
    ['inventory:write', 'POST', '/api/v1/datacenters', true],
    ['inventory:write', 'POST', `/api/v1/datacenters/${randomUUID()}/attestations`, false],
    ['attestations:write', 'POST', `/api/v1/attestations/${randomUUID()}/submit`, true],
    ['attestations:write', 'POST', `/api/v1/attestations/${randomUUID()}/evidence`, false],
    ['evidence:write', 'POST', `/api/v1/attestations/${randomUUID()}/evidence`, true],
    ['evidence:write', 'POST', `/api/v1/attestations/${randomUUID()}/submit`, false],
    ['findings:write', 'POST', `/api/v1/attestations/${randomUUID()}/comments`, true],
    ['findings:write', 'GET', '/api/v1/attestations', false],
  ] as const)('a key with %s calling %s %s is let through: %s', async (scope, method, path, allowed) => {
    const response = await request(api.server)
      [method.toLowerCase() as 'get' | 'post'](path)
      .set('X-Api-Key', (keyWith.get(scope) as { key: string }).key)
      .send(method === 'GET' ? undefined : {});
    expect(refusedAsKey(response)).toBe(!allowed);
  });

  it.each([
    ['POST', '/api/v1/api-keys', { name: 'child', scopes: ['read'] }],
    ['GET', '/api/v1/api-keys', undefined],
    ['DELETE', `/api/v1/api-keys/${randomUUID()}`, undefined],
    ['PUT', `/api/v1/organizations/:org/signing-keys`, { keys: [] }],
    ['PUT', `/api/v1/organizations/:org/ownership`, { owners: [] }],
    ['POST', '/api/v1/webhooks', { url: 'http://127.0.0.1:9/hook' }],
    ['GET', '/api/v1/webhooks', undefined],
  ] as const)('refuses %s %s to a key with every scope: a person must do it', async (method, path, body) => {
    const response = await request(api.server)
      [method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path.replace(':org', organizationId))
      .set('X-Api-Key', (keyWith.get('all') as { key: string }).key)
      .send(body);
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/An API key may not .*sign in as a person/);
  });

  it("lets the admin list any organisation's keys and revoke one; an operator naming another organisation gets 404", async () => {
    const listed = await request(api.server).get('/api/v1/api-keys').query({ organizationId }).set(admin).expect(200);
    const ids = (listed.body.items as { id: string; organizationId: string }[]).map((key) => key.id);
    expect(ids).toEqual(expect.arrayContaining([...keyWith.values()].map((key) => key.id)));
    expect((listed.body.items as { organizationId: string }[]).every((key) => key.organizationId === organizationId)).toBe(true);
    await request(api.server).get('/api/v1/api-keys').query({ organizationId: 'not-a-uuid' }).set(admin).expect(400);
    await request(api.server).get('/api/v1/api-keys').query({ organizationId: randomUUID() }).set(operator).expect(404);

    const victim = await createKey(['read']);
    await request(api.server).get('/api/v1/datacenters').set('X-Api-Key', victim.key).expect(200);
    await request(api.server).delete(`/api/v1/api-keys/${victim.id}`).set(admin).expect(204);
    await request(api.server).get('/api/v1/datacenters').set('X-Api-Key', victim.key).expect(401);
    await request(api.server).delete(`/api/v1/api-keys/${victim.id}`).set(admin).expect(404);
  });
});
