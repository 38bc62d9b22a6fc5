import request from 'supertest';
import { DataSource } from 'typeorm';
import { waitFor } from '@tiergate/testing';
import { TestActors } from './setup/actors';
import { AttestationFixture } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';
import { WorkerProcess } from './setup/worker-process';

describe('prohibited hardware is matched on the model, not the vendor’s spelling', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;
  let worker: WorkerProcess;

  const db = () => api.app.get(DataSource);
  const statusOf = async (attestationId: string) => (await db().query('SELECT status FROM attestations WHERE id = $1', [attestationId]))[0]?.status as string;

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
    worker = WorkerProcess.start(api.config, { SWEEP_INTERVAL_MS: '1000' });
  });
  afterAll(async () => {
    await worker?.stop();
    await api.close();
  });

  it('lists Generic,910B and OEM,Ascend 910C as prohibited, and the worker rejects the attestation with PROHIBITED_HARDWARE', async () => {
    const organizationId = await actors.organization('DE', `Whitebox Buyer ${Date.now()}`);
    const operator = await actors.operatorOf(organizationId);
    const datacenter = await request(api.server).post('/api/v1/datacenters').set(operator).send({ name: 'Whitebox hall', countryCode: 'DE' }).expect(201);
    const datacenterId = datacenter.body.id as string;
    await request(api.server)
      .put(`/api/v1/datacenters/${datacenterId}/inventory`)
      .set(operator)
      .set('Content-Type', 'text/csv')
      .send('vendor,model,quantity\nNVIDIA,H100 SXM5 80GB,512\nGeneric,910B,64\nOEM,Ascend 910C,32\nWhitebox,Atlas 300I Duo,8\n')
      .expect(200);

    const view = (await request(api.server).get(`/api/v1/datacenters/${datacenterId}`).set(operator).expect(200)).body;
    expect(view.prohibitedHardware).toEqual([
      { vendor: 'Generic', model: '910B', quantity: 64, ruleId: 'HUAWEI-ASCEND', reason: expect.any(String) },
      { vendor: 'OEM', model: 'Ascend 910C', quantity: 32, ruleId: 'HUAWEI-ASCEND', reason: expect.any(String) },
      { vendor: 'Whitebox', model: 'Atlas 300I Duo', quantity: 8, ruleId: 'HUAWEI-ASCEND', reason: expect.any(String) },
    ]);

    const id = await fixture.draft(datacenterId, operator);
    await fixture.attachRequiredEvidence(id, operator);
    await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).send({}).expect(202);
    await waitFor(`attestation ${id} verified`, async () => ['in_review', 'rejected'].includes(await statusOf(id)), { timeoutMs: 30_000 });

    expect(await statusOf(id)).toBe('rejected');
    const findings = (await db().query(`SELECT message FROM findings WHERE attestation_id = $1 AND code = 'PROHIBITED_HARDWARE' ORDER BY message`, [id])) as { message: string }[];
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^32 × OEM Ascend 910C .* rule HUAWEI-ASCEND/),
      expect.stringMatching(/^64 × Generic 910B .* rule HUAWEI-ASCEND/),
      expect.stringMatching(/^8 × Whitebox Atlas 300I Duo .* rule HUAWEI-ASCEND/),
    ]);
    expect((await request(api.server).get(`/api/v1/datacenters/${datacenterId}`).set(operator).expect(200)).body.complianceStatus).toBe('non_compliant');
  });
});
