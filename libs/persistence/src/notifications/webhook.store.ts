import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { paginate, type Page, type PageRequest } from '../pagination';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEntity } from './webhook.entity';

/**
 * Webhooks and their deliveries: an operator's endpoints and their log for the api, the fan-out
 * of a notification and the sweep of lost deliveries for the worker.
 */
@Injectable()
export class WebhookStore {
  /** Serialises webhook creations per organisation until the transaction ends, so two at once cannot both pass the count. */
  async lockCreationsOf(manager: EntityManager, organizationId: string): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('tiergate.webhooks'), hashtext($1))", [organizationId]);
  }

  /** A page of the organisation's webhooks. */
  async pageOf(manager: EntityManager, organizationId: string | null, page: PageRequest): Promise<Page<WebhookEntity>> {
    return paginate(manager.getRepository(WebhookEntity).createQueryBuilder('webhook').where('webhook.organization_id = :organizationId', { organizationId }), page);
  }

  /** A page of one webhook's deliveries (the caller has found the webhook within its organisation). */
  async deliveriesPage(manager: EntityManager, webhookId: string, page: PageRequest): Promise<Page<WebhookDeliveryEntity>> {
    return paginate(manager.getRepository(WebhookDeliveryEntity).createQueryBuilder('delivery').where('delivery.webhook_id = :webhookId', { webhookId }), page);
  }

  /** One pending delivery of the notification per webhook of its organisation; a replay adds none (one per webhook and notification). */
  async addDeliveries(manager: EntityManager, notificationId: string, organizationId: string): Promise<void> {
    await manager.query(
      `INSERT INTO webhook_deliveries (webhook_id, notification_id)
       SELECT id, $1 FROM webhooks WHERE organization_id = $2
       ON CONFLICT (webhook_id, notification_id) DO NOTHING`,
      [notificationId, organizationId],
    );
  }

  /** Deliveries still pending without progress since `updatedBefore`, oldest first (the worker's sweep; no caller scope). */
  async stalePendingDeliveryIds(manager: EntityManager, updatedBefore: Date, limit: number): Promise<string[]> {
    const pending = (await manager.query(`SELECT id FROM webhook_deliveries WHERE status = 'pending' AND updated_at < $1 ORDER BY updated_at LIMIT ${limit}`, [updatedBefore])) as { id: string }[];
    return pending.map(({ id }) => id);
  }
}
