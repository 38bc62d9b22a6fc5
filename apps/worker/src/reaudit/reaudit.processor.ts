import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOB_QUEUE, QueueRegistry, type JobPayloads } from '@tiergate/jobs';
import { OnJob } from '../jobs/on-job.decorator';
import { ReauditService } from './reaudit.service';

/** Turns an approval's due dates into delayed jobs; the sweeper catches whatever Redis loses. */
@Injectable()
export class ReauditProcessor {
  constructor(
    private readonly reaudits: ReauditService,
    private readonly queues: QueueRegistry,
  ) {}

  @OnJob('reaudit.scheduled')
  async schedule(job: Job<JobPayloads['reaudit.scheduled']>): Promise<void> {
    const { attestationId, remindAt, expireAt } = job.data;
    const queue = this.queues.get(JOB_QUEUE['reaudit.expire']);
    // Job ids carry the due date: a re-approval with a new date schedules anew, a replay does not.
    await queue.add('reaudit.remind', { attestationId }, { jobId: `remind-${attestationId}-${Date.parse(remindAt)}`, delay: Math.max(0, Date.parse(remindAt) - Date.now()) });
    await queue.add('reaudit.expire', { attestationId }, { jobId: `expire-${attestationId}-${Date.parse(expireAt)}`, delay: Math.max(0, Date.parse(expireAt) - Date.now()) });
  }

  @OnJob('reaudit.remind')
  remind(job: Job<JobPayloads['reaudit.remind']>): Promise<boolean> {
    return this.reaudits.remind(job.data.attestationId);
  }

  @OnJob('reaudit.expire')
  expire(job: Job<JobPayloads['reaudit.expire']>): Promise<boolean> {
    return this.reaudits.expire(job.data.attestationId);
  }
}
