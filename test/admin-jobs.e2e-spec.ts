import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Worker } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { QUEUE_PREFIX, QueueName, QueueRegistry, redisConnectionOptions } from '@tiergate/jobs';
import { DisposableRedis, testConfig } from '@tiergate/testing';
import { AdminJobsModule } from '../apps/api/src/admin-jobs/admin-jobs.module';
import { BULL_BOARD_PATH, mountBullBoard } from '../apps/api/src/admin-jobs/bull-board.mount';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/bootstrap/configure-app';
import { TEST_PASSWORD, TestActors, type Headers } from './setup/actors';
import type { TestApi } from './setup/test-api';

/**
 * startTestApi's steps with AdminJobsModule added and the dashboard mounted between configureApp
 * and init: mounted after init, Nest's 404 handler would answer first. Once configureApp mounts the
 * dashboard itself, this call is a no-op and startTestApi(overrides, [AdminJobsModule]) would do.
 */
async function startApiWithJobDashboard(overrides: Parameters<typeof testConfig>[0]): Promise<TestApi> {
  const config = testConfig(overrides);
  @Module({ imports: [AppModule.forRoot(config), AdminJobsModule] })
  class TestRootModule {}
  const app = await NestFactory.create(TestRootModule, { bodyParser: false, logger: false, abortOnError: false });
  configureApp(app, config);
  mountBullBoard(app);
  await app.init();
  return { app, config, server: app.getHttpServer(), close: () => app.close() };
}

/** What a browser on the dashboard's page sends with an action: its own origin (Host fixed, since supertest picks a new port per request). */
const fromTheDashboard = { Host: 'tiergate.test', Origin: 'http://tiergate.test' };
const basic = (email: string, password: string) => ({ Authorization: `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}` });

/**
 * Its own Redis, so the failed sets hold exactly what these tests put there and the wrong passwords
 * tried here count against no other test's logins.
 */
describe('failed jobs and the job dashboard, for admins', () => {
  let redis: DisposableRedis;
  let api: TestApi;
  let actors: TestActors;
  let admin: Headers;
  let adminBasic: Headers;

  /** A job that failed for good: added with one attempt, taken by a throwaway worker and failed by hand. */
  async function failedJob(queueName: QueueName, name: string, reason: string): Promise<{ queue: QueueName; id: string }> {
    const added = await api.app.get(QueueRegistry).get(queueName).add(name, { attestationId: randomUUID() }, { attempts: 1 });
    const worker = new Worker(queueName, null, { connection: redisConnectionOptions(redis.url, 'consumer'), prefix: QUEUE_PREFIX, autorun: false });
    try {
      const token = randomUUID();
      const job = await worker.getNextJob(token);
      expect(job?.id).toBe(added.id);
      await job?.moveToFailed(new Error(reason), token, false);
    } finally {
      await worker.close();
    }
    // Failure times are in milliseconds: keep them distinct so "newest first" is unambiguous.
    await sleep(5);
    return { queue: queueName, id: added.id as string };
  }

  const listFailed = (query: Record<string, string | number> = {}, headers: Headers = admin) => request(api.server).get('/api/v1/admin/jobs/failed').query(query).set(headers);
  const idsOf = (body: { items: { queue: string; id: string }[] }) => body.items.map((item) => `${item.queue}/${item.id}`);
  const key = (job: { queue: string; id: string }) => `${job.queue}/${job.id}`;

  let first: { queue: QueueName; id: string };
  let second: { queue: QueueName; id: string };
  let third: { queue: QueueName; id: string };

  beforeAll(async () => {
    redis = await DisposableRedis.start();
    api = await startApiWithJobDashboard({ REDIS_URL: redis.url });
    actors = new TestActors(api);
    admin = await actors.admin();
    adminBasic = basic(api.config.ADMIN_EMAIL, api.config.ADMIN_PASSWORD);
    first = await failedJob(QueueName.Verification, 'attestation.submitted', 'verification crashed');
    second = await failedJob(QueueName.Notification, 'webhook.deliver', 'endpoint answered 500');
    third = await failedJob(QueueName.Verification, 'attestation.submitted', 'storage unreachable');
  });
  afterAll(async () => {
    await api?.close();
    await redis?.stop();
  });

  describe('GET /admin/jobs/failed', () => {
    it('lists the failed jobs of every queue, newest failure first', async () => {
      const response = await listFailed().expect(200);
      expect(idsOf(response.body)).toEqual([key(third), key(second), key(first)]);
      expect(response.body.nextCursor).toBeNull();
      expect(response.body.items[0]).toEqual({
        queue: 'verification',
        id: third.id,
        name: 'attestation.submitted',
        data: { attestationId: expect.any(String) },
        failedReason: 'storage unreachable',
        attemptsMade: 1,
        maxAttempts: 1,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        processedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        failedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
    });

    it('keeps to one queue with ?queue=', async () => {
      const response = await listFailed({ queue: 'verification' }).expect(200);
      expect(idsOf(response.body)).toEqual([key(third), key(first)]);
      await listFailed({ queue: 'no-such-queue' }).expect(400);
    });

    it('pages with ?limit= and the opaque nextCursor', async () => {
      const page1 = await listFailed({ limit: 2 }).expect(200);
      expect(idsOf(page1.body)).toEqual([key(third), key(second)]);
      expect(page1.body.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      const page2 = await listFailed({ limit: 2, cursor: page1.body.nextCursor as string }).expect(200);
      expect(idsOf(page2.body)).toEqual([key(first)]);
      expect(page2.body.nextCursor).toBeNull();

      const filtered = await listFailed({ queue: 'verification', limit: 1 }).expect(200);
      const page2Filtered = await listFailed({ queue: 'verification', limit: 1, cursor: filtered.body.nextCursor as string }).expect(200);
      expect(idsOf(page2Filtered.body)).toEqual([key(first)]);
    });

    it('answers 400 for a cursor it did not issue, or issued for another filter', async () => {
      const garbage = await listFailed({ cursor: 'not-a-cursor' }).expect(400);
      expect(garbage.body.details).toEqual([{ field: 'cursor', problems: [expect.stringContaining('not a cursor issued by this API')] }]);
      const forged = Buffer.from(JSON.stringify({ offsets: { verification: -1 } })).toString('base64url');
      await listFailed({ queue: 'verification', cursor: forged }).expect(400);
      const unfiltered = await listFailed({ limit: 1 }).expect(200);
      await listFailed({ queue: 'verification', cursor: unfiltered.body.nextCursor as string }).expect(400);
      await listFailed({ limit: 0 }).expect(400);
    });

    it('is for admins only', async () => {
      const operator = await actors.operatorOf(await actors.organization());
      const auditor = (await actors.user('auditor')).headers;
      const regulator = (await actors.user('regulator')).headers;
      for (const headers of [operator, auditor, regulator]) await listFailed({}, headers).expect(403);
      await request(api.server).get('/api/v1/admin/jobs/failed').expect(401);
    });
  });

  describe('POST /admin/jobs/:queue/:id/retry', () => {
    const retry = (job: { queue: string; id: string }, headers: Headers = admin) =>
      request(api.server)
        .post(`/api/v1/admin/jobs/${encodeURIComponent(job.queue)}/${encodeURIComponent(job.id)}/retry`)
        .set(headers);

    it('moves a failed job back to waiting, out of the failed set, with an audit entry', async () => {
      const response = await retry(first).expect(202);
      expect(response.body).toEqual({ queue: 'verification', id: first.id, name: 'attestation.submitted', state: 'waiting' });

      expect(idsOf((await listFailed().expect(200)).body)).toEqual([key(third), key(second)]);
      const job = await api.app.get(QueueRegistry).get(QueueName.Verification).getJob(first.id);
      expect(await job?.getState()).toBe('waiting');

      const me = await request(api.server).get('/api/v1/auth/me').set(admin).expect(200);
      const entries = await api.app.get(DataSource).query(`SELECT actor_type, actor_id, entity_type, payload FROM audit_log WHERE action = 'job.retried' AND entity_id = $1`, [key(first)]);
      expect(entries).toEqual([
        {
          actor_type: 'user',
          actor_id: me.body.id,
          entity_type: 'job',
          payload: expect.objectContaining({ queue: 'verification', jobId: first.id, failedReason: 'verification crashed' }),
        },
      ]);
    });

    it('answers 409 for a job that is not failed', async () => {
      const response = await retry(first).expect(409);
      expect(response.body.message).toMatch(/is waiting, not failed/);
    });

    it('answers 404 for an unknown job or queue', async () => {
      await retry({ queue: 'verification', id: 'no-such-job' }).expect(404);
      await retry({ queue: 'no-such-queue', id: third.id }).expect(404);
    });

    it('is for admins only', async () => {
      const auditor = (await actors.user('auditor')).headers;
      await retry(third, auditor).expect(403);
      await request(api.server).post(`/api/v1/admin/jobs/verification/${third.id}/retry`).expect(401);
    });
  });

  describe(`the dashboard at ${BULL_BOARD_PATH}`, () => {
    const CHALLENGE = 'Basic realm="Tiergate admin"';

    it('challenges a browser without credentials', async () => {
      const response = await request(api.server).get(BULL_BOARD_PATH).expect(401);
      expect(response.headers['www-authenticate']).toBe(CHALLENGE);
      expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });

    it('refuses a wrong password and a signed-in non-admin', async () => {
      const wrong = await request(api.server).get(BULL_BOARD_PATH).set(basic(api.config.ADMIN_EMAIL, 'not-the-password')).expect(401);
      expect(wrong.headers['www-authenticate']).toBe(CHALLENGE);

      const email = `board-auditor-${randomUUID().slice(0, 8)}@example.test`;
      await request(api.server).post('/api/v1/users').set(admin).send({ email, password: TEST_PASSWORD, role: 'auditor' }).expect(201);
      const auditor = await request(api.server).get(BULL_BOARD_PATH).set(basic(email, TEST_PASSWORD)).expect(401);
      expect(auditor.headers['www-authenticate']).toBe(CHALLENGE);
    });

    it('serves the dashboard to an admin, with its own CSP on its path only', async () => {
      const page = await request(api.server).get(BULL_BOARD_PATH).set(adminBasic).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<div id="root">');
      expect(page.text).toContain(`<base href="${BULL_BOARD_PATH}/"`);
      expect(page.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
      expect(page.headers['content-security-policy']).toContain("script-src 'self';");
      expect(page.headers['x-powered-by']).toBeUndefined();
      expect(page.headers['x-content-type-options']).toBe('nosniff');

      const apiCsp = (await request(api.server).get('/health')).headers['content-security-policy'];
      expect(apiCsp).toContain("script-src-attr 'none'");
      expect(apiCsp).not.toEqual(page.headers['content-security-policy']);
    });

    it('lists every queue through its own API', async () => {
      const response = await request(api.server).get(`${BULL_BOARD_PATH}/api/queues`).set(adminBasic).expect(200);
      const names = (response.body.queues as { name: string }[]).map((queue) => queue.name);
      expect(names.sort()).toEqual(Object.values(QueueName).sort());
    });

    it('does not log in again (argon2, audit entry) on every poll of the dashboard', async () => {
      // An admin of its own, so logins by other tests sharing the database do not count.
      const email = `board-admin-${randomUUID().slice(0, 8)}@example.test`;
      const created = await request(api.server).post('/api/v1/users').set(admin).send({ email, password: TEST_PASSWORD, role: 'admin' }).expect(201);
      const logins = async () => Number((await api.app.get(DataSource).query(`SELECT count(*) AS n FROM audit_log WHERE action = 'auth.login_succeeded' AND actor_id = $1`, [created.body.id]))[0].n);
      for (let poll = 0; poll < 4; poll += 1) await request(api.server).get(`${BULL_BOARD_PATH}/api/queues`).set(basic(email, TEST_PASSWORD)).expect(200);
      expect(await logins()).toBe(1);
    });

    it('writes an audit entry for every action taken on the dashboard', async () => {
      await request(api.server)
        .put(`${BULL_BOARD_PATH}/api/queues/notification/${second.id}/retry`)
        .set(adminBasic)
        .set(fromTheDashboard)
        .expect((response) => {
          expect(response.status).toBeLessThan(300);
        });
      const job = await api.app.get(QueueRegistry).get(QueueName.Notification).getJob(second.id);
      expect(await job?.getState()).toBe('waiting');
      const entries = await api.app
        .get(DataSource)
        .query(`SELECT entity_id, payload FROM audit_log WHERE action = 'job.board_action' AND payload->>'path' = $1`, [`${BULL_BOARD_PATH}/api/queues/notification/${second.id}/retry`]);
      expect(entries).toEqual([{ entity_id: 'notification', payload: expect.objectContaining({ method: 'PUT' }) }]);
    });

    it('takes a dashboard action only from the dashboard’s own origin: a cross-site or origin-less request changes nothing', async () => {
      // A queue with nothing waiting, so the throwaway worker takes this very job.
      const failed = await failedJob(QueueName.Reaudit, 'reaudit.remind', 'reaudit crashed');
      const retryPath = `${BULL_BOARD_PATH}/api/queues/${QueueName.Reaudit}/${failed.id}/retry`;
      const crossSite = await request(api.server).put(retryPath).set(adminBasic).set('Host', 'tiergate.test').set('Origin', 'https://attacker.example').expect(403);
      expect(crossSite.body).toEqual({ statusCode: 403, error: 'Forbidden', message: expect.stringContaining('https://attacker.example') });
      await request(api.server).put(retryPath).set(adminBasic).set('Host', 'tiergate.test').set('Origin', 'null').expect(403);
      // A simple form POST: no preflight, credentials resent by the browser, Origin of the other site.
      await request(api.server).post(`${BULL_BOARD_PATH}/api/queues/${QueueName.Reaudit}/add`).set(adminBasic).set('Origin', 'https://attacker.example').type('form').send('x=1').expect(403);
      await request(api.server).put(retryPath).set(adminBasic).expect(403);
      const job = await api.app.get(QueueRegistry).get(QueueName.Reaudit).getJob(failed.id);
      expect(await job?.getState()).toBe('failed');
      const entries = await api.app.get(DataSource).query(`SELECT 1 FROM audit_log WHERE action = 'job.board_action' AND payload->>'path' = $1`, [retryPath]);
      expect(entries).toEqual([]);

      await request(api.server)
        .put(retryPath)
        .set(adminBasic)
        .set(fromTheDashboard)
        .expect((response) => expect(response.status).toBeLessThan(300));
      expect(await job?.getState()).toBe('waiting');
    });

    it('is held to the login throttle', async () => {
      const email = `board-throttle-${randomUUID().slice(0, 8)}@example.test`;
      await request(api.server).post('/api/v1/users').set(admin).send({ email, password: TEST_PASSWORD, role: 'auditor' }).expect(201);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await request(api.server)
          .get(BULL_BOARD_PATH)
          .set(basic(email, `wrong-${attempt}`))
          .expect(401);
      }
      const refused = await request(api.server).get(BULL_BOARD_PATH).set(basic(email, TEST_PASSWORD)).expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });
  });
});
