import type { JobsOptions } from 'bullmq';

/** The BullMQ job id of an outbox row: deterministic, so a resend of the same row is ignored by BullMQ. */
export function outboxJobId(outboxId: string): string {
  return `outbox-${outboxId}`;
}

/**
 * Completed jobs are kept for a day (bounded in count) rather than removed at once: BullMQ only
 * deduplicates a job id while the job still exists, and a relay that died between "sent" and
 * "marked" resends the row.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: false,
};
