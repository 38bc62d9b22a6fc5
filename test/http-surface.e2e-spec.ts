import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { waitFor } from '@tiergate/testing';
import { TestActors, type Headers } from './setup/actors';
import { AttestationFixture } from './setup/attestation-fixture';
import { startTestApi, type TestApi } from './setup/test-api';
import { WorkerProcess } from './setup/worker-process';

const METRICS_TOKEN = `metrics-${randomUUID()}-${randomUUID()}`;

/** Answers that hold tokens, attestations and evidence, and the other routes around them. */
describe('API responses are never cached', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
  });
  afterAll(() => api.close());

  it('sends Cache-Control: no-store on login and refresh, an attestation, its evidence content and errors', async () => {
    const login = await request(api.server).post('/api/v1/auth/login').send({ email: api.config.ADMIN_EMAIL, password: api.config.ADMIN_PASSWORD }).expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const refresh = await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    expect(refresh.headers['cache-control']).toBe('no-store');

    const organizationId = await actors.organization();
    const operator = await actors.operatorOf(organizationId);
    const datacenterId = (
      await request(api.server)
        .post('/api/v1/datacenters')
        .set(operator)
        .send({ name: `Cached ${randomUUID().slice(0, 8)}`, countryCode: 'DE' })
        .expect(201)
    ).body.id as string;
    const attestationId = await fixture.draft(datacenterId, operator);
    await fixture.attachRequiredEvidence(attestationId, operator);
    const attestation = await request(api.server).get(`/api/v1/attestations/${attestationId}`).set(operator).expect(200);
    expect(attestation.headers['cache-control']).toBe('no-store');
    const evidenceId = attestation.body.evidence[0].id as string;
    const content = await request(api.server).get(`/api/v1/evidence/${evidenceId}/content`).set(operator).expect(200);
    expect(content.headers['cache-control']).toBe('no-store');

    expect((await request(api.server).get(`/api/v1/attestations/${randomUUID()}`).set(operator).expect(404)).headers['cache-control']).toBe('no-store');
    expect((await request(api.server).get('/api/v1/auth/me').expect(401)).headers['cache-control']).toBe('no-store');
  });
});

describe('/metrics behind METRICS_TOKEN', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ METRICS_TOKEN });
  });
  afterAll(() => api.close());

  it('answers a scrape without the metrics token 401, and one with it the Prometheus text', async () => {
    const anonymous = await request(api.server).get('/metrics').expect(401);
    expect(anonymous.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Send the metrics token as a bearer token' });
    expect(anonymous.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(anonymous.text).not.toContain('http_request_duration_seconds');
    await request(api.server).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}x`).expect(401);
    // A user's own token is no metrics token.
    await request(api.server)
      .get('/metrics')
      .set(await new TestActors(api).admin())
      .expect(401);

    const scraped = await request(api.server).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(scraped.headers['content-type']).toMatch(/^text\/plain/);
    expect(scraped.text).toContain('http_request_duration_seconds');
  });
});

describe('transfer destinations are looked up within the caller’s scope', () => {
  let api: TestApi;
  let actors: TestActors;

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
  });
  afterAll(() => api.close());

  const register = async (operator: Headers) =>
    (
      await request(api.server)
        .post('/api/v1/datacenters')
        .set(operator)
        .send({ name: `Transfer ${randomUUID().slice(0, 8)}`, countryCode: 'DE' })
        .expect(201)
    ).body.id as string;
  const transferTo = (operator: Headers, datacenterId: string, destinationDatacenterId: string) =>
    request(api.server)
      .put(`/api/v1/datacenters/${datacenterId}/inventory`)
      .set(operator)
      .send({ items: [{ vendor: 'NVIDIA', model: 'H100', quantity: 1, reason: 'transferred', destinationDatacenterId }] });

  it('answers a destination of another organisation exactly as one that does not exist', async () => {
    const operator = await actors.operatorOf(await actors.organization());
    const stranger = await actors.operatorOf(await actors.organization());
    const source = await register(operator);
    const ownDestination = await register(operator);
    const foreign = await register(stranger);
    const missing = randomUUID();

    const toForeign = await transferTo(operator, source, foreign).expect(400);
    const toMissing = await transferTo(operator, source, missing).expect(400);
    const withoutId = (body: { message: string; details: { field: string; problems: string[] }[] }, id: string) => JSON.parse(JSON.stringify(body).split(id).join('<id>'));
    expect(withoutId(toForeign.body, foreign)).toEqual(withoutId(toMissing.body, missing));
    expect(toForeign.body.details).toEqual([{ field: 'items[0].destinationDatacenterId', problems: [`no datacenter ${foreign} is registered`] }]);
    const revisions = await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM inventory_revisions WHERE datacenter_id = $1', [source]);
    expect(revisions).toEqual([{ n: 0 }]);

    await transferTo(operator, source, ownDestination).expect(200);
  });
});

describe('an idempotent submit replay', () => {
  let api: TestApi;
  let actors: TestActors;
  let fixture: AttestationFixture;
  let worker: WorkerProcess;

  beforeAll(async () => {
    api = await startTestApi();
    actors = new TestActors(api);
    fixture = new AttestationFixture(api);
    worker = WorkerProcess.start(api.config, { SWEEP_INTERVAL_MS: '1000' });
  });
  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it('answers with the attestation’s current status once the worker has moved it on', async () => {
    const operator = await actors.operatorOf(await actors.organization());
    const datacenterId = (
      await request(api.server)
        .post('/api/v1/datacenters')
        .set(operator)
        .send({ name: `Replay ${randomUUID().slice(0, 8)}`, countryCode: 'DE' })
        .expect(201)
    ).body.id as string;
    await request(api.server).put(`/api/v1/datacenters/${datacenterId}/inventory`).set(operator).set('Content-Type', 'text/csv').send('vendor,model,quantity\nNVIDIA,H100 SXM5 80GB,8\n').expect(200);
    const id = await fixture.draft(datacenterId, operator);
    await fixture.attachRequiredEvidence(id, operator);
    const submit = () => request(api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).set('Idempotency-Key', `replay-${id}`).send({});

    const receipt = (await submit().expect(202)).body;
    expect(receipt.status).toBe('submitted');
    const statusOf = async () => (await request(api.server).get(`/api/v1/attestations/${id}`).set(operator).expect(200)).body.status as string;
    const current = await waitFor(
      'the worker to verify the attestation',
      async () => {
        const status = await statusOf();
        return !['submitted', 'verifying'].includes(status) && status;
      },
      { timeoutMs: 30_000 },
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\nworker output:\n${worker.log}`);
    });

    const replay = (await submit().expect(202)).body;
    expect(replay).toEqual({ ...receipt, status: current });
    expect(replay.status).not.toBe('submitted');
  });
});
