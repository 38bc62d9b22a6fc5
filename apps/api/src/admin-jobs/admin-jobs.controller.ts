import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { FailedJobsQuery } from './failed-job.dto';
import type { FailedJobView, RetriedJobView } from './failed-job.view';
import { FailedJobsService } from './failed-jobs.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/jobs')
export class AdminJobsController {
  constructor(private readonly failedJobs: FailedJobsService) {}

  /** Failed jobs of every queue (or one, with `?queue=`), newest failure first. */
  @Get('failed')
  @RequirePermission(Permission.JobsManage)
  listFailed(@Query() query: FailedJobsQuery): Promise<Page<FailedJobView>> {
    return this.failedJobs.list(query);
  }

  /** Moves a failed job back to waiting; 202 because the work itself happens later, in the worker. */
  @Post(':queue/:id/retry')
  @HttpCode(202)
  @RequirePermission(Permission.JobsManage)
  retry(@Param('queue') queue: string, @Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<RetriedJobView> {
    return this.failedJobs.retry(queue, id, principal);
  }
}
