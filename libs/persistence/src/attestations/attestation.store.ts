import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { NotFoundError, type AttestationStatus } from '@tiergate/domain';
import { paginate, type Page, type PageRequest } from '../pagination';
import { applyScope, type Scope } from '../scope';
import { AttestationEntity } from './attestation.entity';

/** The filters of the attestation list, beside the page to read. */
export interface AttestationPageQuery extends PageRequest {
  status?: AttestationStatus;
  datacenterId?: string;
}

/**
 * Reads of attestations, always within a Scope: a row outside it is absent, so a lookup of another
 * organisation's attestation is the same NotFoundError as one of an id that does not exist.
 */
@Injectable()
export class AttestationStore {
  async findVisible(manager: EntityManager, scope: Scope, id: string): Promise<AttestationEntity> {
    return found(id, await this.visible(manager, scope).andWhere('attestation.id = :id', { id }).getOne());
  }

  /** Locks the row until the transaction ends, so status checks and writes cannot interleave. */
  async lockVisible(manager: EntityManager, scope: Scope, id: string): Promise<AttestationEntity> {
    return found(id, await this.visible(manager, scope).andWhere('attestation.id = :id', { id }).setLock('pessimistic_write').getOne());
  }

  /** The worker's lock: no caller to scope by, and an absent row is for the job to judge (null), not an error. */
  async lockForSystem(manager: EntityManager, id: string): Promise<AttestationEntity | null> {
    return this.visible(manager, { kind: 'system' }).andWhere('attestation.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async page(manager: EntityManager, scope: Scope, query: AttestationPageQuery): Promise<Page<AttestationEntity>> {
    const rows = this.visible(manager, scope);
    if (query.status) rows.andWhere('attestation.status = :status', { status: query.status });
    if (query.datacenterId) rows.andWhere('attestation.datacenter_id = :datacenterId', { datacenterId: query.datacenterId });
    return paginate(rows, query);
  }

  /** The version the facility's next attestation takes: one past its highest, 1 for its first. */
  async nextVersionOf(manager: EntityManager, datacenterId: string): Promise<number> {
    const [{ next }] = (await manager.query('SELECT coalesce(max(version), 0) + 1 AS next FROM attestations WHERE datacenter_id = $1', [datacenterId])) as { next: number }[];
    return Number(next);
  }

  /** How many of the facility's attestations are submitted, verifying or in review. */
  async inFlightCount(manager: EntityManager, datacenterId: string): Promise<number> {
    const [{ inFlight }] = (await manager.query(`SELECT count(*)::int AS "inFlight" FROM attestations WHERE datacenter_id = $1 AND status IN ('submitted', 'verifying', 'in_review')`, [
      datacenterId,
    ])) as { inFlight: number }[];
    return inFlight;
  }

  /** Locks the facility's other attestations in one of `statuses`, oldest version first; reached through `attestation`, which the caller holds. */
  async lockSiblingsIn(manager: EntityManager, attestation: Pick<AttestationEntity, 'id' | 'datacenterId'>, statuses: readonly AttestationStatus[]): Promise<AttestationEntity[]> {
    return manager
      .getRepository(AttestationEntity)
      .createQueryBuilder('attestation')
      .where('attestation.datacenter_id = :datacenterId', { datacenterId: attestation.datacenterId })
      .andWhere('attestation.id <> :id', { id: attestation.id })
      .andWhere('attestation.status IN (:...statuses)', { statuses })
      .orderBy('attestation.version', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Approvals whose validity ended by `now`, soonest first (the worker's sweep; no caller scope). */
  async expiredApprovalIds(manager: EntityManager, now: Date, limit: number): Promise<string[]> {
    const due = (await manager.query(`SELECT id FROM attestations WHERE status = 'approved' AND valid_until <= $1 ORDER BY valid_until LIMIT ${limit}`, [now])) as { id: string }[];
    return due.map(({ id }) => id);
  }

  /** Approvals ending by `remindBefore` with no expiry reminder written yet, soonest first (the worker's sweep; no caller scope). */
  async unremindedApprovalIds(manager: EntityManager, remindBefore: Date, limit: number): Promise<string[]> {
    const reminders = (await manager.query(
      `SELECT a.id FROM attestations a WHERE a.status = 'approved' AND a.valid_until <= $1
         AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.kind = 'attestation.expiring' AND n.data->>'attestationId' = a.id::text)
       ORDER BY a.valid_until LIMIT ${limit}`,
      [remindBefore],
    )) as { id: string }[];
    return reminders.map(({ id }) => id);
  }

  /** Submissions submitted or verifying without progress since `updatedBefore`, oldest first (the worker's sweep; no caller scope). */
  async stuckSubmissionIds(manager: EntityManager, updatedBefore: Date, limit: number): Promise<string[]> {
    const stuck = (await manager.query(`SELECT id FROM attestations WHERE status IN ('submitted', 'verifying') AND updated_at < $1 ORDER BY updated_at LIMIT ${limit}`, [updatedBefore])) as {
      id: string;
    }[];
    return stuck.map(({ id }) => id);
  }

  /** Every facility holding an approval or awaiting one, in id order (a policy re-evaluation's; no caller scope). */
  async approvedOrInReviewDatacenterIds(manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(`SELECT DISTINCT datacenter_id FROM attestations WHERE status IN ('approved', 'in_review') ORDER BY datacenter_id`)) as { datacenter_id: string }[];
    return rows.map((row) => row.datacenter_id);
  }

  private visible(manager: EntityManager, scope: Scope): SelectQueryBuilder<AttestationEntity> {
    const query = manager.getRepository(AttestationEntity).createQueryBuilder('attestation');
    return applyScope(query, scope, { organization: 'attestation.organization_id', country: 'attestation.country_code' });
  }
}

function found(id: string, attestation: AttestationEntity | null): AttestationEntity {
  if (!attestation) throw new NotFoundError(`Attestation ${id} not found`);
  return attestation;
}
