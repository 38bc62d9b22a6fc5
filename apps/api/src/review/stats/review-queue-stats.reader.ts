import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FINAL_DECISIONS_SQL, OPEN_ITEM_TOTALS_SQL, OPEN_ITEMS_BY_PRIORITY_SQL } from './review-queue-stats.sql';

/** The raw figures of the review queue's statistics; ReviewQueueStatsService shapes them. */
@Injectable()
export class ReviewQueueStatsReader {
  /** Open items in review per exact priority. */
  async openByPriority(manager: EntityManager): Promise<{ priority: number; n: number }[]> {
    return (await manager.query(OPEN_ITEMS_BY_PRIORITY_SQL)) as { priority: number; n: number }[];
  }

  /** Unclaimed (no live lease at `now`), awaiting-second-approval counts and the oldest creation time of the open items in review. */
  async openTotals(manager: EntityManager, now: Date): Promise<{ unclaimed: number; second: number; oldest: Date | null }> {
    const [totals] = (await manager.query(OPEN_ITEM_TOTALS_SQL, [now])) as { unclaimed: number; second: number; oldest: Date | null }[];
    return totals;
  }

  /** Count and median seconds from submission of the final decisions decided after `since`, up to `until`. */
  async finalDecisions(manager: EntityManager, since: Date, until: Date): Promise<{ n: number; median: number | string | null }> {
    const [decisions] = (await manager.query(FINAL_DECISIONS_SQL, [since, until])) as { n: number; median: number | string | null }[];
    return decisions;
  }
}
