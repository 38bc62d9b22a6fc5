import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@tiergate/config';
import { ReviewQueueStatsReader } from './review-queue-stats.reader';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DECISION_WINDOW_DAYS = 30;

/** Priority bands the depth is reported in; a band per exact priority would be 101 series. */
export const PRIORITY_BANDS = ['80-100', '60-79', '40-59', '20-39', '0-19'] as const;
export type PriorityBand = (typeof PRIORITY_BANDS)[number];

export interface ReviewQueueStats {
  depth: {
    total: number;
    unclaimed: number;
    claimed: number;
    awaitingSecondApproval: number;
    byPriority: Record<PriorityBand, number>;
  };
  oldestItemAgeSeconds: number | null;
  /** Final decisions (not first approvals of two) in the window, and the median time from submission to them. */
  decisions: { windowDays: number; count: number; medianSecondsFromSubmission: number | null };
  asOf: string;
}

function bandOf(priority: number): PriorityBand {
  if (priority >= 80) return '80-100';
  if (priority >= 60) return '60-79';
  if (priority >= 40) return '40-59';
  if (priority >= 20) return '20-39';
  return '0-19';
}

/** How the queue is doing, for the stats endpoint and the Prometheus gauges alike. */
@Injectable()
export class ReviewQueueStatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ReviewQueueStatsReader,
    private readonly clock: Clock,
  ) {}

  async snapshot(): Promise<ReviewQueueStats> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - DECISION_WINDOW_DAYS * DAY_MS);
    const manager = this.dataSource.manager;
    const [byPriority, totals, decisions] = await Promise.all([this.reader.openByPriority(manager), this.reader.openTotals(manager, now), this.reader.finalDecisions(manager, since, now)]);

    const bands = Object.fromEntries(PRIORITY_BANDS.map((band) => [band, 0])) as Record<PriorityBand, number>;
    let total = 0;
    for (const row of byPriority) {
      bands[bandOf(row.priority)] += row.n;
      total += row.n;
    }
    return {
      depth: { total, unclaimed: totals.unclaimed, claimed: total - totals.unclaimed, awaitingSecondApproval: totals.second, byPriority: bands },
      oldestItemAgeSeconds: totals.oldest ? Math.max(0, Math.floor((now.getTime() - totals.oldest.getTime()) / 1000)) : null,
      decisions: { windowDays: DECISION_WINDOW_DAYS, count: decisions.n, medianSecondsFromSubmission: decisions.median === null ? null : Math.round(Number(decisions.median)) },
      asOf: now.toISOString(),
    };
  }
}
