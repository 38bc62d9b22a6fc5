import { Injectable } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import { addJobs, jobToAdd, QueueRegistry } from '@tiergate/jobs';
import { NotificationEntity, WebhookDeliveryEntity, WebhookStore } from '@tiergate/persistence';

/** About four minutes of retries (2 s, 4 s, … 128 s) before a delivery is marked failed. */
export const WEBHOOK_DELIVERY_JOB_OPTIONS: JobsOptions = { attempts: 8, backoff: { type: 'exponential', delay: 2_000 } };

/** Deterministic, so a replayed fan-out adds no second job for the same delivery. */
export function webhookDeliveryJobId(deliveryId: string): string {
  return `webhook-${deliveryId}`;
}

/**
 * Turns a notification into one delivery per webhook of its organisation. Safe to run any number of
 * times: a delivery exists once per (webhook, notification), and its job id is fixed.
 */
@Injectable()
export class NotificationFanout {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly webhooks: WebhookStore,
  ) {}

  /** The ids of the deliveries (still pending) that were queued. */
  async fanOut(notificationId: string): Promise<string[]> {
    const notification = await this.dataSource.getRepository(NotificationEntity).findOneBy({ id: notificationId });
    // Addressed to one person: it stays in that person's inbox, not on the organisation's endpoints.
    if (!notification?.organizationId) return [];
    await this.webhooks.addDeliveries(this.dataSource.manager, notification.id, notification.organizationId);
    const pending = await this.dataSource.getRepository(WebhookDeliveryEntity).find({ select: { id: true }, where: { notificationId: notification.id, status: 'pending' } });
    if (pending.length === 0) return [];
    await addJobs(
      this.queues,
      pending.map(({ id }) => jobToAdd('webhook.deliver', { deliveryId: id }, { ...WEBHOOK_DELIVERY_JOB_OPTIONS, jobId: webhookDeliveryJobId(id) })),
    );
    return pending.map(({ id }) => id);
  }
}
