import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { OutboxEventPayloads } from '@tiergate/jobs';
import { OnJob } from '../jobs/on-job.decorator';
import { AttestationVerificationService, type VerificationOutcome } from './attestation-verification.service';

@Injectable()
export class VerificationProcessor {
  constructor(private readonly verification: AttestationVerificationService) {}

  @OnJob('attestation.submitted')
  verify(job: Job<OutboxEventPayloads['attestation.submitted']>): Promise<VerificationOutcome> {
    return this.verification.verify(job.data.attestationId);
  }
}
