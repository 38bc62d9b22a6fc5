import request from 'supertest';
import { DataSource } from 'typeorm';
import { waitFor } from '@tiergate/testing';
import { TestActors } from './setup/actors';
import { AttestationFixture } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';
import { WorkerProcess } from './setup/worker-process';

const DECIDED = ['in_review', 'rejected'];

describe('verification survives a killed worker', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;
  let worker: WorkerProcess | undefined;
  const db = () => api.app.get(DataSource);

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
  });
  afterAll(async () => {
    await worker?.stop();
    await api.close();
  });

  it('loses and duplicates nothing when the worker is SIGKILLed in the middle of 200 verifications', async () => {
    const { operator } = await fixture.facility(actors);
    const datacenters: string[] = [];
    for (let index = 0; index < 200; index += 1) {
      datacenters.push(
        (
          await request(api.server)
            .post('/api/v1/datacenters')
            .set(operator)
            .send({ name: `Load ${index}`, countryCode: 'DE' })
            .expect(201)
        ).body.id,
      );
    }
    const ids: string[] = [];
    for (const datacenterId of datacenters) ids.push(await fixture.submitComplete(datacenterId, operator));

    worker = WorkerProcess.start(api.config, { SWEEP_INTERVAL_MS: '1000' });
    const decided = async () => Number((await db().query(`SELECT count(*) AS n FROM attestations WHERE id = ANY($1) AND status = ANY($2)`, [ids, DECIDED]))[0].n);
    await waitFor('some verifications to finish', async () => (await decided()) >= 20, { timeoutMs: 60_000 });
    await worker.kill();
    expect(await decided()).toBeLessThan(200);

    worker = WorkerProcess.start(api.config, { SWEEP_INTERVAL_MS: '1000' });
    await waitFor('all 200 verifications', async () => (await decided()) === 200, { timeoutMs: 120_000, intervalMs: 500 });

    const outcomes = (await db().query(
      `SELECT attestation_id, count(*)::int AS n FROM attestation_transitions WHERE attestation_id = ANY($1) AND event IN ('pass_verification', 'reject_automated') GROUP BY attestation_id`,
      [ids],
    )) as { n: number }[];
    expect(outcomes).toHaveLength(200);
    expect(outcomes.filter((row) => row.n !== 1)).toEqual([]);
    const [{ items }] = await db().query(`SELECT count(*)::int AS items FROM review_items WHERE attestation_id = ANY($1)`, [ids]);
    expect(items).toBe(200);
  }, 300_000);
});
