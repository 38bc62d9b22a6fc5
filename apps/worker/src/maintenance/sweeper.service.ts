import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, Clock, type AppConfig } from '@tiergate/config';
import { addJobs, jobToAdd, QueueRegistry } from '@tiergate/jobs';
import { AttestationStore, WebhookStore } from '@tiergate/persistence';
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
    private readonly attestations: AttestationStore,
    private readonly webhooks: WebhookStore,
  ) {}

  async sweep(): Promise<SweepReport> {
    const now = this.clock.now();
    // Work older than this without progress is taken to be lost from Redis.
    const stuckAfter = this.config.SWEEP_STUCK_AFTER_MS;
    const report: SweepReport = { expired: 0, reminded: 0, requeued: 0, deliveries: 0 };

    const { manager } = this.dataSource;
    const due = await this.attestations.expiredApprovalIds(manager, now, BATCH);
    for (const id of due) if (await this.reaudits.expire(id)) report.expired += 1;

    const remindBefore = new Date(now.getTime() + REMINDER_LEAD_DAYS * 86_400_000);
    const reminders = await this.attestations.unremindedApprovalIds(manager, remindBefore, BATCH);
    for (const id of reminders) if (await this.reaudits.remind(id)) report.reminded += 1;

    const stuck = await this.attestations.stuckSubmissionIds(manager, new Date(now.getTime() - stuckAfter), BATCH);
    if (stuck.length > 0) {
      // One job id per attestation per window: repeated sweeps within it add nothing; verification itself is idempotent.
      const window = Math.floor(now.getTime() / stuckAfter);
      await addJobs(
        this.queues,
        stuck.map((id) => jobToAdd('attestation.submitted', { attestationId: id }, { jobId: `sweep-${id}-${window}` })),
      );
      report.requeued = stuck.length;
    }
    // Webhook deliveries still pending in PostgreSQL: re-adding under the same job id is a no-op while BullMQ still has the job.
    const pending = await this.webhooks.stalePendingDeliveryIds(manager, new Date(now.getTime() - stuckAfter), BATCH);
    if (pending.length > 0) {
      await addJobs(
        this.queues,
        pending.map((id) => jobToAdd('webhook.deliver', { deliveryId: id }, { ...WEBHOOK_DELIVERY_JOB_OPTIONS, jobId: webhookDeliveryJobId(id) })),
      );
      report.deliveries = pending.length;
    }
    if (report.expired + report.reminded + report.requeued + report.deliveries > 0) this.logger.log(`sweep: ${JSON.stringify(report)}`);
    return report;
  }
}
