import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { ALL_API_KEY_SCOPES } from '@tiergate/auth';
import { TEST_PASSWORD, TestActors, type Headers } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';

const TERMINATE_OTHER_SESSIONS = 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()';

/**
 * A database that drops its connections while requests are being authenticated: the credentials
 * could not be checked, which is 503 (retry), never 401 or 403 (which tell a client to throw its
 * token or key away).
 */
describe('a database hiccup is not an authentication failure', () => {
  let api: TestApi;
  let operator: Headers;
  let apiKey: Headers;
  let operatorEmail: string;
  let db: Client;

  beforeAll(async () => {
    api = await startTestApi();
    const actors = new TestActors(api);
    const organizationId = await actors.organization('DE');
    operatorEmail = `outage-${randomUUID().slice(0, 8)}@example.test`;
    await request(api.server)
      .post('/api/v1/users')
      .set(await actors.admin())
      .send({ email: operatorEmail, password: TEST_PASSWORD, role: 'operator', organizationId })
      .expect(201);
    operator = await actors.login(operatorEmail);
    const key = (await request(api.server).post('/api/v1/api-keys').set(operator).send({ name: 'outage', scopes: ALL_API_KEY_SCOPES }).expect(201)).body.key as string;
    apiKey = { 'X-Api-Key': key };
    db = new Client({ connectionString: api.config.DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const expectUnavailable = (response: request.Response, what: string) => {
    expect({ what, status: response.status }).toEqual({ what, status: 503 });
    expect(response.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.any(String) });
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  };

  it('answers 503 with Retry-After when the connections are cut during the credential lookup of a token, a key and a login', async () => {
    // Hold every lookup of a user in flight, so the cut lands in the middle of each.
    await db.query('BEGIN');
    await db.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
    const inFlight = [
      ['bearer token', request(api.server).get('/api/v1/auth/me').set(operator)],
      ['API key', request(api.server).get('/api/v1/datacenters').set(apiKey)],
      ['login', request(api.server).post('/api/v1/auth/login').send({ email: operatorEmail, password: TEST_PASSWORD })],
    ] as const;
    const responses = inFlight.map(([, pending]) => pending.then((response) => response));
    try {
      for (let polls = 0; ; polls += 1) {
        // Inside a transaction pg_stat_activity is a snapshot taken once; each poll needs a fresh one.
        await db.query('SELECT pg_stat_clear_snapshot()');
        const [{ waiting }] = (await db.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows;
        if (waiting >= inFlight.length) break;
        if (polls > 500) throw new Error(`only ${waiting} of ${inFlight.length} requests reached the database`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await db.query(TERMINATE_OTHER_SESSIONS);
    } finally {
      await db.query('ROLLBACK');
    }
    const answered = await Promise.all(responses);
    answered.forEach((response, index) => expectUnavailable(response, inFlight[index][0]));

    // The same credentials work once the database is back.
    await request(api.server).get('/api/v1/auth/me').set(operator).expect(200);
    await request(api.server).get('/api/v1/datacenters').set(apiKey).expect(200);
  });

  it('never answers 401 or 403 to valid credentials while the connections are cut under a burst', async () => {
    const burst = Array.from({ length: 150 }, (_unused, index) =>
      index % 2 === 0 ? request(api.server).get('/api/v1/auth/me').set(operator) : request(api.server).get('/api/v1/datacenters').set(apiKey),
    );
    const responses = burst.map((pending) => pending.then((response) => response));
    for (let cut = 0; cut < 5; cut += 1) {
      await db.query(TERMINATE_OTHER_SESSIONS);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const statuses = (await Promise.all(responses)).map((response) => response.status);
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);

    for (let attempt = 0; attempt < 10; attempt += 1) {
      await request(api.server).get('/api/v1/auth/me').set(operator).expect(200);
      await request(api.server).get('/api/v1/datacenters').set(apiKey).expect(200);
    }
  });
});
