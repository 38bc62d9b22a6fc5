import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { NotificationWriter } from '@tiergate/persistence';
import { DisposableRedis, testConfig, waitFor } from '@tiergate/testing';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { TestActors } from './setup/actors';
import { startTestApi, type TestApi } from './setup/test-api';

interface ReceivedMail {
  to: string[];
  data: string;
}

/** A local SMTP server (the mail relay is outside the system) receiving what the worker sends. */
function startSmtp(received: ReceivedMail[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), data: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('notification email', () => {
  const received: ReceivedMail[] = [];
  let smtp: SMTPServer;
  let redis: DisposableRedis;
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    smtp = await startSmtp(received);
    redis = await DisposableRedis.start();
    api = await startTestApi({ REDIS_URL: redis.url });
    await api.app.get(DataSource).query('UPDATE outbox SET sent_at = now() WHERE sent_at IS NULL');
    const port = (smtp.server.address() as AddressInfo).port;
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig({ REDIS_URL: redis.url, OUTBOX_RELAY_INTERVAL_MS: '50', SMTP_URL: `smtp://127.0.0.1:${port}` })), {
      logger: false,
    });
    await worker.init();
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await redis?.stop();
    await new Promise((resolve) => smtp.close(() => resolve(undefined)));
  });

  it('emails an organisation notification to its active operators, once', async () => {
    const actors = new TestActors(api);
    const organizationId = await actors.organization();
    await actors.operatorOf(organizationId);
    await actors.operatorOf(organizationId);
    const notificationId = await api.app
      .get(DataSource)
      .transaction((manager) =>
        api.app.get(NotificationWriter).notify(manager, { organizationId, kind: 'attestation.expiring', title: 'Attestation v1 expires soon', data: { attestationId: 'a-1' } }),
      );
    const mail = await waitFor('the email', () => received.find((message) => message.data.includes(notificationId)));
    expect(mail.to).toHaveLength(2);
    expect(mail.data).toContain('Subject: [Tiergate] Attestation v1 expires soon');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received.filter((message) => message.data.includes(notificationId))).toHaveLength(1);
  });
});
