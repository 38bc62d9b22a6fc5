import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '@tiergate/domain';
import type { AttestationEntity } from '../attestations/attestation.entity';
import { paginate, type Page, type PageRequest } from '../pagination';
import { applyScope, type Scope } from '../scope';
import { FindingEntity, type FindingSeverity, type FindingStatus } from './finding.entity';

/** The filters of the finding list, beside the page to read. */
export interface FindingPageQuery extends PageRequest {
  status?: FindingStatus;
  severity?: FindingSeverity;
  code?: string;
  datacenterId?: string;
  attestationId?: string;
}

/** A finding of the automated checks (verification or a policy re-evaluation), before it is a row. */
export interface AutomatedFinding {
  code: string;
  severity: FindingSeverity;
  message: string;
  controlId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Reads of findings, always within a Scope: a row outside it is absent, so a lookup of another
 * organisation's finding is the same NotFoundError as one of an id that does not exist. Also the
 * one writer of automated findings, so the worker's jobs copy the scoping columns alike.
 */
@Injectable()
export class FindingStore {
  async findVisible(manager: EntityManager, scope: Scope, id: string): Promise<FindingEntity> {
    return found(id, await this.visible(manager, scope).andWhere('finding.id = :id', { id }).getOne());
  }

  /** Locks the row until the transaction ends, so concurrent status changes queue up. */
  async lockVisible(manager: EntityManager, scope: Scope, id: string): Promise<FindingEntity> {
    return found(id, await this.visible(manager, scope).andWhere('finding.id = :id', { id }).setLock('pessimistic_write').getOne());
  }

  async page(manager: EntityManager, scope: Scope, query: FindingPageQuery): Promise<Page<FindingEntity>> {
    const rows = this.visible(manager, scope);
    if (query.status) rows.andWhere('finding.status = :status', { status: query.status });
    if (query.severity) rows.andWhere('finding.severity = :severity', { severity: query.severity });
    if (query.code) rows.andWhere('finding.code = :code', { code: query.code });
    if (query.datacenterId) rows.andWhere('finding.datacenter_id = :datacenterId', { datacenterId: query.datacenterId });
    if (query.attestationId) rows.andWhere('finding.attestation_id = :attestationId', { attestationId: query.attestationId });
    return paginate(rows, query);
  }

  /** The open findings of an attestation (for the worker's and the decisions' rules; no caller scope). */
  async openOf(manager: EntityManager, attestationId: string): Promise<Pick<FindingEntity, 'code' | 'severity' | 'message'>[]> {
    return manager.find(FindingEntity, { select: { code: true, severity: true, message: true }, where: { attestationId, status: 'open' } });
  }

  /** Writes findings of the automated checks on an attestation, its scoping columns copied onto each row. */
  async recordAutomated(
    manager: EntityManager,
    attestation: Pick<AttestationEntity, 'id' | 'datacenterId' | 'organizationId' | 'countryCode'>,
    findings: readonly AutomatedFinding[],
  ): Promise<FindingEntity[]> {
    if (findings.length === 0) return [];
    return manager.save(
      findings.map((finding) =>
        manager.create(FindingEntity, {
          attestationId: attestation.id,
          datacenterId: attestation.datacenterId,
          organizationId: attestation.organizationId,
          countryCode: attestation.countryCode,
          code: finding.code,
          severity: finding.severity,
          message: finding.message,
          controlId: finding.controlId ?? null,
          source: 'automated',
          createdBy: null,
          details: finding.details ?? {},
        }),
      ),
    );
  }

  private visible(manager: EntityManager, scope: Scope): SelectQueryBuilder<FindingEntity> {
    const query = manager.getRepository(FindingEntity).createQueryBuilder('finding');
    return applyScope(query, scope, { organization: 'finding.organization_id', country: 'finding.country_code' });
  }
}

function found(id: string, finding: FindingEntity | null): FindingEntity {
  if (!finding) throw new NotFoundError(`Finding ${id} not found`);
  return finding;
}
