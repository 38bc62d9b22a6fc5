import { Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { ALL_QUEUES, QueueRegistry, type QueueName } from '@tiergate/jobs';
import { AuditWriter, DEFAULT_PAGE_SIZE, type Page } from '@tiergate/persistence';
import { NotFoundError, StateConflictError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import type { FailedJobsQuery } from './failed-job.dto';
import { toFailedJobView, type FailedJobView, type RetriedJobView } from './failed-job.view';
import { failedJobsCursor, startOffsets } from './failed-jobs-cursor';
import { mergeNewestFirst } from './merge-newest-first';

function isQueueName(value: string): value is QueueName {
  return (ALL_QUEUES as readonly string[]).includes(value);
}

/**
 * Failed BullMQ jobs across every queue, and their retry. Jobs that exhausted their attempts stay in
 * Redis (removeOnFail: false) precisely so an admin can look at them here.
 */
@Injectable()
export class FailedJobsService {
  constructor(
    private readonly queues: QueueRegistry,
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * Offset paging over each queue's failed set: a job failing while an admin pages shifts the
   * offsets, so a row may repeat on the next page. Acceptable for an operator's view; what matters
   * is that the cursor never skips a queue's older failures.
   */
  async list(query: FailedJobsQuery): Promise<Page<FailedJobView>> {
    const names = query.queue ? [query.queue] : ALL_QUEUES;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = failedJobsCursor(names);
    const offsets = query.cursor ? cursor.decode(query.cursor) : startOffsets(names);

    // One more than a page from every queue, so "is there a next page" needs no second round trip.
    const perQueue = await Promise.all(
      names.map((name) => {
        const start = offsets.get(name) ?? 0;
        return this.queues.get(name).getFailed(start, start + limit);
      }),
    );
    const merged = mergeNewestFirst(perQueue, (job) => job.finishedOn ?? 0, limit + 1);
    const page = merged.slice(0, limit);

    const next = new Map(offsets);
    for (const { list } of page) next.set(names[list], (next.get(names[list]) ?? 0) + 1);
    return {
      items: page.map(({ item, list }) => toFailedJobView(names[list], item)),
      nextCursor: merged.length > limit ? cursor.encode(next) : null,
    };
  }

  async retry(queueName: string, jobId: string, principal: Principal): Promise<RetriedJobView> {
    if (!isQueueName(queueName)) throw new NotFoundError(`No queue named ${queueName}`);
    const queue = this.queues.get(queueName);
    const job = await this.failedJob(queue, queueName, jobId);
    try {
      // The audit entry goes first, against AuditWriter's "call it last" advice: if the retry then
      // fails, the entry rolls back with it, so the chain never records a retry that did not happen.
      // The chain lock is held for one fail-fast Redis call.
      await this.dataSource.transaction(async (manager) => {
        await this.audit.append(manager, {
          actor: actorOf(principal),
          action: 'job.retried',
          entityType: 'job',
          entityId: `${queueName}/${jobId}`,
          payload: { queue: queueName, jobId, name: job.name, attemptsMade: job.attemptsMade, failedReason: (job.failedReason ?? '').slice(0, 500) },
        });
        await job.retry('failed');
      });
    } catch (error) {
      // Another admin may have retried (or removed) it between our check and the move.
      await this.failedJob(queue, queueName, jobId);
      throw error;
    }
    return { queue: queueName, id: jobId, name: job.name, state: await job.getState() };
  }

  /** The job, if it exists and is failed: 404 when it does not exist, 409 when it is in another state. */
  private async failedJob(queue: Queue, queueName: QueueName, jobId: string): Promise<Job> {
    const job = await queue.getJob(jobId);
    if (!job) throw new NotFoundError(`No job ${jobId} in queue ${queueName}`);
    const state = await job.getState();
    if (state !== 'failed') throw new StateConflictError(`Job ${jobId} is ${state}, not failed: only failed jobs can be retried`);
    return job;
  }
}
