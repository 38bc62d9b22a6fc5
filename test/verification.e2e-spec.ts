import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { referencePolicyPack } from '@tiergate/policy';
import { waitFor } from '@tiergate/testing';
import { TestActors, type Headers, type TestUser } from './setup/actors';
import { AttestationFixture } from './setup/attestation-fixture';
import { approveAndActivate } from './setup/policy-activation';
import { startTestApi, type TestApi } from './setup/test-api';
import { WorkerProcess } from './setup/worker-process';

const DECIDED = ['in_review', 'rejected'];

describe('verification through the real worker process', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;
  let worker: WorkerProcess;
  let regulator: TestUser;

  const db = () => api.app.get(DataSource);
  const statusOf = async (attestationId: string) => (await db().query('SELECT status FROM attestations WHERE id = $1', [attestationId]))[0]?.status as string;
  const findingCodes = async (attestationId: string) =>
    ((await db().query('SELECT code FROM findings WHERE attestation_id = $1 ORDER BY code', [attestationId])) as { code: string }[]).map((row) => row.code);
  const settle = (attestationId: string) => waitFor(`attestation ${attestationId} verified`, async () => DECIDED.includes(await statusOf(attestationId)), { timeoutMs: 30_000 });

  const facility = (options: Parameters<AttestationFixture['facility']>[1] = {}) => fixture.facility(actors, options);
  const submitComplete = (datacenterId: string, operator: Headers, before?: (attestationId: string) => Promise<void>) => fixture.submitComplete(datacenterId, operator, before);

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
    regulator = await actors.user('regulator');
    worker = WorkerProcess.start(api.config, { SWEEP_INTERVAL_MS: '1000' });
  });
  afterAll(async () => {
    await worker?.stop();
    await api.close();
  });

  it('moves a clean facility to in_review with a review item', async () => {
    const { operator, datacenterId } = await facility();
    const id = await submitComplete(datacenterId, operator);
    await settle(id);
    expect(await statusOf(id)).toBe('in_review');
    const [item] = await db().query('SELECT priority, approvals_required FROM review_items WHERE attestation_id = $1', [id]);
    expect(item.priority).toBeGreaterThanOrEqual(0);
    const history = (await request(api.server).get(`/api/v1/attestations/${id}`).set(operator).expect(200)).body.history.map((step: { event: string }) => step.event);
    expect(history).toEqual(['create', 'submit', 'start_verification', 'pass_verification']);
  });

  it('rejects Huawei Ascend hardware with PROHIBITED_HARDWARE and marks the facility non-compliant', async () => {
    const { operator, datacenterId } = await facility({ inventory: 'NVIDIA,H100 SXM5 80GB,512\nHuawei,Ascend 910B,64' });
    const id = await submitComplete(datacenterId, operator);
    await settle(id);
    expect(await statusOf(id)).toBe('rejected');
    expect(await findingCodes(id)).toContain('PROHIBITED_HARDWARE');
    expect((await request(api.server).get(`/api/v1/datacenters/${datacenterId}`).set(operator).expect(200)).body.complianceStatus).toBe('non_compliant');
  });

  it('flags a facility in a Tier 3 country with DATACENTER_IN_TIER3', async () => {
    const { operator, datacenterId } = await facility({ country: 'CN' });
    const id = await submitComplete(datacenterId, operator);
    await settle(id);
    expect(await findingCodes(id)).toContain('DATACENTER_IN_TIER3');
    expect(await statusOf(id)).toBe('rejected');
  });

  it('finds an owner on the restricted list under a variant spelling', async () => {
    const { organizationId, operator, datacenterId } = await facility();
    await request(api.server)
      .put(`/api/v1/organizations/${organizationId}/ownership`)
      .set(operator)
      .send({ owners: [{ name: 'HUAWEI TECHNOLOGY COMPANY LIMITED', country: 'CN', kind: 'company', percent: 10, controlling: false }] })
      .expect(200);
    const id = await submitComplete(datacenterId, operator);
    await settle(id);
    const [match] = await db().query(`SELECT details FROM findings WHERE attestation_id = $1 AND code = 'RESTRICTED_PARTY_MATCH'`, [id]);
    expect(match).toBeDefined();
    expect(JSON.stringify(match.details)).toMatch(/EL-HUAWEI/);
  });

  it('notices an evidence file changed on disk: EVIDENCE_HASH_MISMATCH', async () => {
    const { operator, datacenterId } = await facility();
    const id = await submitComplete(datacenterId, operator, async (attestationId) => {
      const unique = Buffer.from(`%PDF-1.7\n% tamper target ${attestationId}\n%%EOF\n`);
      const uploaded = await fixture.upload(attestationId, operator, { type: 'certificate', controlIds: 'C4-CYBER-BASELINE' }, { bytes: unique, contentType: 'application/pdf' }).expect(201);
      const hex = uploaded.body.sha256 as string;
      const path = join(api.config.STORAGE_DIR, 'sha256', hex.slice(0, 2), hex.slice(2, 4), hex);
      writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from('tampered')]));
    });
    await settle(id);
    expect(await findingCodes(id)).toContain('EVIDENCE_HASH_MISMATCH');
    expect(await statusOf(id)).toBe('rejected');
  });

  it('flags a physically impossible round-trip time: LOCATION_INCONSISTENT', async () => {
    const { operator, datacenterId } = await facility({ latitude: 50.11, longitude: 8.68 });
    const probe = { version: 1, measuredAt: new Date().toISOString(), host: 'gpu-17.example', measurements: [{ landmark: { id: 'sin-1', latitude: 1.35, longitude: 103.82 }, rttMs: 5 }] };
    const id = await submitComplete(datacenterId, operator, async (attestationId) => {
      await fixture.upload(attestationId, operator, { type: 'location_probe', controlIds: 'C5-LOCATION' }, { bytes: Buffer.from(JSON.stringify(probe)), contentType: 'application/json' }).expect(201);
    });
    await settle(id);
    expect(await findingCodes(id)).toContain('LOCATION_INCONSISTENT');
  });

  it('screens names directly for auditors and regulators', async () => {
    const response = await request(api.server)
      .post('/api/v1/screening')
      .set(regulator.headers)
      .send({ names: ['Huawei Technologies Co., Ltd.', 'Helios Cloud Rechenzentrum GmbH'] })
      .expect(200);
    expect(response.body.results).toHaveLength(2);
    expect(response.body.results[0].matches[0]).toMatchObject({ entryId: 'EL-HUAWEI', score: expect.any(Number) });
    expect(response.body.results[1]).toEqual({ name: 'Helios Cloud Rechenzentrum GmbH', matches: [] });
    await request(api.server).post('/api/v1/screening').set(regulator.headers).send({ names: [] }).expect(400);
  });

  it('expires an approval past validUntil from PostgreSQL alone, with Redis flushed first', async () => {
    const { operator, datacenterId } = await facility();
    const id = await submitComplete(datacenterId, operator);
    await settle(id);
    // Approval is the auditors' decision; here the approved state is written directly, as a decision would leave it.
    const validUntil = new Date(Date.now() + 10 * 86_400_000);
    await db().query(`UPDATE attestations SET status = 'approved', valid_from = now(), valid_until = $2 WHERE id = $1`, [id, validUntil]);
    await db().query(`UPDATE datacenters SET compliance_status = 'compliant', next_audit_due = $2 WHERE id = $1`, [datacenterId, validUntil]);

    await worker.stop();
    const { default: Redis } = await import('ioredis');
    const redis = new Redis(api.config.REDIS_URL);
    await redis.flushdb();
    await redis.quit();
    worker = WorkerProcess.start(api.config, { SWEEP_INTERVAL_MS: '500', CLOCK_OFFSET_MS: String(11 * 86_400_000) });

    await waitFor('the approval to expire', async () => (await statusOf(id)) === 'expired', { timeoutMs: 30_000 });
    expect((await request(api.server).get(`/api/v1/datacenters/${datacenterId}`).set(operator).expect(200)).body.complianceStatus).toBe('expired');
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'attestation.expired' AND data->>'attestationId' = $1`, [id]);
    expect(n).toBe(1);
    await worker.stop();
    worker = WorkerProcess.start(api.config, { SWEEP_INTERVAL_MS: '1000' });
  });

  it('suspends a compliant facility when a new policy moves its country to Tier 3', async () => {
    const { operator, datacenterId } = await facility({ country: 'PL' });
    const id = await submitComplete(datacenterId, operator);
    await settle(id);
    await db().query(`UPDATE attestations SET status = 'approved', valid_from = now(), valid_until = now() + interval '300 days' WHERE id = $1`, [id]);
    await db().query(`UPDATE datacenters SET compliance_status = 'compliant' WHERE id = $1`, [datacenterId]);

    const reference = referencePolicyPack();
    const moved = { ...reference, version: '7.0.0', countries: reference.countries.map((country) => (country.code === 'PL' ? { ...country, tier: 3 as const } : country)) };
    const published = (await request(api.server).post('/api/v1/policy/versions').set(regulator.headers).send(moved).expect(201)).body;
    await approveAndActivate(api, actors, published.id);

    await waitFor('the facility to be suspended', async () => (await request(api.server).get(`/api/v1/datacenters/${datacenterId}`).set(operator)).body.complianceStatus === 'suspended', {
      timeoutMs: 30_000,
    });
    expect(await findingCodes(id)).toContain('DATACENTER_IN_TIER3');
    const progress = await waitFor('re-evaluation progress', async () => {
      const view = (await request(api.server).get(`/api/v1/policy/versions/${published.id}`).set(regulator.headers).expect(200)).body;
      return view.reevaluation && view.reevaluation.done === view.reevaluation.total ? view.reevaluation : null;
    });
    expect(progress.total).toBeGreaterThanOrEqual(1);
  });
});
