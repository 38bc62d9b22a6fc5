import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@tiergate/config';
import type { Principal } from '@tiergate/auth';
import { PolicyVersionStore, DEFAULT_PAGE_SIZE, type Page } from '@tiergate/persistence';
import { emptyFindingCounts, findingCountsOf } from './finding-counts';
import { reviewQueueCursor } from './review-queue-cursor';
import type { ReviewQueueQuery } from './review-queue.query';
import { toReviewQueueItemView, type ReviewQueueItemView, type ReviewQueueRow } from './review-queue-item.view';

/** Collects SQL parameters and hands back their placeholders, so conditions can be added in any order. */
class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

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
    private readonly clock: Clock,
  ) {}

  async list(filters: ReviewQueueQuery, principal: Principal): Promise<Page<ReviewQueueItemView>> {
    const policy = await this.policy.active();
    const now = this.clock.now();
    const limit = filters.limit ?? DEFAULT_PAGE_SIZE;
    const params = new SqlParameters();
    const me = params.add(principal.userId);
    const conditions = [
      `item.status = 'open'`,
      `attestation.status = 'in_review'`,
      `NOT EXISTS (SELECT 1 FROM auditor_affiliations affiliation WHERE affiliation.auditor_id = ${me} AND affiliation.organization_id = item.organization_id)`,
    ];
    if (filters.country) conditions.push(`item.country_code = ${params.add(filters.country)}`);
    if (filters.tier) conditions.push(`item.country_code = ANY(${params.add(policy.countryCodesOfTier(filters.tier))}::text[])`);
    if (filters.severity) {
      conditions.push(`EXISTS (SELECT 1 FROM findings finding WHERE finding.attestation_id = item.attestation_id AND finding.status = 'open' AND finding.severity = ${params.add(filters.severity)})`);
    }
    if (filters.claim === 'unclaimed') conditions.push(`(item.claimed_by IS NULL OR item.lease_until < ${params.add(now)})`);
    if (filters.claim === 'mine') conditions.push(`item.claimed_by = ${me} AND item.lease_until >= ${params.add(now)}`);
    if (filters.cursor) {
      const position = reviewQueueCursor.decode(filters.cursor);
      const priority = params.add(position.priority);
      conditions.push(`(item.priority < ${priority} OR (item.priority = ${priority} AND (item.created_at, item.id) > (${params.add(position.createdAt)}, ${params.add(position.id)})))`);
    }

    const rows = (await this.dataSource.query(
      `SELECT item.id, item.priority, item.approvals_required, item.approvals, item.claimed_by, item.lease_until, item.created_at,
              attestation.id AS attestation_id, attestation.version AS attestation_version, attestation.status AS attestation_status,
              attestation.submitted_at, attestation.policy_version_id,
              datacenter.id AS datacenter_id, datacenter.name AS datacenter_name, datacenter.country_code,
              datacenter.compliance_status, datacenter.inventory_models,
              organization.id AS organization_id, organization.name AS organization_name
         FROM review_items item
         JOIN attestations attestation ON attestation.id = item.attestation_id
         JOIN datacenters datacenter ON datacenter.id = item.datacenter_id
         JOIN organizations organization ON organization.id = item.organization_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY item.priority DESC, item.created_at ASC, item.id ASC
        LIMIT ${params.add(limit + 1)}`,
      params.values,
    )) as ReviewQueueRow[];

    const page = rows.slice(0, limit);
    const counts = await findingCountsOf(
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
