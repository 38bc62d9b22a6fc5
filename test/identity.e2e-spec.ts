import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './setup/test-api';

const PASSWORD = 'correct-horse-battery';

describe('identity: users, organisations, login and scoping', () => {
  let api: TestApi;
  let adminToken: string;

  const login = async (email: string, password = PASSWORD) => (await request(api.server).post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken as string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const uniqueEmail = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.test`;

  async function createOrganization(name: string): Promise<string> {
    const response = await request(api.server).post('/api/v1/organizations').set(as(adminToken)).send({ name, hqCountry: 'se' }).expect(201);
    return response.body.id as string;
  }

  async function createUser(body: Record<string, unknown>): Promise<{ id: string; email: string }> {
    const response = await request(api.server)
      .post('/api/v1/users')
      .set(as(adminToken))
      .send({ password: PASSWORD, ...body })
      .expect(201);
    return response.body;
  }

  beforeAll(async () => {
    api = await startTestApi();
    adminToken = await login(api.config.ADMIN_EMAIL, api.config.ADMIN_PASSWORD);
  });
  afterAll(() => api.close());

  it('bootstraps the first admin from configuration and reports the caller', async () => {
    const me = await request(api.server).get('/api/v1/auth/me').set(as(adminToken)).expect(200);
    expect(me.body).toMatchObject({ email: api.config.ADMIN_EMAIL, role: 'admin', organizationId: null });
    expect(me.body.passwordHash).toBeUndefined();
  });

  it('answers an unknown email and a wrong password with the same 401', async () => {
    const unknown = await request(api.server).post('/api/v1/auth/login').send({ email: 'nobody@example.test', password: PASSWORD }).expect(401);
    const wrong = await request(api.server).post('/api/v1/auth/login').send({ email: api.config.ADMIN_EMAIL, password: 'wrong-password-123' }).expect(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Invalid email or password' });
  });

  it('records login successes and failures in the audit chain', async () => {
    const dataSource = api.app.get(DataSource);
    const [{ failed }] = await dataSource.query(`SELECT count(*)::int AS failed FROM audit_log WHERE action = 'auth.login_failed'`);
    const [{ succeeded }] = await dataSource.query(`SELECT count(*)::int AS succeeded FROM audit_log WHERE action = 'auth.login_succeeded'`);
    expect(failed).toBeGreaterThanOrEqual(2);
    expect(succeeded).toBeGreaterThanOrEqual(1);
  });

  it('names every invalid field of a new user', async () => {
    const response = await request(api.server)
      .post('/api/v1/users')
      .set(as(adminToken))
      .send({ email: 'not-an-email', password: 'short', role: 'wizard', jurisdictions: ['XX'], nickname: 'x' })
      .expect(400);
    const fields = (response.body.details as { field: string }[]).map((detail) => detail.field).sort();
    expect(fields).toEqual(['email', 'jurisdictions', 'nickname', 'password', 'role']);
    expect(response.body.message).toContain('password must be at least 12 characters');
  });

  it('enforces the rules between role, organisation and jurisdictions', async () => {
    const organizationId = await createOrganization('Rules AB');
    const operatorWithout = await request(api.server)
      .post('/api/v1/users')
      .set(as(adminToken))
      .send({ email: uniqueEmail('op'), password: PASSWORD, role: 'operator' })
      .expect(400);
    expect(operatorWithout.body.details).toEqual([{ field: 'organizationId', problems: ['organizationId is required for operators'] }]);
    await request(api.server)
      .post('/api/v1/users')
      .set(as(adminToken))
      .send({ email: uniqueEmail('aud'), password: PASSWORD, role: 'auditor', organizationId })
      .expect(400);
    const sameAsEmail = uniqueEmail('reg');
    await request(api.server).post('/api/v1/users').set(as(adminToken)).send({ email: sameAsEmail, password: sameAsEmail, role: 'regulator' }).expect(400);
    await request(api.server)
      .post('/api/v1/users')
      .set(as(adminToken))
      .send({ email: uniqueEmail('op'), password: PASSWORD, role: 'operator', organizationId: randomUUID() })
      .expect(400);
  });

  it('treats emails as unique regardless of case', async () => {
    const email = uniqueEmail('case');
    await createUser({ email, role: 'auditor' });
    await request(api.server).post('/api/v1/users').set(as(adminToken)).send({ email: email.toUpperCase(), password: PASSWORD, role: 'auditor' }).expect(409);
    await login(email.toUpperCase());
  });

  it('rejects a bad country code and an unknown field on organisations', async () => {
    const response = await request(api.server).post('/api/v1/organizations').set(as(adminToken)).send({ name: 'Bad Co', hqCountry: 'ZZ', extra: 1 }).expect(400);
    expect((response.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual(['extra', 'hqCountry']);
  });

  it('scopes an operator to its own organisation: others answer 404', async () => {
    const mine = await createOrganization('Mine AB');
    const theirs = await createOrganization('Theirs AB');
    const operator = await createUser({ email: uniqueEmail('operator'), role: 'operator', organizationId: mine });
    const token = await login(operator.email);

    const list = await request(api.server).get('/api/v1/organizations').set(as(token)).expect(200);
    expect(list.body).toEqual({ items: [expect.objectContaining({ id: mine, name: 'Mine AB', hqCountry: 'SE' })], nextCursor: null });
    await request(api.server).get(`/api/v1/organizations/${mine}`).set(as(token)).expect(200);
    const other = await request(api.server).get(`/api/v1/organizations/${theirs}`).set(as(token)).expect(404);
    expect(other.body).toEqual({ statusCode: 404, error: 'Not Found', message: `Organization ${theirs} not found` });

    await request(api.server).post('/api/v1/organizations').set(as(token)).send({ name: 'Nope', hqCountry: 'SE' }).expect(403);
    await request(api.server).get('/api/v1/users').set(as(token)).expect(403);
  });

  it('pages through organisations with a cursor', async () => {
    for (let i = 0; i < 3; i += 1) await createOrganization(`Paged ${i}`);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(api.server)
        .get('/api/v1/organizations')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(as(adminToken))
        .expect(200);
      for (const item of page.body.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    const [{ total }] = await api.app.get(DataSource).query('SELECT count(*)::int AS total FROM organizations');
    expect(seen.size).toBe(total);
    await request(api.server).get('/api/v1/organizations').query({ cursor: 'garbage' }).set(as(adminToken)).expect(400);
    await request(api.server).get('/api/v1/organizations').query({ limit: 'many' }).set(as(adminToken)).expect(400);
  });

  it('refuses missing, forged and disabled-user tokens', async () => {
    await request(api.server).get('/api/v1/auth/me').expect(401);
    await request(api.server).get('/api/v1/auth/me').set({ Authorization: 'Bearer not.a.jwt' }).expect(401);
    const auditor = await createUser({ email: uniqueEmail('disabled'), role: 'auditor' });
    const token = await login(auditor.email);
    await request(api.server).get('/api/v1/auth/me').set(as(token)).expect(200);
    await api.app.get(DataSource).query('UPDATE users SET disabled = true WHERE id = $1', [auditor.id]);
    await request(api.server).get('/api/v1/auth/me').set(as(token)).expect(401);
    await request(api.server).post('/api/v1/auth/login').send({ email: auditor.email, password: PASSWORD }).expect(401);
  });

  describe('email addresses', () => {
    /** The full-width form of an ASCII address (U+FF01–FF5E), which NFKC folds back. */
    const fullWidth = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    const emailProblems = (response: request.Response) =>
      (response.body.details as { field: string; problems: string[] }[]).filter((detail) => detail.field === 'email').flatMap((detail) => detail.problems);

    it('folds full-width and other compatibility spellings into the one account (NFKC)', async () => {
      const email = uniqueEmail('nfkc');
      await createUser({ email, role: 'auditor' });
      const duplicate = await request(api.server)
        .post('/api/v1/users')
        .set(as(adminToken))
        .send({ email: fullWidth(email), password: PASSWORD, role: 'auditor' })
        .expect(409);
      expect(duplicate.body.message).toBe(`A user with email ${email} already exists`);
      await login(fullWidth(email.toUpperCase()));
    });

    it('refuses an address with invisible characters', async () => {
      for (const email of [`ad\u200bmin-${randomUUID().slice(0, 8)}@example.test`, `admin\u2060-${randomUUID().slice(0, 8)}@example.test`]) {
        const response = await request(api.server).post('/api/v1/users').set(as(adminToken)).send({ email, password: PASSWORD, role: 'auditor' }).expect(400);
        expect(emailProblems(response).join(' ')).toMatch(/invisible characters/);
      }
    });

    it('refuses an address that mixes scripts, such as a Cyrillic letter among Latin ones', async () => {
      const lookalike = `\u0430dmin-${randomUUID().slice(0, 8)}@example.test`;
      const response = await request(api.server).post('/api/v1/users').set(as(adminToken)).send({ email: lookalike, password: PASSWORD, role: 'auditor' }).expect(400);
      expect(emailProblems(response)).toEqual(['email must not mix letters of different scripts (look-alike characters)']);
      const cyrillicName = await request(api.server)
        .post('/api/v1/users')
        .set(as(adminToken))
        .send({ email: `иван-${Math.floor(Math.random() * 1e9)}@example.test`, password: PASSWORD, role: 'auditor' });
      expect(cyrillicName.status).toBe(201);
    });
  });
});
