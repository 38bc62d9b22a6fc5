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

/**
 * Jobs the worker schedules for itself (delayed, repeatable or fanned out), not relayed from the
 * outbox. PostgreSQL stays the truth: the sweeper rebuilds any of these that Redis lost.
 */
export interface ScheduledJobPayloads {
  'reaudit.remind': { attestationId: string };
  'reaudit.expire': { attestationId: string };
  'maintenance.sweep': Record<string, never>;
  'reevaluation.batch': { policyVersionId: string; datacenterIds: string[] };
  'webhook.deliver': { deliveryId: string };
  'notification.email': { notificationId: string };
}

export type ScheduledJobName = keyof ScheduledJobPayloads;
export type JobName = OutboxEventType | ScheduledJobName;
export type JobPayloads = OutboxEventPayloads & ScheduledJobPayloads;

export const SCHEDULED_JOB_QUEUE: Record<ScheduledJobName, QueueName> = {
  'reaudit.remind': QueueName.Reaudit,
  'reaudit.expire': QueueName.Reaudit,
  'maintenance.sweep': QueueName.Maintenance,
  'reevaluation.batch': QueueName.Reevaluation,
  'webhook.deliver': QueueName.Notification,
  'notification.email': QueueName.Notification,
};

/** The queue of every job name, relayed or scheduled. */
export const JOB_QUEUE: Record<JobName, QueueName> = { ...EVENT_QUEUE, ...SCHEDULED_JOB_QUEUE };
