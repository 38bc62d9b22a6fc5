import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Job } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { verifyStandardWebhook } from '@tiergate/domain';
import { QueueName, QueueRegistry, type JobPayloads } from '@tiergate/jobs';
import { NotificationWriter, type NotificationRequest } from '@tiergate/persistence';
import { DisposableRedis, testConfig, waitFor } from '@tiergate/testing';
import { NotificationsModule } from '../apps/api/src/notifications/notifications.module';
import { WebhooksModule } from '../apps/api/src/webhooks/webhooks.module';
import { NotificationDeliveryModule } from '../apps/worker/src/notifications/notification-delivery.module';
import { NotificationDeliveryProcessor } from '../apps/worker/src/notifications/notification-delivery.processor';
import { webhookDeliveryJobId } from '../apps/worker/src/notifications/notification-fanout.service';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { TestActors, type Headers } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';
import { WebhookReceiver } from './setup/webhook-receiver';

/**
 * The api and the worker's job handling run in this process (the worker against a throwaway Redis,
 * so its queues hold only this test's jobs), with a local HTTP server as the webhook receiver.
 */
describe('notifications and webhooks', () => {
  let redis: DisposableRedis;
  let api: TestApi;
  let worker: INestApplicationContext;
  let actors: TestActors;
  const receiver = new WebhookReceiver();

  const db = () => api.app.get(DataSource);
  const notify = (notification: NotificationRequest) => db().transaction((manager) => api.app.get(NotificationWriter).notify(manager, notification));
  const createWebhook = async (operator: Headers, path: string) =>
    (
      await request(api.server)
        .post('/api/v1/webhooks')
        .set(operator)
        .send({ url: receiver.url(path) })
        .expect(201)
    ).body as { id: string; url: string; secret: string };
  const deliveriesOf = async (operator: Headers, webhookId: string) =>
    (await request(api.server).get(`/api/v1/webhooks/${webhookId}/deliveries`).set(operator).expect(200)).body.items as Record<string, unknown>[];
  /** A new organisation and one of its operators. */
  const tenant = async () => {
    const organizationId = await actors.organization();
    return { organizationId, operator: await actors.operatorOf(organizationId) };
  };

  beforeAll(async () => {
    redis = await DisposableRedis.start();
    await receiver.start();
    api = await startTestApi({ REDIS_URL: redis.url }, [NotificationsModule, WebhooksModule]);
    actors = new TestActors(api);
    // Rows left by earlier test files are theirs: this worker must not relay them.
    await db().query('UPDATE outbox SET sent_at = now() WHERE sent_at IS NULL');
    const workerConfig = testConfig({ REDIS_URL: redis.url, OUTBOX_RELAY_INTERVAL_MS: '50' });
    @Module({ imports: [WorkerModule.forRoot(workerConfig), NotificationDeliveryModule] })
    class TestWorkerModule {}
    worker = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
    await worker.init();
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await receiver.stop();
    await redis?.stop();
  });

  it('posts a notification to the organisation’s webhook, signed with the secret shown once', async () => {
    const { organizationId, operator } = await tenant();
    const webhook = await createWebhook(operator, '/signed');
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = (await request(api.server).get('/api/v1/webhooks').set(operator).expect(200)).body;
    expect(listed).toEqual({ items: [{ id: webhook.id, organizationId, url: receiver.url('/signed'), createdAt: expect.any(String) }], nextCursor: null });

    const notificationId = await notify({ organizationId, kind: 'attestation.rejected', title: 'Attestation v1 was rejected', data: { attestationId: 'a-1', id: 'not-the-id' } });

    const [message] = await waitFor('the webhook to receive the notification', () => receiver.at('/signed').length > 0 && receiver.at('/signed'));
    expect(verifyStandardWebhook(webhook.secret, message.headers, message.body)).toBe(true);
    expect(Math.abs(Number(message.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    expect(message.headers['content-type']).toBe('application/json');
    expect(JSON.parse(message.body)).toEqual({
      type: 'attestation.rejected',
      timestamp: expect.any(String),
      data: { id: notificationId, title: 'Attestation v1 was rejected', attestationId: 'a-1' },
    });

    const deliveries = await waitFor('the delivery to be recorded', async () => {
      const items = await deliveriesOf(operator, webhook.id);
      return items[0]?.status === 'delivered' && items;
    });
    expect(deliveries).toEqual([
      expect.objectContaining({ id: message.headers['webhook-id'], webhookId: webhook.id, notificationId, status: 'delivered', attempts: 1, lastStatusCode: 200, lastError: null }),
    ]);
  });

  it('retries a receiver that fails twice, with the same message id, until it is delivered', async () => {
    const { organizationId, operator } = await tenant();
    receiver.answer('/flaky', [500, 500]);
    const webhook = await createWebhook(operator, '/flaky');

    await notify({ organizationId, kind: 'datacenter.suspended', title: 'Frankfurt-1 is suspended' });

    const [delivery] = await waitFor(
      'the third attempt to succeed',
      async () => {
        const items = await deliveriesOf(operator, webhook.id);
        return items[0]?.status === 'delivered' && items;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200, lastError: null, deliveredAt: expect.any(String) });
    const attempts = receiver.at('/flaky');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((message) => message.headers['webhook-id']))).toEqual(new Set([delivery.id]));
    for (const message of attempts) expect(verifyStandardWebhook(webhook.secret, message.headers, message.body)).toBe(true);
  });

  it('records each failed attempt and marks the delivery failed when the last one fails', async () => {
    const { organizationId, operator } = await tenant();
    receiver.answer('/down', [503, 503, 503]);
    const webhook = await createWebhook(operator, '/down');
    const notificationId = await notify({ organizationId, kind: 'attestation.expiring', title: 'Renew soon' });
    const [first] = await waitFor('the first attempt to be recorded', async () => {
      const items = await deliveriesOf(operator, webhook.id);
      return items[0]?.attempts === 1 && items;
    });
    expect(first).toMatchObject({ notificationId, status: 'pending', attempts: 1, lastStatusCode: 503, lastError: 'HTTP 503' });

    // Take the queued retry away, then run the handler as BullMQ runs the last attempt.
    const retry = await worker
      .get(QueueRegistry)
      .get(QueueName.Notification)
      .getJob(webhookDeliveryJobId(first.id as string));
    await waitFor('the retry to wait out its backoff', async () => (await retry?.getState()) === 'delayed');
    await retry?.remove();
    const lastAttempt = { data: { deliveryId: first.id }, attemptsMade: 7, opts: { attempts: 8 } } as unknown as Job<JobPayloads['webhook.deliver']>;
    await expect(worker.get(NotificationDeliveryProcessor).deliver(lastAttempt)).rejects.toThrow(/HTTP 503/);
    expect((await deliveriesOf(operator, webhook.id))[0]).toMatchObject({ status: 'failed', attempts: 2, lastStatusCode: 503 });
  });

  it('fans a notification out once, however often its job is replayed, and skips what was delivered', async () => {
    const { organizationId, operator } = await tenant();
    const webhook = await createWebhook(operator, '/replayed');
    const notificationId = await notify({ organizationId, kind: 'attestation.approved', title: 'Approved' });
    await waitFor('delivery', async () => (await deliveriesOf(operator, webhook.id))[0]?.status === 'delivered');

    const processor = worker.get(NotificationDeliveryProcessor);
    expect(await processor.fanOut({ data: { notificationId } } as unknown as Job<JobPayloads['notification.requested']>)).toEqual([]);
    const [delivery] = await deliveriesOf(operator, webhook.id);
    expect(await processor.deliver({ data: { deliveryId: delivery.id as string }, attemptsMade: 0, opts: { attempts: 8 } } as unknown as Job<JobPayloads['webhook.deliver']>)).toBe('skipped');
    expect(receiver.at('/replayed')).toHaveLength(1);
    expect(await deliveriesOf(operator, webhook.id)).toHaveLength(1);
  });

  it('shows a notification to its organisation’s operators only, and marks it read', async () => {
    const own = await tenant();
    const other = await tenant();
    const auditor = await actors.user('auditor');
    const id = await notify({ organizationId: own.organizationId, kind: 'attestation.rejected', title: 'Rejected' });
    const personal = await notify({ userId: auditor.id, kind: 'review.assigned', title: 'A review for you' });

    const inbox = (await request(api.server).get('/api/v1/notifications').set(own.operator).expect(200)).body;
    expect(inbox).toEqual({
      items: [{ id, kind: 'attestation.rejected', title: 'Rejected', data: {}, organizationId: own.organizationId, userId: null, readAt: null, createdAt: expect.any(String) }],
      nextCursor: null,
    });
    expect((await request(api.server).get('/api/v1/notifications').set(other.operator).expect(200)).body.items).toEqual([]);
    expect((await request(api.server).get('/api/v1/notifications').set(auditor.headers).expect(200)).body.items.map((n: { id: string }) => n.id)).toEqual([personal]);

    await request(api.server).post(`/api/v1/notifications/${id}/read`).set(other.operator).expect(404);
    await request(api.server).post(`/api/v1/notifications/${id}/read`).set(auditor.headers).expect(404);
    const read = (await request(api.server).post(`/api/v1/notifications/${id}/read`).set(own.operator).expect(200)).body;
    expect(read.readAt).toEqual(expect.any(String));
    const again = (await request(api.server).post(`/api/v1/notifications/${id}/read`).set(own.operator).expect(200)).body;
    expect(again.readAt).toBe(read.readAt);

    expect((await request(api.server).get('/api/v1/notifications?unread=true').set(own.operator).expect(200)).body.items).toEqual([]);
    expect((await request(api.server).get('/api/v1/notifications?unread=false').set(own.operator).expect(200)).body.items).toHaveLength(1);
    await request(api.server).get('/api/v1/notifications?unread=yes').set(own.operator).expect(400);
  });

  it('pages the inbox with the cursor', async () => {
    const { organizationId, operator } = await tenant();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push(await notify({ organizationId, kind: 'test.page', title: `n${i}` }));
    const first = (await request(api.server).get('/api/v1/notifications?limit=2').set(operator).expect(200)).body;
    const second = (
      await request(api.server)
        .get(`/api/v1/notifications?limit=2&cursor=${first.nextCursor as string}`)
        .set(operator)
        .expect(200)
    ).body;
    expect([...first.items, ...second.items].map((n: { id: string }) => n.id)).toEqual(ids);
    expect(second.nextCursor).toBeNull();
  });

  it('keeps webhooks to their organisation: another one’s delete and delivery log answer 404', async () => {
    const own = await tenant();
    const other = await tenant();
    const webhook = await createWebhook(own.operator, '/private');

    await request(api.server).delete(`/api/v1/webhooks/${webhook.id}`).set(other.operator).expect(404);
    await request(api.server).get(`/api/v1/webhooks/${webhook.id}/deliveries`).set(other.operator).expect(404);
    expect((await request(api.server).get('/api/v1/webhooks').set(other.operator).expect(200)).body.items).toEqual([]);

    await request(api.server).delete(`/api/v1/webhooks/${webhook.id}`).set(own.operator).expect(204);
    await request(api.server).delete(`/api/v1/webhooks/${webhook.id}`).set(own.operator).expect(404);
    expect((await request(api.server).get('/api/v1/webhooks').set(own.operator).expect(200)).body.items).toEqual([]);
    const actions = (await db().query(`SELECT action FROM audit_log WHERE entity_type = 'webhook' AND entity_id = $1 ORDER BY seq`, [webhook.id])) as { action: string }[];
    expect(actions.map((row) => row.action)).toEqual(['webhook.created', 'webhook.deleted']);
  });

  it('refuses URLs that are not http(s), and a 21st webhook', async () => {
    const { operator } = await tenant();
    const refused = await request(api.server).post('/api/v1/webhooks').set(operator).send({ url: 'ftp://hooks.example.com/x' }).expect(400);
    expect(refused.body.details).toEqual([{ field: 'url', problems: [expect.stringMatching(/https/)] }]);
    await request(api.server).post('/api/v1/webhooks').set(operator).send({ url: 'not a url' }).expect(400);

    for (let i = 0; i < 20; i += 1) await createWebhook(operator, `/many/${i}`);
    const tooMany = await request(api.server)
      .post('/api/v1/webhooks')
      .set(operator)
      .send({ url: receiver.url('/many/20') })
      .expect(409);
    expect(tooMany.body.message).toMatch(/at most 20/);
  });

  it('lets only operators manage webhooks', async () => {
    const auditor = await actors.user('auditor');
    await request(api.server)
      .post('/api/v1/webhooks')
      .set(auditor.headers)
      .send({ url: receiver.url('/x') })
      .expect(403);
    await request(api.server)
      .get('/api/v1/webhooks')
      .set(await actors.admin())
      .expect(403);
  });
});
