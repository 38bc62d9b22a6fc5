import { Module } from '@nestjs/common';
import { AdminJobsController } from './admin-jobs.controller';
import { FailedJobsService } from './failed-jobs.service';

/**
 * Failed background jobs for admins: list and retry over the API. The Bull Board dashboard is not
 * a Nest route; configureApp mounts it with mountBullBoard (bull-board.mount.ts).
 */
@Module({
  controllers: [AdminJobsController],
  providers: [FailedJobsService],
})
export class AdminJobsModule {}
