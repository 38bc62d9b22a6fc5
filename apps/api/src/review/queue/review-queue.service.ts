import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@tiergate/config';
import type { Principal } from '@tiergate/auth';
import { PolicyVersionStore, DEFAULT_PAGE_SIZE, type Page } from '@tiergate/persistence';
import { emptyFindingCounts } from './finding-counts';
import { reviewQueueCursor } from './review-queue-cursor';
import type { ReviewQueueQuery } from './review-queue.query';
import { ReviewQueueReader } from './review-queue.reader';
import { toReviewQueueItemView, type ReviewQueueItemView } from './review-queue-item.view';

/**
 * The auditors' work list: open items whose attestation is in review, riskiest first, then oldest.
 * Items of organisations the caller declared an affiliation with are left out: they can never be
 * the caller's to claim.
 */
@Injectable()
export class ReviewQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyVersionStore,
    private readonly reader: ReviewQueueReader,
    private readonly clock: Clock,
  ) {}

  async list(filters: ReviewQueueQuery, principal: Principal): Promise<Page<ReviewQueueItemView>> {
    const policy = await this.policy.active();
    const now = this.clock.now();
    const limit = filters.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.reader.rows(this.dataSource.manager, {
      auditorId: principal.userId,
      now,
      country: filters.country,
      tierCountries: filters.tier ? policy.countryCodesOfTier(filters.tier) : undefined,
      severity: filters.severity,
      claim: filters.claim,
      after: filters.cursor ? reviewQueueCursor.decode(filters.cursor) : undefined,
      limit: limit + 1,
    });

    const page = rows.slice(0, limit);
    const counts = await this.reader.findingCountsOf(
      this.dataSource.manager,
      page.map((row) => row.attestation_id),
    );
    const last = page.at(-1);
    return {
      items: page.map((row) => toReviewQueueItemView(row, counts.get(row.attestation_id) ?? emptyFindingCounts(), policy, now)),
      nextCursor: rows.length > limit && last ? reviewQueueCursor.encode({ priority: last.priority, createdAt: last.created_at.toISOString(), id: last.id }) : null,
    };
  }
}
