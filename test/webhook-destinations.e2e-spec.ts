import { Test, type TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@tiergate/config';
import { NotificationWriter } from '@tiergate/persistence';
import { DisposableRedis, testConfig, waitFor } from '@tiergate/testing';
import { WEBHOOK_RESOLVER, type ResolvedAddress, type WebhookResolver } from '../apps/worker/src/notifications/webhook-resolver';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { TestActors, type Headers } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';
import { WebhookReceiver } from './setup/webhook-receiver';
import { WorkerProcess } from './setup/worker-process';

/**
 * Where a webhook may be delivered is decided when the worker connects, after DNS resolution, with
 * the policy the api applies at registration. Host names under .test resolve only through the
 * resolver injected here; every address they resolve to is a loopback form of the receiver on
 * 127.0.0.1, so nothing here leaves the machine.
 */
const RESOLVES: Record<string, ResolvedAddress[]> = {
  'loopback-v4.tiergate.test': [{ address: '127.0.0.1', family: 4 }],
  'loopback-mapped.tiergate.test': [{ address: '::ffff:127.0.0.1', family: 6 }],
  'loopback-nat64.tiergate.test': [{ address: '64:ff9b::7f00:1', family: 6 }],
  'receiver.tiergate.test': [{ address: '127.0.0.1', family: 4 }],
};
const injectedResolver: WebhookResolver = async (hostname) => {
  const addresses = RESOLVES[hostname];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return addresses;
};

interface Stack {
  redis: DisposableRedis;
  api: TestApi;
  actors: TestActors;
  stop(): Promise<void>;
}

/** The api, on a throwaway Redis whose queues hold only this stack's jobs. */
async function apiStack(overrides: Partial<Record<keyof AppConfig, string>>): Promise<Stack> {
  const redis = await DisposableRedis.start();
  const api = await startTestApi({ REDIS_URL: redis.url, ...overrides });
  // Rows left by earlier test files are theirs: this stack's worker must not relay them.
  await api.app.get(DataSource).query('UPDATE outbox SET sent_at = now() WHERE sent_at IS NULL');
  return {
    redis,
    api,
    actors: new TestActors(api),
    stop: async () => {
      await api.close();
      await redis.stop();
    },
  };
}

/** The worker's modules in this process, with the resolver injected at the connect-time check. */
async function inProcessWorker(stack: Stack, allowLoopback: boolean): Promise<TestingModule> {
  const config = testConfig({ REDIS_URL: stack.redis.url, OUTBOX_RELAY_INTERVAL_MS: '50', WEBHOOK_ALLOW_LOOPBACK: String(allowLoopback) });
  const worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
    .overrideProvider(WEBHOOK_RESOLVER)
    .useValue(injectedResolver)
    .setLogger(false as never)
    .compile();
  await worker.init();
  return worker;
}

function webhookClient(stack: Stack) {
  const server = () => stack.api.server;
  return {
    tenant: async () => {
      const organizationId = await stack.actors.organization();
      return { organizationId, operator: await stack.actors.operatorOf(organizationId) };
    },
    create: async (operator: Headers, url: string) => (await request(server()).post('/api/v1/webhooks').set(operator).send({ url }).expect(201)).body as { id: string },
    notify: (organizationId: string, title: string) =>
      stack.api.app.get(DataSource).transaction((manager) => stack.api.app.get(NotificationWriter).notify(manager, { organizationId, kind: 'attestation.approved', title })),
    firstAttempt: (operator: Headers, webhookId: string) =>
      waitFor(`the first attempt to webhook ${webhookId}`, async () => {
        const items = (await request(server()).get(`/api/v1/webhooks/${webhookId}/deliveries`).set(operator).expect(200)).body.items as Record<string, unknown>[];
        return (items[0]?.attempts as number) >= 1 && items[0];
      }),
  };
}

describe('webhooks cannot reach inside the platform: with the loopback allowance off', () => {
  let stack: Stack;
  let worker: TestingModule;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await receiver.start();
    stack = await apiStack({ WEBHOOK_ALLOW_LOOPBACK: 'false' });
    worker = await inProcessWorker(stack, false);
  });
  afterAll(async () => {
    await worker?.close();
    await stack?.stop();
    await receiver.stop();
  });

  it('refuses at registration a URL that names a loopback or internal address, in any environment', async () => {
    const { operator } = await webhookClient(stack).tenant();
    for (const url of [
      receiver.url('/literal'),
      `http://[::1]:${receiver.port}/`,
      `http://localhost:${receiver.port}/`,
      `http://2130706433:${receiver.port}/`,
      `http://0x7f.0.0.1:${receiver.port}/`,
      'http://169.254.169.254/latest',
    ]) {
      const refused = await request(stack.api.server).post('/api/v1/webhooks').set(operator).send({ url }).expect(400);
      expect(refused.body.details).toEqual([{ field: 'url', problems: ['must not point at a loopback, private or link-local address'] }]);
    }
  });

  it.each(Object.keys(RESOLVES).filter((name) => name.startsWith('loopback-')))('refuses a delivery to %s after DNS resolution, and logs only "connection failed"', async (hostname) => {
    const client = webhookClient(stack);
    const { organizationId, operator } = await client.tenant();
    const path = `/refused/${hostname}`;
    const webhook = await client.create(operator, `http://${hostname}:${receiver.port}${path}`);
    await client.notify(organizationId, `to ${hostname}`);

    const attempt = await client.firstAttempt(operator, webhook.id);
    expect(attempt).toMatchObject({ status: 'pending', lastStatusCode: null, lastError: 'connection failed' });
    expect(receiver.at(path)).toEqual([]);
  });

  it('logs an unresolvable host as "connection failed", not the resolver’s error', async () => {
    const client = webhookClient(stack);
    const { organizationId, operator } = await client.tenant();
    const webhook = await client.create(operator, 'http://nowhere.tiergate.test:9/hook');
    await client.notify(organizationId, 'to nowhere');
    expect(await client.firstAttempt(operator, webhook.id)).toMatchObject({ lastStatusCode: null, lastError: 'connection failed' });
  });
});

describe('webhooks cannot reach inside the platform: with the loopback allowance on', () => {
  let stack: Stack;
  let worker: TestingModule;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await receiver.start();
    stack = await apiStack({ WEBHOOK_ALLOW_LOOPBACK: 'true' });
    worker = await inProcessWorker(stack, true);
  });
  afterAll(async () => {
    await worker?.close();
    await stack?.stop();
    await receiver.stop();
  });

  it('delivers to a host name that resolves to the local receiver, connecting to the checked address', async () => {
    const client = webhookClient(stack);
    const { organizationId, operator } = await client.tenant();
    const webhook = await client.create(operator, `http://receiver.tiergate.test:${receiver.port}/resolved`);
    await client.notify(organizationId, 'resolved');
    expect(await client.firstAttempt(operator, webhook.id)).toMatchObject({ status: 'delivered', lastStatusCode: 200, lastError: null });
    expect(receiver.at('/resolved')).toHaveLength(1);
    expect(receiver.at('/resolved')[0].headers.host).toBe(`receiver.tiergate.test:${receiver.port}`);
  });

  it('does not follow a redirect, and logs the status alone', async () => {
    const client = webhookClient(stack);
    const { organizationId, operator } = await client.tenant();
    receiver.answer('/moved', [302]);
    const webhook = await client.create(operator, receiver.url('/moved'));
    await client.notify(organizationId, 'moved');
    expect(await client.firstAttempt(operator, webhook.id)).toMatchObject({ status: 'pending', lastStatusCode: 302, lastError: 'HTTP 302' });
    expect(receiver.at('/moved/redirected')).toEqual([]);
  });

  it('logs a receiver error as "HTTP <status>" without the receiver’s words', async () => {
    const client = webhookClient(stack);
    const { organizationId, operator } = await client.tenant();
    receiver.answer('/broken', [502]);
    const webhook = await client.create(operator, receiver.url('/broken'));
    await client.notify(organizationId, 'broken');
    expect(await client.firstAttempt(operator, webhook.id)).toMatchObject({ lastStatusCode: 502, lastError: 'HTTP 502' });
  });
});

describe('webhooks cannot reach inside the platform: the real worker process', () => {
  let stack: Stack;
  let worker: WorkerProcess | undefined;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await receiver.start();
    // The api takes the loopback URL; the worker, started without the allowance, must still refuse it.
    stack = await apiStack({ WEBHOOK_ALLOW_LOOPBACK: 'true' });
  });
  afterAll(async () => {
    await worker?.stop();
    await stack?.stop();
    await receiver.stop();
  });

  it('refuses at connect time an address the worker’s policy does not allow, and delivers once it does', async () => {
    const client = webhookClient(stack);
    const { organizationId, operator } = await client.tenant();
    const refusedHook = await client.create(operator, receiver.url('/process/refused'));
    worker = WorkerProcess.start(stack.api.config, { WEBHOOK_ALLOW_LOOPBACK: 'false' });
    await client.notify(organizationId, 'refused by the worker');
    const refused = await client.firstAttempt(operator, refusedHook.id).catch((error: unknown) => {
      throw new Error(`${String(error)}\nworker output:\n${worker?.log ?? ''}`);
    });
    expect(refused).toMatchObject({ status: 'pending', lastStatusCode: null, lastError: 'connection failed' });
    expect(receiver.at('/process/refused')).toEqual([]);
    await worker.stop();

    const other = await client.tenant();
    const deliveredHook = await client.create(other.operator, receiver.url('/process/delivered'));
    worker = WorkerProcess.start(stack.api.config, { WEBHOOK_ALLOW_LOOPBACK: 'true' });
    await client.notify(other.organizationId, 'delivered by the worker');
    expect(await client.firstAttempt(other.operator, deliveredHook.id)).toMatchObject({ status: 'delivered', lastStatusCode: 200, lastError: null });
    expect(receiver.at('/process/delivered')).toHaveLength(1);
  });
});
