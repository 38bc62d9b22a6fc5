import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge, Histogram } from 'prom-client';
import type { ReviewOutcome } from '@tiergate/persistence';
import { MetricsService } from '../../metrics/metrics.service';
import { PRIORITY_BANDS, ReviewQueueStatsService, type ReviewQueueStats } from './review-queue-stats.service';

const HOUR = 3_600;
/** One scrape reads three gauges; they share one snapshot rather than querying three times. */
const SNAPSHOT_REUSE_MS = 1_000;

/**
 * The review queue in Prometheus, registered on the api's one registry: queue depth by priority
 * band, the oldest item's age and the 30-day median decision time (read from PostgreSQL at scrape
 * time, so every replica reports the same truth), and a histogram of submission-to-decision times
 * observed as this replica records decisions.
 */
@Injectable()
export class ReviewMetrics implements OnModuleInit {
  private decisionDuration: Histogram<'outcome'> | null = null;
  private latest: { at: number; stats: Promise<ReviewQueueStats> } | null = null;

  constructor(
    private readonly metrics: MetricsService,
    private readonly stats: ReviewQueueStatsService,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const snapshot = () => this.snapshot();
    new Gauge({
      name: 'tiergate_review_queue_items',
      help: 'Open review items by priority band',
      labelNames: ['priority_band'] as const,
      registers,
      async collect() {
        this.reset();
        const stats = await snapshot();
        if (!stats) return;
        for (const band of PRIORITY_BANDS) this.set({ priority_band: band }, stats.depth.byPriority[band]);
      },
    });
    new Gauge({
      name: 'tiergate_review_queue_oldest_item_age_seconds',
      help: 'Age of the oldest open review item (0 when the queue is empty)',
      registers,
      async collect() {
        const stats = await snapshot();
        if (stats) this.set(stats.oldestItemAgeSeconds ?? 0);
      },
    });
    new Gauge({
      name: 'tiergate_review_decision_median_seconds',
      help: 'Median time from submission to final decision over the last 30 days',
      registers,
      async collect() {
        this.reset();
        const median = (await snapshot())?.decisions.medianSecondsFromSubmission;
        if (typeof median === 'number') this.set(median);
      },
    });
    this.decisionDuration = new Histogram({
      name: 'tiergate_review_decision_duration_seconds',
      help: 'Time from submission to final decision, by outcome',
      labelNames: ['outcome'] as const,
      buckets: [HOUR, 4 * HOUR, 24 * HOUR, 2 * 24 * HOUR, 4 * 24 * HOUR, 7 * 24 * HOUR, 14 * 24 * HOUR, 30 * 24 * HOUR, 60 * 24 * HOUR],
      registers,
    });
  }

  observeDecision(outcome: ReviewOutcome, submittedAt: Date | null, decidedAt: Date): void {
    if (outcome === 'first_approval' || !submittedAt) return;
    this.decisionDuration?.observe({ outcome }, Math.max(0, (decidedAt.getTime() - submittedAt.getTime()) / 1000));
  }

  private async snapshot(): Promise<ReviewQueueStats | null> {
    // Real elapsed time, not the Clock: this is how long a cached snapshot lives, not a rule about dates.
    if (!this.latest || Date.now() - this.latest.at > SNAPSHOT_REUSE_MS) this.latest = { at: Date.now(), stats: this.stats.snapshot() };
    try {
      return await this.latest.stats;
    } catch {
      // The database is down: the gauges are absent for this scrape; /health reports the outage.
      this.latest = null;
      return null;
    }
  }
}
