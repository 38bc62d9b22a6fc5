import { QueueName } from './queues';

/**
 * Domain events written to the outbox, with the payload each carries and the queue that handles it.
 * The event type doubles as the BullMQ job name.
 */
export interface OutboxEventPayloads {
  'attestation.submitted': { attestationId: string };
  'policy.activated': { policyVersionId: string };
  'reaudit.scheduled': { attestationId: string; remindAt: string; expireAt: string };
  'notification.requested': { notificationId: string };
}

export type OutboxEventType = keyof OutboxEventPayloads;

export const EVENT_QUEUE: Record<OutboxEventType, QueueName> = {
  'attestation.submitted': QueueName.Verification,
  'policy.activated': QueueName.Reevaluation,
  'reaudit.scheduled': QueueName.Reaudit,
  'notification.requested': QueueName.Notification,
};

export function isOutboxEventType(value: string): value is OutboxEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_QUEUE, value);
}
