import request from 'supertest';
import { DataSource } from 'typeorm';
import { waitFor } from '@tiergate/testing';
import { TestActors, type TestUser } from './setup/actors';
import { AttestationFixture } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';
import { WorkerProcess } from './setup/worker-process';

/** Screening finds a listed entity's subsidiaries and its name with the letters spaced out. */
describe('screening subsidiaries and spaced-out names', () => {
  let api: TestApi;
  let actors: TestActors;
  let regulator: TestUser;

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
    regulator = await actors.user('regulator');
  });
  afterAll(() => api.close());

  const screen = async (names: string[]) =>
    (await request(api.server).post('/api/v1/screening').set(regulator.headers).send({ names }).expect(200)).body as {
      threshold: number;
      results: { name: string; matches: { entryId: string; score: number }[] }[];
    };

  it('matches a subsidiary named after a listed parent at or above the threshold', async () => {
    const names = ['Huawei Technologies Deutschland GmbH', 'SMIC Beijing', 'Huawei Cloud Computing Technologies', 'Hikvision Europe B.V.'];
    const body = await screen(names);
    const expected = ['EL-HUAWEI', 'EL-SMIC', 'EL-HUAWEI', 'EL-HIKVISION'];
    body.results.forEach((result, i) => {
      const match = result.matches.find((candidate) => candidate.entryId === expected[i]);
      expect([result.name, match?.entryId]).toEqual([names[i], expected[i]]);
      expect(match?.score).toBeGreaterThanOrEqual(body.threshold);
    });
  });

  it('reads letters written apart as the name they spell', async () => {
    const body = await screen(['H u a w e i', 'S M I C']);
    expect(body.results.map((result) => result.matches[0]?.entryId)).toEqual(['EL-HUAWEI', 'EL-SMIC']);
  });

  it('does not alert on innocent firms named like subsidiaries', async () => {
    const body = await screen(['Bluepeak Technologies Deutschland GmbH', 'Hawaii Cloud Services GmbH', 'Northwind Cloud Computing Technologies']);
    expect(body.results.map((result) => result.matches)).toEqual([[], [], []]);
  });

  describe('in verification, through the real worker process', () => {
    let worker: WorkerProcess;
    beforeAll(() => {
      worker = WorkerProcess.start(api.config, { SWEEP_INTERVAL_MS: '1000' });
    });
    afterAll(() => worker?.stop());

    it('raises RESTRICTED_PARTY_MATCH for an owner that is a subsidiary of a listed entity', async () => {
      const organizationId = await actors.organization('DE', `Subsidiary Owned ${Date.now()}`);
      const operator = await actors.operatorOf(organizationId);
      const datacenter = await request(api.server).post('/api/v1/datacenters').set(operator).send({ name: 'Site', countryCode: 'DE' }).expect(201);
      await request(api.server)
        .put(`/api/v1/datacenters/${datacenter.body.id}/inventory`)
        .set(operator)
        .set('Content-Type', 'text/csv')
        .send('vendor,model,quantity\nNVIDIA,H100 SXM5 80GB,8\n')
        .expect(200);
      await request(api.server)
        .put(`/api/v1/organizations/${organizationId}/ownership`)
        .set(operator)
        .send({ owners: [{ name: 'Huawei Technologies Deutschland GmbH', country: 'DE', kind: 'company', percent: 10, controlling: false }] })
        .expect(200);
      const fixture = new AttestationFixture(api);
      const id = await fixture.draft(datacenter.body.id, operator);
      await fixture.attachRequiredEvidence(id, operator);
      await request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).send({}).expect(202);
      const db = api.app.get(DataSource);
      await waitFor('verification', async () => ['in_review', 'rejected'].includes((await db.query('SELECT status FROM attestations WHERE id = $1', [id]))[0]?.status), { timeoutMs: 30_000 });
      const findings = (await db.query(`SELECT details FROM findings WHERE attestation_id = $1 AND code = 'RESTRICTED_PARTY_MATCH'`, [id])) as {
        details: { subject: string; name: string; entryId: string };
      }[];
      expect(findings.map((finding) => finding.details)).toEqual(
        expect.arrayContaining([expect.objectContaining({ subject: 'owner', name: 'Huawei Technologies Deutschland GmbH', entryId: 'EL-HUAWEI' })]),
      );
    });
  });
});
