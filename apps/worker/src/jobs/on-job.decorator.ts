import { SetMetadata } from '@nestjs/common';
import type { JobName } from '@tiergate/jobs';

export const ON_JOB = Symbol('ON_JOB');

/** Marks a provider method as the handler of one job name (an outbox event type or a scheduled job). */
export const OnJob = (jobName: JobName) => SetMetadata(ON_JOB, jobName);
