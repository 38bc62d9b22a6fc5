import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Clock } from '@tiergate/config';
import { addJob, QueueRegistry, type JobPayloads } from '@tiergate/jobs';
import { OnJob } from '../jobs/on-job.decorator';
import { ReauditService } from './reaudit.service';

/** Turns an approval's due dates into delayed jobs; the sweeper catches whatever Redis loses. */
@Injectable()
export class ReauditProcessor {
  constructor(
    private readonly reaudits: ReauditService,
    private readonly queues: QueueRegistry,
    private readonly clock: Clock,
  ) {}

  @OnJob('reaudit.scheduled')
  async schedule(job: Job<JobPayloads['reaudit.scheduled']>): Promise<void> {
    const { attestationId, remindAt, expireAt } = job.data;
    const now = this.clock.now().getTime();
    // Job ids carry the due date: a re-approval with a new date schedules anew, a replay does not.
    await addJob(this.queues, 'reaudit.remind', { attestationId }, { jobId: `remind-${attestationId}-${Date.parse(remindAt)}`, delay: Math.max(0, Date.parse(remindAt) - now) });
    await addJob(this.queues, 'reaudit.expire', { attestationId }, { jobId: `expire-${attestationId}-${Date.parse(expireAt)}`, delay: Math.max(0, Date.parse(expireAt) - now) });
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
