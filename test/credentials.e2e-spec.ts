import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './setup/test-api';

const PASSWORD = 'correct-horse-battery';

describe('credentials: refresh tokens, API keys, disabling users', () => {
  let api: TestApi;
  let adminToken: string;
  let organizationId: string;
  let operator: { id: string; email: string };

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const loginBody = async (email: string, password = PASSWORD) => (await request(api.server).post('/api/v1/auth/login').send({ email, password }).expect(200)).body;
  const auditCount = async (action: string, entityId: string) =>
    (await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND entity_id = $2', [action, entityId]))[0].n as number;

  beforeAll(async () => {
    api = await startTestApi();
    adminToken = (await loginBody(api.config.ADMIN_EMAIL, api.config.ADMIN_PASSWORD)).accessToken;
    organizationId = (await request(api.server).post('/api/v1/organizations').set(as(adminToken)).send({ name: 'Keys AB', hqCountry: 'DK' }).expect(201)).body.id;
    operator = (
      await request(api.server)
        .post('/api/v1/users')
        .set(as(adminToken))
        .send({ email: `keys-${randomUUID().slice(0, 8)}@example.test`, password: PASSWORD, role: 'operator', organizationId })
        .expect(201)
    ).body;
  });
  afterAll(() => api.close());

  it('rotates refresh tokens, and reuse of a spent one revokes the whole family', async () => {
    const login = await loginBody(operator.email);
    expect(login).toMatchObject({ expiresIn: 900, user: { id: operator.id, role: 'operator' } });

    const first = await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: login.refreshToken }).expect(200);
    expect(first.body.refreshToken).not.toBe(login.refreshToken);
    await request(api.server).get('/api/v1/auth/me').set(as(first.body.accessToken)).expect(200);

    const replay = await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: login.refreshToken }).expect(401);
    expect(replay.body.message).toMatch(/already used/);
    // The family is gone: even the newest token of it no longer refreshes.
    await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    expect(await auditCount('auth.token_family_revoked', operator.id)).toBeGreaterThanOrEqual(1);
  });

  it('logs out by revoking the family', async () => {
    const login = await loginBody(operator.email);
    await request(api.server).post('/api/v1/auth/logout').send({ refreshToken: login.refreshToken }).expect(204);
    await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: login.refreshToken }).expect(401);
    await request(api.server).post('/api/v1/auth/refresh').send({}).expect(400);
    await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: 'made-up' }).expect(401);
  });

  it('issues an API key once, acts as an operator of its organisation, and stops at revocation', async () => {
    const token = (await loginBody(operator.email)).accessToken;
    const created = await request(api.server)
      .post('/api/v1/api-keys')
      .set(as(token))
      .send({ name: 'inventory sync', scopes: ['read'] })
      .expect(201);
    expect(created.body.key).toMatch(/^tg_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({ name: 'inventory sync', organizationId, scopes: ['read'], expiresAt: null, lastUsedAt: null });

    const listed = await request(api.server).get('/api/v1/api-keys').set(as(token)).expect(200);
    expect(listed.body.items.map((key: { id: string }) => key.id)).toContain(created.body.id);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);

    const viaKey = await request(api.server).get('/api/v1/organizations').set('X-Api-Key', created.body.key).expect(200);
    expect(viaKey.body.items.map((org: { id: string }) => org.id)).toEqual([organizationId]);
    await request(api.server).get('/api/v1/users').set('X-Api-Key', created.body.key).expect(403);
    const afterUse = await request(api.server).get('/api/v1/api-keys').set(as(token)).expect(200);
    expect(afterUse.body.items.find((key: { id: string }) => key.id === created.body.id).lastUsedAt).not.toBeNull();

    await request(api.server).delete(`/api/v1/api-keys/${created.body.id}`).set(as(token)).expect(204);
    await request(api.server).get('/api/v1/organizations').set('X-Api-Key', created.body.key).expect(401);
    await request(api.server).get('/api/v1/organizations').set('X-Api-Key', 'tg_nothing').expect(401);
    expect(await auditCount('api_key.created', created.body.id)).toBe(1);
    expect(await auditCount('api_key.revoked', created.body.id)).toBe(1);
  });

  it("answers 404 for another organisation's API key and 403 for non-operators", async () => {
    const token = (await loginBody(operator.email)).accessToken;
    const key = (
      await request(api.server)
        .post('/api/v1/api-keys')
        .set(as(token))
        .send({ name: 'mine', scopes: ['read'] })
        .expect(201)
    ).body;
    const otherOrg = (await request(api.server).post('/api/v1/organizations').set(as(adminToken)).send({ name: 'Other ApS', hqCountry: 'DK' }).expect(201)).body.id;
    const otherEmail = `other-${randomUUID().slice(0, 8)}@example.test`;
    await request(api.server).post('/api/v1/users').set(as(adminToken)).send({ email: otherEmail, password: PASSWORD, role: 'operator', organizationId: otherOrg }).expect(201);
    const otherToken = (await loginBody(otherEmail)).accessToken;
    await request(api.server).delete(`/api/v1/api-keys/${key.id}`).set(as(otherToken)).expect(404);
    await request(api.server)
      .post('/api/v1/api-keys')
      .set(as(adminToken))
      .send({ name: 'admin key', scopes: ['read'] })
      .expect(403);
  });

  it("lists an operator's own organisation's keys only, and an admin's of every organisation without a filter", async () => {
    const token = (await loginBody(operator.email)).accessToken;
    const own = (
      await request(api.server)
        .post('/api/v1/api-keys')
        .set(as(token))
        .send({ name: 'own', scopes: ['read'] })
        .expect(201)
    ).body.id as string;
    const otherOrg = (await request(api.server).post('/api/v1/organizations').set(as(adminToken)).send({ name: 'Listed Elsewhere Oy', hqCountry: 'FI' }).expect(201)).body.id as string;
    const otherEmail = `elsewhere-${randomUUID().slice(0, 8)}@example.test`;
    await request(api.server).post('/api/v1/users').set(as(adminToken)).send({ email: otherEmail, password: PASSWORD, role: 'operator', organizationId: otherOrg }).expect(201);
    const otherToken = (await loginBody(otherEmail)).accessToken;
    const theirs = (
      await request(api.server)
        .post('/api/v1/api-keys')
        .set(as(otherToken))
        .send({ name: 'theirs', scopes: ['read'] })
        .expect(201)
    ).body.id as string;

    const mine = (await request(api.server).get('/api/v1/api-keys').query({ limit: 100 }).set(as(token)).expect(200)).body.items as { id: string; organizationId: string }[];
    expect(mine.map((key) => key.id)).toContain(own);
    expect(mine.every((key) => key.organizationId === organizationId)).toBe(true);
    const named = (await request(api.server).get('/api/v1/api-keys').query({ organizationId, limit: 100 }).set(as(token)).expect(200)).body.items as { id: string }[];
    expect(named.map((key) => key.id)).toEqual(mine.map((key) => key.id));
    await request(api.server).get('/api/v1/api-keys').query({ organizationId: otherOrg }).set(as(token)).expect(404);
    const everyone = (await request(api.server).get('/api/v1/api-keys').query({ limit: 100 }).set(as(adminToken)).expect(200)).body.items as { id: string }[];
    expect(everyone.map((key) => key.id)).toEqual(expect.arrayContaining([own, theirs]));
  });

  it('locks a disabled user out at once and lets the admin enable them again', async () => {
    const token = (await loginBody(operator.email)).accessToken;
    const disabled = await request(api.server).patch(`/api/v1/users/${operator.id}`).set(as(adminToken)).send({ disabled: true }).expect(200);
    expect(disabled.body.disabled).toBe(true);
    await request(api.server).get('/api/v1/auth/me').set(as(token)).expect(401);
    await request(api.server).post('/api/v1/auth/login').send({ email: operator.email, password: PASSWORD }).expect(401);

    await request(api.server).patch(`/api/v1/users/${operator.id}`).set(as(adminToken)).send({ disabled: false }).expect(200);
    await loginBody(operator.email);
    await request(api.server).patch(`/api/v1/users/${operator.id}`).set(as(adminToken)).send({ role: 'auditor' }).expect(400);
    await request(api.server).patch(`/api/v1/users/${operator.id}`).set(as(adminToken)).send({ disabled: 'yes' }).expect(400);
    await request(api.server).patch(`/api/v1/users/${randomUUID()}`).set(as(adminToken)).send({ disabled: true }).expect(404);
    const admin = (await request(api.server).get('/api/v1/auth/me').set(as(adminToken)).expect(200)).body;
    await request(api.server).patch(`/api/v1/users/${admin.id}`).set(as(adminToken)).send({ disabled: true }).expect(409);
  });

  it('throttles repeated failures on one account with 429 and Retry-After, even for the right password', async () => {
    const email = `throttled-${randomUUID().slice(0, 8)}@example.test`;
    await request(api.server).post('/api/v1/users').set(as(adminToken)).send({ email, password: PASSWORD, role: 'auditor' }).expect(201);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await request(api.server).post('/api/v1/auth/login').send({ email, password: 'wrong-password-123' }).expect(401);
    }
    const refused = await request(api.server).post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(900);
    expect(refused.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  });

  describe('API keys: scopes, expiry and their creator', () => {
    const keyOwner = async () => {
      const email = `key-owner-${randomUUID().slice(0, 8)}@example.test`;
      const user = (await request(api.server).post('/api/v1/users').set(as(adminToken)).send({ email, password: PASSWORD, role: 'operator', organizationId }).expect(201)).body;
      return { id: user.id as string, token: (await loginBody(email)).accessToken as string };
    };
    const fieldsOf = (response: request.Response) => (response.body.details as { field: string }[]).map((detail) => detail.field);

    it('requires scopes from the documented list and an expiry in the future', async () => {
      const { token } = await keyOwner();
      const create = (body: object) => request(api.server).post('/api/v1/api-keys').set(as(token)).send(body);
      expect(fieldsOf(await create({ name: 'no scopes' }).expect(400))).toEqual(['scopes']);
      expect(fieldsOf(await create({ name: 'empty', scopes: [] }).expect(400))).toEqual(['scopes']);
      const unknown = await create({ name: 'too much', scopes: ['read', 'api-keys:manage'] }).expect(400);
      expect(unknown.body.message).toContain('scopes must each be one of read, inventory:write, attestations:write, evidence:write, findings:write');
      expect(fieldsOf(await create({ name: 'past', scopes: ['read'], expiresAt: '2020-01-01T00:00:00Z' }).expect(400))).toEqual(['expiresAt']);
      expect(fieldsOf(await create({ name: 'garbled', scopes: ['read'], expiresAt: 'next week' }).expect(400))).toEqual(['expiresAt']);

      const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
      const created = await create({ name: 'sync', scopes: ['read', 'inventory:write'], expiresAt }).expect(201);
      expect(created.body).toMatchObject({ scopes: ['read', 'inventory:write'], expiresAt });
    });

    it('stops authenticating a key once it has expired', async () => {
      const { token } = await keyOwner();
      const key = (
        await request(api.server)
          .post('/api/v1/api-keys')
          .set(as(token))
          .send({ name: 'short-lived', scopes: ['read'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() })
          .expect(201)
      ).body;
      await request(api.server).get('/api/v1/organizations').set('X-Api-Key', key.key).expect(200);
      await api.app.get(DataSource).query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [key.id]);
      const refused = await request(api.server).get('/api/v1/organizations').set('X-Api-Key', key.key).expect(401);
      expect(refused.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });

    it("refuses a disabled user's keys at once", async () => {
      const owner = await keyOwner();
      const key = (
        await request(api.server)
          .post('/api/v1/api-keys')
          .set(as(owner.token))
          .send({ name: 'dies with me', scopes: ['read'] })
          .expect(201)
      ).body;
      await request(api.server).get('/api/v1/organizations').set('X-Api-Key', key.key).expect(200);
      await request(api.server).patch(`/api/v1/users/${owner.id}`).set(as(adminToken)).send({ disabled: true }).expect(200);
      await request(api.server).get('/api/v1/organizations').set('X-Api-Key', key.key).expect(401);
      await request(api.server).get('/api/v1/auth/me').set('X-Api-Key', key.key).expect(401);
    });

    it('lets no key create keys, so a revoked key leaves no children', async () => {
      const { token } = await keyOwner();
      const parent = (
        await request(api.server)
          .post('/api/v1/api-keys')
          .set(as(token))
          .send({ name: 'parent', scopes: ['read', 'inventory:write', 'attestations:write', 'evidence:write', 'findings:write'] })
          .expect(201)
      ).body;
      const child = await request(api.server)
        .post('/api/v1/api-keys')
        .set('X-Api-Key', parent.key)
        .send({ name: 'child', scopes: ['read'] })
        .expect(403);
      expect(child.body.message).toMatch(/An API key may not api-keys:manage/);
      const [{ n }] = await api.app.get(DataSource).query(`SELECT count(*)::int AS n FROM api_keys WHERE name = 'child' AND organization_id = $1`, [organizationId]);
      expect(n).toBe(0);
    });

    it("lets an admin list an organisation's keys and revoke one, audited as the admin's act", async () => {
      const { token } = await keyOwner();
      const key = (
        await request(api.server)
          .post('/api/v1/api-keys')
          .set(as(token))
          .send({ name: 'admin will revoke', scopes: ['read'] })
          .expect(201)
      ).body;
      const listed = await request(api.server).get('/api/v1/api-keys').query({ organizationId }).set(as(adminToken)).expect(200);
      expect(listed.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: key.id, organizationId, scopes: ['read'] })]));
      expect(JSON.stringify(listed.body)).not.toContain(key.key);

      await request(api.server).delete(`/api/v1/api-keys/${key.id}`).set(as(adminToken)).expect(204);
      await request(api.server).get('/api/v1/organizations').set('X-Api-Key', key.key).expect(401);
      const admin = (await request(api.server).get('/api/v1/auth/me').set(as(adminToken)).expect(200)).body;
      const [entry] = await api.app.get(DataSource).query(`SELECT actor_type, actor_id, payload FROM audit_log WHERE action = 'api_key.revoked' AND entity_id = $1`, [key.id]);
      expect(entry).toMatchObject({ actor_type: 'user', actor_id: admin.id, payload: { organizationId, revokedBy: 'admin' } });
    });
  });
});
