import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobPayloads } from '@tiergate/jobs';
import { OnJob } from '../jobs/on-job.decorator';
import { PolicyReevaluationService } from './policy-reevaluation.service';

@Injectable()
export class PolicyReevaluationProcessor {
  constructor(private readonly reevaluation: PolicyReevaluationService) {}

  @OnJob('policy.activated')
  fanOut(job: Job<JobPayloads['policy.activated']>): Promise<number> {
    return this.reevaluation.fanOut(job.data.policyVersionId);
  }

  @OnJob('reevaluation.batch')
  batch(job: Job<JobPayloads['reevaluation.batch']>): Promise<number> {
    return this.reevaluation.reevaluateBatch(job.data.policyVersionId, job.data.datacenterIds);
  }
}
