import { spawn } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { outboxJobId, QueueName, QueueRegistry } from '@tiergate/jobs';
import { OutboxWriter } from '@tiergate/persistence';
import { DisposableRedis, openTestDataSource, testConfig, waitFor } from '@tiergate/testing';
import { OutboxRelay } from '../apps/worker/src/outbox/outbox-relay.service';
import { OutboxStore } from '../apps/worker/src/outbox/outbox.store';

/**
 * Each test gets its own throwaway Redis, so job counts are exact; PostgreSQL is the shared test
 * database, so each test first drains rows left by earlier ones.
 */
describe('transactional outbox', () => {
  let dataSource: DataSource;
  let redis: DisposableRedis;
  let queues: QueueRegistry;
  const writer = new OutboxWriter();

  const pendingCount = async () => Number((await dataSource.query('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL'))[0].n);

  const appendSubmitted = (attestationId: string) => dataSource.transaction((manager) => writer.append(manager, 'attestation.submitted', { attestationId }));

  const verificationJobs = () => queues.get(QueueName.Verification).getJobCounts('waiting', 'delayed', 'active');

  beforeAll(async () => {
    dataSource = await openTestDataSource();
  });
  afterAll(() => dataSource.destroy());

  beforeEach(async () => {
    await dataSource.query('UPDATE outbox SET sent_at = now() WHERE sent_at IS NULL');
    redis = await DisposableRedis.start();
    queues = new QueueRegistry(testConfig({ REDIS_URL: redis.url }));
    await Promise.all(queues.all().map((queue) => queue.waitUntilReady()));
  });
  afterEach(async () => {
    await queues.close();
    await redis.stop();
  });

  it('refuses to write outside a transaction', async () => {
    await expect(writer.append(dataSource.manager, 'attestation.submitted', { attestationId: 'x' })).rejects.toThrow(/inside a transaction/);
  });

  it('never turns a row written in a rolled-back transaction into a job', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await writer.append(manager, 'attestation.submitted', { attestationId: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const committedId = await appendSubmitted('committed');

    const { sent } = await new OutboxRelay(dataSource, queues, new OutboxStore()).relayBatch(100);

    expect(sent).toEqual([committedId]);
    expect(await verificationJobs()).toMatchObject({ waiting: 1 });
    const job = await queues.get(QueueName.Verification).getJob(outboxJobId(committedId));
    expect(job?.data).toEqual({ attestationId: 'committed', outboxId: committedId });
  });

  it('keeps rows while Redis is down and delivers them exactly once when it returns', async () => {
    const relay = new OutboxRelay(dataSource, queues, new OutboxStore());
    await redis.stop();
    const ids = [await appendSubmitted('a'), await appendSubmitted('b'), await appendSubmitted('c')];

    await expect(relay.relayBatch(100)).rejects.toThrow();
    await expect(relay.relayBatch(100)).rejects.toThrow();
    expect(await pendingCount()).toBe(3);

    await redis.start();
    const delivered = await waitFor('relay to succeed after Redis returns', async () => {
      try {
        return (await relay.relayBatch(100)).sent;
      } catch {
        return undefined;
      }
    });
    expect(delivered).toEqual(ids);
    expect((await relay.relayBatch(100)).sent).toEqual([]);
    expect(await pendingCount()).toBe(0);
    expect(await verificationJobs()).toMatchObject({ waiting: 3 });
  });

  it('sends each row once when two relays run at the same time', async () => {
    const rows = 600;
    await dataSource.transaction(async (manager) => {
      for (let i = 0; i < rows; i += 1) await writer.append(manager, 'attestation.submitted', { attestationId: `p-${i}` });
    });
    // A second pool, as a second worker replica would have.
    const otherDataSource = await openTestDataSource();
    const otherQueues = new QueueRegistry(testConfig({ REDIS_URL: redis.url }));
    try {
      const drain = async (relay: OutboxRelay) => {
        const sentByThisRelay: string[] = [];
        for (;;) {
          const { sent } = await relay.relayBatch(25);
          if (sent.length === 0) return sentByThisRelay;
          sentByThisRelay.push(...sent);
        }
      };
      const [first, second] = await Promise.all([drain(new OutboxRelay(dataSource, queues, new OutboxStore())), drain(new OutboxRelay(otherDataSource, otherQueues, new OutboxStore()))]);

      expect(first.length).toBeGreaterThan(0);
      expect(second.length).toBeGreaterThan(0);
      expect(first.filter((id) => second.includes(id))).toEqual([]);
      expect(first.length + second.length).toBe(rows);
      expect(await verificationJobs()).toMatchObject({ waiting: rows });
    } finally {
      await otherQueues.close();
      await otherDataSource.destroy();
    }
  });

  it('makes no second job when a relay died between sending and marking', async () => {
    const id = await appendSubmitted('resent');
    // What a relay that crashed after addBulk and before its UPDATE leaves behind: a job, an unmarked row.
    await queues.get(QueueName.Verification).add('attestation.submitted', { attestationId: 'resent', outboxId: id }, { jobId: outboxJobId(id) });

    const { sent } = await new OutboxRelay(dataSource, queues, new OutboxStore()).relayBatch(100);

    expect(sent).toEqual([id]);
    expect(await verificationJobs()).toMatchObject({ waiting: 1 });
  });

  it('is relayed by the real worker process', async () => {
    const id = await appendSubmitted('via-worker');
    const worker = spawn(process.execPath, ['--require', '@swc-node/register', 'apps/worker/src/main.ts'], {
      env: { ...process.env, REDIS_URL: redis.url, NODE_ENV: 'test', LOG_LEVEL: 'warn' },
      stdio: 'inherit',
    });
    try {
      // The job appears in Redis a moment before the relay's transaction marks the row sent: wait for both.
      await waitFor('worker to relay the row and mark it sent', async () => Boolean(await queues.get(QueueName.Verification).getJob(outboxJobId(id))) && (await pendingCount()) === 0, {
        timeoutMs: 30_000,
        intervalMs: 200,
      });
      // The same worker consumes it; an attestation that does not exist is skipped, not retried forever.
      const job = await queues.get(QueueName.Verification).getJob(outboxJobId(id));
      await waitFor('the verification job to complete', async () => (await job?.getState()) === 'completed', { timeoutMs: 30_000, intervalMs: 200 });
      expect(await job?.getState()).toBe('completed');
    } finally {
      const exited = new Promise((resolve) => worker.once('exit', (code, signal) => resolve({ code, signal })));
      worker.kill('SIGTERM');
      // Nest closes the app, then re-raises the signal so the exit status tells how it ended.
      expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
    }
  });
});
