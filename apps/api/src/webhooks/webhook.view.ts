import type { WebhookDeliveryEntity, WebhookEntity } from '@tiergate/persistence';

export interface WebhookView {
  id: string;
  organizationId: string;
  url: string;
  createdAt: string;
}

export function toWebhookView(row: WebhookEntity): WebhookView {
  return { id: row.id, organizationId: row.organizationId, url: row.url, createdAt: row.createdAt.toISOString() };
}

export interface WebhookDeliveryView {
  id: string;
  webhookId: string;
  notificationId: string;
  status: WebhookDeliveryEntity['status'];
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toWebhookDeliveryView(row: WebhookDeliveryEntity): WebhookDeliveryView {
  return {
    id: row.id,
    webhookId: row.webhookId,
    notificationId: row.notificationId,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
