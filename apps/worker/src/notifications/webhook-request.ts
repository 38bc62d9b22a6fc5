import { standardWebhookHeaders } from '@tiergate/domain';
import type { NotificationEntity } from '@tiergate/persistence';

export interface SignedWebhookRequest {
  body: string;
  headers: Record<string, string>;
}

/**
 * The Standard Webhooks message for one delivery: `{type, timestamp, data}` signed with the
 * webhook's secret. The delivery id is the message id, the same on every retry, so a receiver can
 * drop a message it already took.
 */
export function webhookRequest(deliveryId: string, notification: Pick<NotificationEntity, 'id' | 'kind' | 'title' | 'data'>, secret: string, now: Date): SignedWebhookRequest {
  // The notification's own id and title win over same-named keys in its data.
  const { id: _id, title: _title, ...data } = notification.data;
  const body = JSON.stringify({ type: notification.kind, timestamp: now.toISOString(), data: { id: notification.id, title: notification.title, ...data } });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Tiergate-Webhooks/1',
      ...standardWebhookHeaders(secret, deliveryId, Math.floor(now.getTime() / 1000), body),
    },
  };
}
