import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@tiergate/config';
import type { AuditActor } from '@tiergate/domain';
import { AttestationStateWriter, AttestationStore, DatacenterStatusWriter, NotificationStore, NotificationWriter } from '@tiergate/persistence';

const REAUDIT: AuditActor = { type: 'system', id: 'reaudit' };
export const REMINDER_LEAD_DAYS = 30;

/**
 * Approvals do not outlive their evidence: a reminder before `validUntil`, expiry at it. Both are
 * idempotent and decided from PostgreSQL and the clock, so a delayed job, the sweeper, or both may
 * call them any number of times.
 */
@Injectable()
export class ReauditService {
  private readonly logger = new Logger(ReauditService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly states: AttestationStateWriter,
    private readonly datacenterStatus: DatacenterStatusWriter,
    private readonly notifications: NotificationWriter,
    private readonly clock: Clock,
    private readonly attestations: AttestationStore,
    private readonly sentNotifications: NotificationStore,
  ) {}

  async expire(attestationId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const attestation = await this.attestations.lockForSystem(manager, attestationId);
      if (!attestation || attestation.status !== 'approved' || !attestation.validUntil || attestation.validUntil > this.clock.now()) return false;
      await this.states.apply(manager, attestation, 'expire', REAUDIT, { note: `validity ended ${attestation.validUntil.toISOString()}` });
      await this.datacenterStatus.change(manager, attestation.datacenterId, 'expired', REAUDIT, { reason: 'the approved attestation expired without a re-audit', attestationId, only: ['compliant'] });
      await this.notifications.notify(manager, {
        organizationId: attestation.organizationId,
        kind: 'attestation.expired',
        title: `The approval of attestation v${attestation.version} has expired; submit a new attestation`,
        data: { attestationId, datacenterId: attestation.datacenterId, validUntil: attestation.validUntil.toISOString() },
      });
      this.logger.log(`attestation ${attestationId} expired`);
      return true;
    });
  }

  async remind(attestationId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const attestation = await this.attestations.lockForSystem(manager, attestationId);
      if (!attestation || attestation.status !== 'approved' || !attestation.validUntil) return false;
      if (attestation.validUntil.getTime() - REMINDER_LEAD_DAYS * 86_400_000 > this.clock.now().getTime()) return false;
      if ((await this.sentNotifications.expiryRemindersOf(manager, attestationId)) > 0) return false;
      await this.notifications.notify(manager, {
        organizationId: attestation.organizationId,
        kind: 'attestation.expiring',
        title: `Attestation v${attestation.version} expires on ${attestation.validUntil.toISOString().slice(0, 10)}; start the re-audit`,
        data: { attestationId, datacenterId: attestation.datacenterId, validUntil: attestation.validUntil.toISOString() },
      });
      return true;
    });
  }
}
