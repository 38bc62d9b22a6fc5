import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FindingSeverity } from '@tiergate/persistence';
import { countFindings, type FindingCounts, type FindingTally } from './finding-counts';
import type { QueuePosition } from './review-queue-cursor';
import type { ReviewQueueRow } from './review-queue-item.view';
import type { ClaimFilter } from './review-queue.query';
import { FINDING_TALLIES_SQL, reviewQueuePageSql } from './review-queue.sql';

/** Which rows of the queue to read, for `auditorId` at `now`. */
export interface ReviewQueueFilter {
  auditorId: string;
  now: Date;
  country?: string;
  /** The countries of the tier asked for, under the active policy. */
  tierCountries?: readonly string[];
  severity?: FindingSeverity;
  claim?: ClaimFilter;
  /** Where the previous page ended. */
  after?: QueuePosition;
  /** Rows to read: one more than the page size tells whether another page follows. */
  limit: number;
}

/** Collects SQL parameters and hands back their placeholders, so conditions can be added in any order. */
class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The auditors' work list as the queue screen reads it: open items whose attestation is in review,
 * leaving out organisations the auditor declared an affiliation with, and the finding counts per item.
 */
@Injectable()
export class ReviewQueueReader {
  /** Up to `filter.limit` queue rows in queue order, after `filter.after` when given. */
  async rows(manager: EntityManager, filter: ReviewQueueFilter): Promise<ReviewQueueRow[]> {
    const params = new SqlParameters();
    const me = params.add(filter.auditorId);
    const conditions = [
      `item.status = 'open'`,
      `attestation.status = 'in_review'`,
      `NOT EXISTS (SELECT 1 FROM auditor_affiliations affiliation WHERE affiliation.auditor_id = ${me} AND affiliation.organization_id = item.organization_id)`,
    ];
    if (filter.country) conditions.push(`item.country_code = ${params.add(filter.country)}`);
    if (filter.tierCountries) conditions.push(`item.country_code = ANY(${params.add(filter.tierCountries)}::text[])`);
    if (filter.severity) {
      conditions.push(`EXISTS (SELECT 1 FROM findings finding WHERE finding.attestation_id = item.attestation_id AND finding.status = 'open' AND finding.severity = ${params.add(filter.severity)})`);
    }
    if (filter.claim === 'unclaimed') conditions.push(`(item.claimed_by IS NULL OR item.lease_until < ${params.add(filter.now)})`);
    if (filter.claim === 'mine') conditions.push(`item.claimed_by = ${me} AND item.lease_until >= ${params.add(filter.now)}`);
    if (filter.after) {
      const priority = params.add(filter.after.priority);
      conditions.push(`(item.priority < ${priority} OR (item.priority = ${priority} AND (item.created_at, item.id) > (${params.add(filter.after.createdAt)}, ${params.add(filter.after.id)})))`);
    }
    return (await manager.query(reviewQueuePageSql(conditions, params.add(filter.limit)), params.values)) as ReviewQueueRow[];
  }

  /** Finding counts for a page of attestations, in one grouped query. */
  async findingCountsOf(manager: EntityManager, attestationIds: readonly string[]): Promise<Map<string, FindingCounts>> {
    if (attestationIds.length === 0) return countFindings(attestationIds, []);
    const tallies = (await manager.query(FINDING_TALLIES_SQL, [attestationIds])) as FindingTally[];
    return countFindings(attestationIds, tallies);
  }
}
