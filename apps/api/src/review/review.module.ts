import { Module } from '@nestjs/common';
import { AttestationsModule } from '../attestations/attestations.module';
import { FindingsModule } from '../findings/findings.module';
import { MetricsModule } from '../metrics/metrics.module';
import { AffiliationsController } from './affiliations/affiliations.controller';
import { AffiliationsService } from './affiliations/affiliations.service';
import { ReviewClaimsService } from './claims/review-claims.service';
import { FinalApproval } from './decisions/final-approval';
import { ReviewDecisionsController } from './decisions/review-decisions.controller';
import { ReviewDecisionsService } from './decisions/review-decisions.service';
import { ReviewQueueController } from './queue/review-queue.controller';
import { ReviewQueueReader } from './queue/review-queue.reader';
import { ReviewQueueService } from './queue/review-queue.service';
import { ReviewMetrics } from './stats/review-metrics';
import { ReviewQueueStatsReader } from './stats/review-queue-stats.reader';
import { ReviewQueueStatsService } from './stats/review-queue-stats.service';

/** The auditors' side: the queue and its leases, conflict-of-interest declarations, and decisions. */
@Module({
  imports: [AttestationsModule, FindingsModule, MetricsModule],
  controllers: [ReviewQueueController, AffiliationsController, ReviewDecisionsController],
  providers: [ReviewQueueReader, ReviewQueueService, ReviewClaimsService, ReviewQueueStatsReader, ReviewQueueStatsService, ReviewMetrics, AffiliationsService, FinalApproval, ReviewDecisionsService],
})
export class ReviewModule {}
