import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './setup/test-api';

const PASSWORD = 'correct-horse-battery';

describe('organisation ownership and the ultimate controlling parent', () => {
  let api: TestApi;
  let adminToken: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const login = async (email: string, password = PASSWORD) => (await request(api.server).post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken as string;
  const createOrganization = async (name: string, hqCountry: string) =>
    (await request(api.server).post('/api/v1/organizations').set(as(adminToken)).send({ name, hqCountry }).expect(201)).body.id as string;
  const operatorOf = async (organizationId: string) => {
    const email = `owner-${randomUUID().slice(0, 8)}@example.test`;
    await request(api.server).post('/api/v1/users').set(as(adminToken)).send({ email, password: PASSWORD, role: 'operator', organizationId }).expect(201);
    return login(email);
  };

  beforeAll(async () => {
    api = await startTestApi();
    adminToken = await login(api.config.ADMIN_EMAIL, api.config.ADMIN_PASSWORD);
  });
  afterAll(() => api.close());

  it('replaces the records and follows controlling owners through organisations linked by id', async () => {
    const suffix = randomUUID().slice(0, 6);
    const parent = await createOrganization(`Parent Group ${suffix}`, 'SG');
    await request(api.server)
      .put(`/api/v1/organizations/${parent}/ownership`)
      .set(as(adminToken))
      .send({ owners: [{ name: 'Distant Sovereign Fund', country: 'CN', kind: 'state', percent: 70, controlling: true }] })
      .expect(200);

    const subsidiary = await createOrganization(`Subsidiary ${suffix}`, 'MY');
    const operatorToken = await operatorOf(subsidiary);
    const owners = [
      { name: `parent group ${suffix}`, country: 'sg', kind: 'company', percent: 60, controlling: true, organizationId: parent },
      { name: 'Jane Founder', country: 'MY', kind: 'person', percent: 40, controlling: false },
    ];
    // Linking another registered organisation is the admin's to do; the operator then sees the chain it opens.
    const replaced = await request(api.server).put(`/api/v1/organizations/${subsidiary}/ownership`).set(as(adminToken)).send({ owners }).expect(200);
    expect(replaced.body.owners).toEqual([
      { ...owners[0], country: 'SG' },
      { ...owners[1], organizationId: null },
    ]);
    expect(replaced.body.ultimateController).toEqual({
      name: 'Distant Sovereign Fund',
      country: 'CN',
      kind: 'state',
      chain: [`Subsidiary ${suffix}`, `parent group ${suffix}`, 'Distant Sovereign Fund'],
    });

    const read = await request(api.server).get(`/api/v1/organizations/${subsidiary}`).set(as(operatorToken)).expect(200);
    expect(read.body.ultimateController.name).toBe('Distant Sovereign Fund');
    const [{ n }] = await api.app.get(DataSource).query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'organization.ownership_replaced' AND entity_id = $1`, [subsidiary]);
    expect(n).toBe(1);
  });

  it('stops the chain at an owner that only names another registered organisation', async () => {
    const suffix = randomUUID().slice(0, 6);
    const other = await createOrganization(`Other Tenant ${suffix}`, 'SG');
    await request(api.server)
      .put(`/api/v1/organizations/${other}/ownership`)
      .set(as(adminToken))
      .send({ owners: [{ name: 'Hidden Fund', country: 'CN', kind: 'state', percent: 70, controlling: true }] })
      .expect(200);
    const mine = await createOrganization(`Mine ${suffix}`, 'MY');
    const replaced = await request(api.server)
      .put(`/api/v1/organizations/${mine}/ownership`)
      .set(as(await operatorOf(mine)))
      .send({ owners: [{ name: `Other Tenant ${suffix}`, country: 'SG', kind: 'company', percent: 60, controlling: true }] })
      .expect(200);
    expect(replaced.body.ultimateController).toEqual({ name: `Other Tenant ${suffix}`, country: 'SG', kind: 'company', chain: [`Mine ${suffix}`, `Other Tenant ${suffix}`] });
  });

  it('rejects a link that is not a registered company owner, naming the field', async () => {
    const organization = await createOrganization(`Links ${randomUUID().slice(0, 6)}`, 'DE');
    const response = await request(api.server)
      .put(`/api/v1/organizations/${organization}/ownership`)
      .set(as(adminToken))
      .send({
        owners: [
          { name: 'Ghost', country: 'DE', kind: 'company', percent: 10, controlling: false, organizationId: randomUUID() },
          { name: 'Person', country: 'DE', kind: 'person', percent: 10, controlling: false, organizationId: organization },
          { name: 'Self', country: 'DE', kind: 'company', percent: 10, controlling: false, organizationId: organization },
          { name: 'Bad', country: 'DE', kind: 'company', percent: 10, controlling: false, organizationId: 'not-a-uuid' },
        ],
      })
      .expect(400);
    expect((response.body.details as { field: string }[]).map((detail) => detail.field)).toEqual(['owners[3].organizationId']);
    const semantic = await request(api.server)
      .put(`/api/v1/organizations/${organization}/ownership`)
      .set(as(adminToken))
      .send({
        owners: [
          { name: 'Ghost', country: 'DE', kind: 'company', percent: 10, controlling: false, organizationId: randomUUID() },
          { name: 'Person', country: 'DE', kind: 'person', percent: 10, controlling: false, organizationId: organization },
          { name: 'Self', country: 'DE', kind: 'company', percent: 10, controlling: false, organizationId: organization },
        ],
      })
      .expect(400);
    expect(semantic.body.details).toEqual([
      { field: 'owners[0].organizationId', problems: ['no registered organisation with this id can be linked here'] },
      { field: 'owners[1].organizationId', problems: ['only a company owner can be a registered organisation'] },
      { field: 'owners[2].organizationId', problems: ['an organisation cannot own itself'] },
    ]);
  });

  it('rejects shares over 100, two controllers and malformed owners, changing nothing', async () => {
    const organization = await createOrganization(`Strict ${randomUUID().slice(0, 6)}`, 'DE');
    const over = await request(api.server)
      .put(`/api/v1/organizations/${organization}/ownership`)
      .set(as(adminToken))
      .send({
        owners: [
          { name: 'A', country: 'DE', kind: 'company', percent: 70, controlling: true },
          { name: 'B', country: 'DE', kind: 'company', percent: 40, controlling: true },
        ],
      })
      .expect(400);
    expect(over.body.message).toContain('more than 100');
    expect(over.body.message).toContain('at most one owner can be controlling');

    const majorityAndFlag = await request(api.server)
      .put(`/api/v1/organizations/${organization}/ownership`)
      .set(as(adminToken))
      .send({
        owners: [
          { name: 'A', country: 'DE', kind: 'company', percent: 60, controlling: false },
          { name: 'B', country: 'DE', kind: 'company', percent: 30, controlling: true },
        ],
      })
      .expect(400);
    expect(majorityAndFlag.body.details).toEqual([{ field: 'owners', problems: ['at most one owner can be controlling (an owner above 50% is controlling)'] }]);

    const malformed = await request(api.server)
      .put(`/api/v1/organizations/${organization}/ownership`)
      .set(as(adminToken))
      .send({ owners: [{ name: '', country: 'XX', kind: 'alien', percent: 101, controlling: 'yes' }] })
      .expect(400);
    expect((malformed.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual(['owners[0].controlling', 'owners[0].country', 'owners[0].kind', 'owners[0].name', 'owners[0].percent']);
    const read = await request(api.server).get(`/api/v1/organizations/${organization}`).set(as(adminToken)).expect(200);
    expect(read.body.owners).toEqual([]);
    expect(read.body.ultimateController.chain).toHaveLength(1);
  });

  it("answers 404 for another organisation's ownership and 403 for auditors", async () => {
    const mine = await createOrganization(`Mine ${randomUUID().slice(0, 6)}`, 'FR');
    const theirs = await createOrganization(`Theirs ${randomUUID().slice(0, 6)}`, 'FR');
    const token = await operatorOf(mine);
    await request(api.server).put(`/api/v1/organizations/${theirs}/ownership`).set(as(token)).send({ owners: [] }).expect(404);
    const auditorEmail = `auditor-${randomUUID().slice(0, 8)}@example.test`;
    await request(api.server).post('/api/v1/users').set(as(adminToken)).send({ email: auditorEmail, password: PASSWORD, role: 'auditor' }).expect(201);
    await request(api.server)
      .put(`/api/v1/organizations/${mine}/ownership`)
      .set(as(await login(auditorEmail)))
      .send({ owners: [] })
      .expect(403);
  });
});
