import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditActor } from '@tiergate/domain';
import { AuditWriter } from '../audit/audit.writer';
import { DatacenterStatusChangeEntity } from './datacenter-status-change.entity';
import { DatacenterEntity, type ComplianceStatus } from './datacenter.entity';

/**
 * The one way a facility's compliance status changes: the row, its status history (which
 * point-in-time reports read) and the audit chain, in the caller's transaction. A no-op when the
 * status would not change.
 */
@Injectable()
export class DatacenterStatusWriter {
  constructor(private readonly audit: AuditWriter) {}

  async change(
    manager: EntityManager,
    datacenterId: string,
    to: ComplianceStatus,
    actor: AuditActor,
    context: { reason: string; attestationId?: string; nextAuditDue?: Date | null; only?: readonly ComplianceStatus[] },
  ): Promise<boolean> {
    const [row] = (await manager.query('SELECT compliance_status FROM datacenters WHERE id = $1 FOR UPDATE', [datacenterId])) as { compliance_status: ComplianceStatus }[];
    if (!row) return false;
    const from = row.compliance_status;
    if (context.only && !context.only.includes(from)) return false;
    const changes: Partial<DatacenterEntity> = { complianceStatus: to };
    if (context.nextAuditDue !== undefined) changes.nextAuditDue = context.nextAuditDue;
    if (from === to) {
      if (context.nextAuditDue !== undefined) await manager.update(DatacenterEntity, { id: datacenterId }, changes);
      return false;
    }
    await manager.update(DatacenterEntity, { id: datacenterId }, changes);
    await manager.insert(DatacenterStatusChangeEntity, { datacenterId, fromStatus: from, toStatus: to, reason: context.reason, attestationId: context.attestationId ?? null });
    await this.audit.append(manager, {
      actor,
      action: 'datacenter.status_changed',
      entityType: 'datacenter',
      entityId: datacenterId,
      payload: { from, to, reason: context.reason, attestationId: context.attestationId ?? null },
    });
    return true;
  }
}
