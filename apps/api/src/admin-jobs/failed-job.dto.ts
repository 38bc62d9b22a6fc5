import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ALL_QUEUES, type QueueName } from '@tiergate/jobs';
import { PageQuery } from '../common/pagination/page';

/** `?queue=&limit=&cursor=` of the failed-jobs list. */
export class FailedJobsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ALL_QUEUES, description: 'Only this queue; every queue when absent' })
  @IsOptional()
  @IsIn(ALL_QUEUES)
  queue?: QueueName;
}
