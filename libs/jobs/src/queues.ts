/**
 * Every BullMQ queue Tiergate uses. The api only produces (through the outbox); the worker consumes.
 * Redis holds work in flight only: anything lost there is rebuilt from PostgreSQL.
 */
export const QueueName = {
  Verification: 'verification',
  Reevaluation: 'reevaluation',
  Reaudit: 'reaudit',
  Notification: 'notification',
  /** The repeatable sweeper that reconciles due dates and stuck work from PostgreSQL. */
  Maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
