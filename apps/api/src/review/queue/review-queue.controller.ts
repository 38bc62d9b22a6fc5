import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import type { ClaimView, ReleaseView } from '../claims/review-claim.view';
import { ReviewClaimsService } from '../claims/review-claims.service';
import { ReviewQueueStatsService, type ReviewQueueStats } from '../stats/review-queue-stats.service';
import { ReviewQueueQuery } from './review-queue.query';
import type { ReviewQueueItemView } from './review-queue-item.view';
import { ReviewQueueService } from './review-queue.service';

@ApiTags('review')
@ApiBearerAuth()
@Controller('review-queue')
export class ReviewQueueController {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly claims: ReviewClaimsService,
    private readonly stats: ReviewQueueStatsService,
  ) {}

  /** Open items, riskiest first and then oldest; filters country, tier, severity (of open findings), claim=unclaimed|mine. */
  @Get()
  @RequirePermission(Permission.Review)
  list(@Query() query: ReviewQueueQuery, @CurrentPrincipal() principal: Principal): Promise<Page<ReviewQueueItemView>> {
    return this.queue.list(query, principal);
  }

  /** Depth by priority band, the oldest item's age, and the 30-day median time from submission to decision. */
  @Get('stats')
  @RequirePermission(Permission.Review)
  snapshot(): Promise<ReviewQueueStats> {
    return this.stats.snapshot();
  }

  /** A 30-minute lease; the holder renews it by claiming again. Another auditor's live lease → 409. */
  @Post(':id/claim')
  @HttpCode(200)
  @RequirePermission(Permission.Review)
  claim(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ClaimView> {
    return this.claims.claim(id, principal);
  }

  @Post(':id/release')
  @HttpCode(200)
  @RequirePermission(Permission.Review)
  release(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ReleaseView> {
    return this.claims.release(id, principal);
  }
}
