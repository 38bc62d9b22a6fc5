import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './setup/test-api';

describe('active policy and countries', () => {
  let api: TestApi;
  let auth: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    const login = await request(api.server).post('/api/v1/auth/login').send({ email: api.config.ADMIN_EMAIL, password: api.config.ADMIN_PASSWORD }).expect(200);
    auth = { Authorization: `Bearer ${login.body.accessToken}` };
  });
  afterAll(() => api.close());

  it('serves the reference pack as the active version', async () => {
    const policy = await request(api.server).get('/api/v1/policy').set(auth).expect(200);
    expect(policy.body).toMatchObject({ version: '1.0.0', thresholds: { h100Tpp: 15_832, lppH100Equivalents: 1_700, igaAccelerators: 50_000 } });
    expect(policy.body.countries.length).toBeGreaterThanOrEqual(249);
    expect(policy.body.accelerators).toContainEqual({ vendor: 'NVIDIA', model: 'H100', tpp: 15_832 });
  });

  it('makes the reference pack global with a quorum of at least two regulators', async () => {
    const policy = (await request(api.server).get('/api/v1/policy').set(auth).expect(200)).body;
    expect(policy.approvalQuorum).toBeGreaterThanOrEqual(2);
    expect(policy.jurisdictions).toBeNull();
  });

  it('answers tiers per country, case-insensitively, and 404 for unknown codes', async () => {
    expect((await request(api.server).get('/api/v1/countries/DE').set(auth).expect(200)).body).toEqual({ code: 'DE', name: 'Germany', tier: 1 });
    expect((await request(api.server).get('/api/v1/countries/cn').set(auth).expect(200)).body.tier).toBe(3);
    expect((await request(api.server).get('/api/v1/countries/IN').set(auth).expect(200)).body.tier).toBe(2);
    await request(api.server).get('/api/v1/countries/ZZ').set(auth).expect(404);
    const list = await request(api.server).get('/api/v1/countries').set(auth).expect(200);
    expect(list.body.nextCursor).toBeNull();
  });

  it('installs the reference pack once, however many times the api starts', async () => {
    const second = await startTestApi();
    await second.close();
    const [{ active, total }] = await api.app
      .get(DataSource)
      .query(`SELECT count(*) FILTER (WHERE status = 'active')::int AS active, count(*) FILTER (WHERE version = '1.0.0')::int AS total FROM policy_versions`);
    expect({ active, total }).toEqual({ active: 1, total: 1 });
  });
});
