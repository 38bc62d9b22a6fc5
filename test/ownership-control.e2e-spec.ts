import request from 'supertest';
import { DataSource } from 'typeorm';
import { waitFor } from '@tiergate/testing';
import { TestActors, type Headers } from './setup/actors';
import { AttestationFixture } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';
import { WorkerProcess } from './setup/worker-process';

const DECIDED = ['in_review', 'rejected'];

/** Who controls an organisation, as the verification worker decides it from the ownership records. */
describe('ownership control through the api and the real worker process', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;
  let worker: WorkerProcess;
  let admin: Headers;
  let counter = 0;

  const db = () => api.app.get(DataSource);
  const statusOf = async (attestationId: string) => (await db().query('SELECT status FROM attestations WHERE id = $1', [attestationId]))[0]?.status as string;
  const controllerFindings = async (attestationId: string) =>
    (await db().query(`SELECT details FROM findings WHERE attestation_id = $1 AND code = 'CONTROLLER_NOT_TIER1' ORDER BY created_at`, [attestationId])) as { details: Record<string, unknown> }[];
  const settle = (attestationId: string) => waitFor(`attestation ${attestationId} verified`, async () => DECIDED.includes(await statusOf(attestationId)), { timeoutMs: 30_000 });

  /** A US-headquartered organisation (Tier 1) with a clean facility in Germany and its operator. */
  const tenant = async (name = `Control Org ${(counter += 1)} ${Date.now()}`) => {
    const organizationId = await actors.organization('US', name);
    const operator = await actors.operatorOf(organizationId);
    const datacenter = await request(api.server)
      .post('/api/v1/datacenters')
      .set(operator)
      .send({ name: `Site ${counter}`, countryCode: 'DE' })
      .expect(201);
    await request(api.server)
      .put(`/api/v1/datacenters/${datacenter.body.id}/inventory`)
      .set(operator)
      .set('Content-Type', 'text/csv')
      .send('vendor,model,quantity\nNVIDIA,H100 SXM5 80GB,8\n')
      .expect(200);
    return { organizationId, name, operator, datacenterId: datacenter.body.id as string };
  };
  const setOwners = (organizationId: string, as: Headers, owners: object[]) => request(api.server).put(`/api/v1/organizations/${organizationId}/ownership`).set(as).send({ owners });
  const verify = async (datacenterId: string, operator: Headers) => {
    const id = await fixture.draft(datacenterId, operator);
    await fixture.attachRequiredEvidence(id, operator);
    await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).send({}).expect(202);
    await settle(id);
    return id;
  };

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
    admin = await actors.admin();
    worker = WorkerProcess.start(api.config, { SWEEP_INTERVAL_MS: '1000' });
  });
  afterAll(async () => {
    await worker?.stop();
    await api.close();
  });

  it('treats a 60% owner not flagged controlling as the controller: its country decides CONTROLLER_NOT_TIER1', async () => {
    const { organizationId, operator, datacenterId } = await tenant();
    const saved = await setOwners(organizationId, operator, [
      { name: 'Shenzhen Majority Holdings', country: 'CN', kind: 'company', percent: 60, controlling: false },
      { name: 'Public float', country: 'US', kind: 'company', percent: 40, controlling: false },
    ]).expect(200);
    expect(saved.body.ultimateController).toMatchObject({ name: 'Shenzhen Majority Holdings', country: 'CN', kind: 'company' });

    const id = await verify(datacenterId, operator);
    expect(await statusOf(id)).toBe('rejected');
    expect((await controllerFindings(id)).map((finding) => finding.details)).toEqual([{ controller: 'Shenzhen Majority Holdings', country: 'CN', tier: 3 }]);
  });

  it('raises CONTROLLER_NOT_TIER1 for a Tier 3 state declared controlling at a small share, or controlling by majority', async () => {
    for (const owners of [
      [{ name: 'State Assets Commission', country: 'CN', kind: 'state', percent: 5, controlling: true }],
      [{ name: 'State Assets Commission', country: 'CN', kind: 'state', percent: 51, controlling: false }],
    ]) {
      const { organizationId, operator, datacenterId } = await tenant();
      await setOwners(organizationId, operator, owners).expect(200);
      const id = await verify(datacenterId, operator);
      expect((await controllerFindings(id)).map((finding) => finding.details)).toEqual([{ controller: 'State Assets Commission', country: 'CN', tier: 3 }]);
    }
  });

  it('does not count a Tier 3 state holding a minority without the flag as a controller', async () => {
    const { organizationId, operator, datacenterId } = await tenant();
    await setOwners(organizationId, operator, [{ name: 'State Assets Commission', country: 'CN', kind: 'state', percent: 50, controlling: false }]).expect(200);
    const id = await verify(datacenterId, operator);
    expect(await controllerFindings(id)).toEqual([]);
  });

  it("raises CONTROLLER_NOT_TIER1 for a Tier 3 state that shares the organisation's own name", async () => {
    const { organizationId, name, operator, datacenterId } = await tenant();
    await setOwners(organizationId, operator, [{ name, country: 'CN', kind: 'state', percent: 30, controlling: true }]).expect(200);
    const id = await verify(datacenterId, operator);
    expect((await controllerFindings(id)).map((finding) => finding.details)).toEqual([{ controller: name, country: 'CN', tier: 3 }]);
  });

  it("does not pull another tenant's owners into a chain that only names that tenant", async () => {
    const a = await tenant(`Tenant A Ltd ${Date.now()}`);
    await setOwners(a.organizationId, a.operator, [{ name: 'Secret Sovereign Fund of A', country: 'CN', kind: 'state', percent: 80, controlling: true }]).expect(200);

    const b = await tenant();
    const saved = await setOwners(b.organizationId, b.operator, [{ name: a.name, country: 'GB', kind: 'company', percent: 70, controlling: true }]).expect(200);
    expect(saved.body.ultimateController).toEqual({ name: a.name, country: 'GB', kind: 'company', chain: [b.name, a.name] });
    expect(JSON.stringify(saved.body)).not.toContain('Secret Sovereign Fund');
    const organization = await request(api.server).get(`/api/v1/organizations/${b.organizationId}`).set(b.operator).expect(200);
    expect(JSON.stringify(organization.body)).not.toContain('Secret Sovereign Fund');

    // The worker sees the same chain: GB is Tier 1, so nothing of A's CN owner reaches B's verification.
    const id = await verify(b.datacenterId, b.operator);
    expect(await controllerFindings(id)).toEqual([]);
  });

  it('does not let an operator link an owner to another tenant by id', async () => {
    const a = await tenant();
    const b = await tenant();
    const refused = await setOwners(b.organizationId, b.operator, [{ name: 'Parent', country: 'GB', kind: 'company', percent: 70, controlling: true, organizationId: a.organizationId }]).expect(400);
    expect(refused.body.details).toEqual([{ field: 'owners[0].organizationId', problems: ['no registered organisation with this id can be linked here'] }]);
    const unchanged = await request(api.server).get(`/api/v1/organizations/${b.organizationId}`).set(b.operator).expect(200);
    expect(unchanged.body.owners).toEqual([]);
  });

  it('follows a registered parent linked by id to its controller, and the operator keeps the link and matches within its tree by exact name', async () => {
    const parent = await tenant(`Registered Parent ${Date.now()}`);
    await setOwners(parent.organizationId, admin, [{ name: 'Distant Sovereign Fund', country: 'CN', kind: 'state', percent: 70, controlling: true }]).expect(200);
    const child = await tenant();
    const linked = await setOwners(child.organizationId, admin, [
      { name: 'Our parent (as the contract spells it)', country: 'GB', kind: 'company', percent: 100, controlling: true, organizationId: parent.organizationId },
    ]).expect(200);
    expect(linked.body.owners[0].organizationId).toBe(parent.organizationId);
    expect(linked.body.ultimateController).toEqual({
      name: 'Distant Sovereign Fund',
      country: 'CN',
      kind: 'state',
      chain: [child.name, 'Our parent (as the contract spells it)', 'Distant Sovereign Fund'],
    });

    // The operator re-saves its records: the link stays (it is in its tree); a second owner naming the parent exactly also matches it.
    const resaved = await setOwners(child.organizationId, child.operator, [
      { name: parent.name.toUpperCase(), country: 'GB', kind: 'company', percent: 60, controlling: false },
      { name: 'Our parent (as the contract spells it)', country: 'GB', kind: 'company', percent: 10, controlling: false, organizationId: parent.organizationId },
    ]).expect(200);
    expect(resaved.body.ultimateController).toMatchObject({ name: 'Distant Sovereign Fund', country: 'CN', chain: [child.name, parent.name.toUpperCase(), 'Distant Sovereign Fund'] });

    const id = await verify(child.datacenterId, child.operator);
    expect((await controllerFindings(id)).map((finding) => finding.details)).toEqual([{ controller: 'Distant Sovereign Fund', country: 'CN', tier: 3 }]);
  });
});
