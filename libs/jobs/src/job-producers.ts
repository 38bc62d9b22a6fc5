import type { JobsOptions, Queue, RepeatOptions } from 'bullmq';
import { JOB_QUEUE, type JobName, type JobPayloads } from './events';
import type { QueueName } from './queues';

/** What producers enqueue through: the process's QueueRegistry, one producer Queue per name. */
export interface JobQueues {
  get(name: QueueName): Pick<Queue, 'add' | 'addBulk' | 'upsertJobScheduler'>;
}

/** One job to enqueue: a job name and the payload that name carries; the queue follows from the name. */
export type JobToAdd<Name extends JobName = JobName> = { [N in Name]: { name: N; data: JobPayloads[N]; opts?: JobsOptions } }[Name];

export function jobToAdd<Name extends JobName>(name: Name, data: JobPayloads[Name], opts?: JobsOptions): JobToAdd {
  return { name, data, ...(opts ? { opts } : {}) } as JobToAdd;
}

/** Adds one job to the queue of its name. */
export async function addJob<Name extends JobName>(queues: JobQueues, name: Name, data: JobPayloads[Name], opts?: JobsOptions): Promise<void> {
  await queues.get(JOB_QUEUE[name]).add(name, data, opts);
}

/** Adds jobs in one round trip per queue, in their order within each queue. */
export async function addJobs(queues: JobQueues, jobs: readonly JobToAdd[]): Promise<void> {
  const byQueue = new Map<QueueName, JobToAdd[]>();
  for (const job of jobs) {
    const queue = JOB_QUEUE[job.name];
    byQueue.set(queue, [...(byQueue.get(queue) ?? []), job]);
  }
  for (const [queue, batch] of byQueue) await queues.get(queue).addBulk(batch);
}

/** Declares (or re-declares, unchanged) a job the queue repeats on its own. */
export async function scheduleRepeatingJob<Name extends JobName>(queues: JobQueues, schedulerId: string, repeat: Omit<RepeatOptions, 'key'>, name: Name, data: JobPayloads[Name]): Promise<void> {
  await queues.get(JOB_QUEUE[name]).upsertJobScheduler(schedulerId, repeat, { name, data });
}
