import type { Job } from 'bullmq';
import type { QueueName } from '@tiergate/jobs';

export interface FailedJobView {
  queue: QueueName;
  id: string;
  name: string;
  data: unknown;
  failedReason: string;
  attemptsMade: number;
  /** The attempts the job was given; a retried job that fails again goes straight back to failed once this is spent. */
  maxAttempts: number;
  createdAt: string;
  processedAt: string | null;
  failedAt: string | null;
}

export interface RetriedJobView {
  queue: QueueName;
  id: string;
  name: string;
  /** Where the job went: normally `waiting`, or already `active` if a worker took it at once. */
  state: string;
}

function isoOrNull(epochMs: number | undefined): string | null {
  return epochMs ? new Date(epochMs).toISOString() : null;
}

export function toFailedJobView(queue: QueueName, job: Job): FailedJobView {
  return {
    queue,
    id: job.id ?? '',
    name: job.name,
    data: job.data as unknown,
    failedReason: job.failedReason ?? '',
    attemptsMade: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    createdAt: new Date(job.timestamp).toISOString(),
    processedAt: isoOrNull(job.processedOn),
    failedAt: isoOrNull(job.finishedOn),
  };
}
