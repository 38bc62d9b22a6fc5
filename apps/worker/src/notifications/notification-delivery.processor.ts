import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobPayloads } from '@tiergate/jobs';
import { OnJob } from '../jobs/on-job.decorator';
import { NotificationFanout } from './notification-fanout.service';
import { NotificationMailer } from './notification-mailer.service';
import { WebhookDeliveryService, type DeliveryOutcome } from './webhook-delivery.service';

/** The jobs of the notification queue: fan a notification out to webhooks and email, then send each. */
@Injectable()
export class NotificationDeliveryProcessor {
  constructor(
    private readonly fanout: NotificationFanout,
    private readonly webhooks: WebhookDeliveryService,
    private readonly mailer: NotificationMailer,
  ) {}

  @OnJob('notification.requested')
  async fanOut(job: Job<JobPayloads['notification.requested']>): Promise<string[]> {
    await this.mailer.schedule(job.data.notificationId);
    return this.fanout.fanOut(job.data.notificationId);
  }

  @OnJob('notification.email')
  email(job: Job<JobPayloads['notification.email']>): Promise<number> {
    return this.mailer.send(job.data.notificationId);
  }

  @OnJob('webhook.deliver')
  deliver(job: Job<JobPayloads['webhook.deliver']>): Promise<DeliveryOutcome> {
    // attemptsMade counts the attempts that already failed; this one is the last when no retry is left.
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.webhooks.deliver(job.data.deliveryId, finalAttempt);
  }
}
