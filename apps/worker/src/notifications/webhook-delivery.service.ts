import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@tiergate/config';
import { NotificationEntity, WebhookDeliveryEntity, WebhookEntity } from '@tiergate/persistence';
import { webhookRequest } from './webhook-request';
import { WebhookSender } from './webhook-sender';

export type DeliveryOutcome = 'delivered' | 'skipped';

/**
 * Sends one webhook delivery and records the attempt in its log. A receiver that does not take it
 * makes `deliver` throw, so BullMQ retries with backoff; the last attempt marks the delivery failed.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: WebhookSender,
    private readonly clock: Clock,
  ) {}

  async deliver(deliveryId: string, finalAttempt: boolean): Promise<DeliveryOutcome> {
    const deliveries = this.dataSource.getRepository(WebhookDeliveryEntity);
    const delivery = await deliveries.findOneBy({ id: deliveryId });
    // A replayed job after success, or a webhook deleted with its log since the job was queued.
    if (!delivery || delivery.status === 'delivered') return 'skipped';
    const [webhook, notification] = await Promise.all([
      this.dataSource.getRepository(WebhookEntity).findOneBy({ id: delivery.webhookId }),
      this.dataSource.getRepository(NotificationEntity).findOneBy({ id: delivery.notificationId }),
    ]);
    if (!webhook || !notification) return 'skipped';

    // Wall-clock time, not the injectable Clock: receivers check the timestamp against their own clocks.
    const response = await this.sender.send(webhook.url, webhookRequest(delivery.id, notification, webhook.secret, new Date()));
    const attempts = () => 'attempts + 1';
    if (response.ok) {
      await deliveries.update({ id: delivery.id }, { status: 'delivered', attempts, lastStatusCode: response.statusCode, lastError: null, deliveredAt: this.clock.now() });
      return 'delivered';
    }
    await deliveries.update({ id: delivery.id }, { status: finalAttempt ? 'failed' : 'pending', attempts, lastStatusCode: response.statusCode, lastError: response.error });
    // The log row holds the generic reason; the worker's own log keeps the cause.
    const reason = response.cause ? `${response.error} (${response.cause})` : response.error;
    if (finalAttempt) this.logger.warn(`webhook delivery ${delivery.id} to webhook ${webhook.id} failed for good: ${reason}`);
    throw new Error(`webhook delivery ${delivery.id} not accepted: ${response.error}`);
  }
}
