import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, Clock, type AppConfig } from '@tiergate/config';
import { addJobs, jobToAdd, QueueRegistry } from '@tiergate/jobs';
import { WEBHOOK_DELIVERY_JOB_OPTIONS, webhookDeliveryJobId } from '../notifications/notification-fanout.service';
import { REMINDER_LEAD_DAYS, ReauditService } from '../reaudit/reaudit.service';

const BATCH = 500;

export interface SweepReport {
  expired: number;
  reminded: number;
  requeued: number;
  deliveries: number;
}

/**
 * Reconciles from PostgreSQL what Redis may have lost: approvals past their validity, reminders
 * due, and submissions whose verification never finished. Every action it takes is idempotent, so
 * running it on several replicas, or right after the delayed jobs fired, changes nothing.
 */
@Injectable()
export class SweeperService {
  private readonly logger = new Logger(SweeperService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly reaudits: ReauditService,
    private readonly queues: QueueRegistry,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sweep(): Promise<SweepReport> {
    const now = this.clock.now();
    // Work older than this without progress is taken to be lost from Redis.
    const stuckAfter = this.config.SWEEP_STUCK_AFTER_MS;
    const report: SweepReport = { expired: 0, reminded: 0, requeued: 0, deliveries: 0 };

    const due = (await this.dataSource.query(`SELECT id FROM attestations WHERE status = 'approved' AND valid_until <= $1 ORDER BY valid_until LIMIT ${BATCH}`, [now])) as { id: string }[];
    for (const { id } of due) if (await this.reaudits.expire(id)) report.expired += 1;

    const remindBefore = new Date(now.getTime() + REMINDER_LEAD_DAYS * 86_400_000);
    const reminders = (await this.dataSource.query(
      `SELECT a.id FROM attestations a WHERE a.status = 'approved' AND a.valid_until <= $1
         AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.kind = 'attestation.expiring' AND n.data->>'attestationId' = a.id::text)
       ORDER BY a.valid_until LIMIT ${BATCH}`,
      [remindBefore],
    )) as { id: string }[];
    for (const { id } of reminders) if (await this.reaudits.remind(id)) report.reminded += 1;

    const stuck = (await this.dataSource.query(`SELECT id FROM attestations WHERE status IN ('submitted', 'verifying') AND updated_at < $1 ORDER BY updated_at LIMIT ${BATCH}`, [
      new Date(now.getTime() - stuckAfter),
    ])) as { id: string }[];
    if (stuck.length > 0) {
      // One job id per attestation per window: repeated sweeps within it add nothing; verification itself is idempotent.
      const window = Math.floor(now.getTime() / stuckAfter);
      await addJobs(
        this.queues,
        stuck.map(({ id }) => jobToAdd('attestation.submitted', { attestationId: id }, { jobId: `sweep-${id}-${window}` })),
      );
      report.requeued = stuck.length;
    }
    // Webhook deliveries still pending in PostgreSQL: re-adding under the same job id is a no-op while BullMQ still has the job.
    const pending = (await this.dataSource.query(`SELECT id FROM webhook_deliveries WHERE status = 'pending' AND updated_at < $1 ORDER BY updated_at LIMIT ${BATCH}`, [
      new Date(now.getTime() - stuckAfter),
    ])) as { id: string }[];
    if (pending.length > 0) {
      await addJobs(
        this.queues,
        pending.map(({ id }) => jobToAdd('webhook.deliver', { deliveryId: id }, { ...WEBHOOK_DELIVERY_JOB_OPTIONS, jobId: webhookDeliveryJobId(id) })),
      );
      report.deliveries = pending.length;
    }
    if (report.expired + report.reminded + report.requeued + report.deliveries > 0) this.logger.log(`sweep: ${JSON.stringify(report)}`);
    return report;
  }
}
