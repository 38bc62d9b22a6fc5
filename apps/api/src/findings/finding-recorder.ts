import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, FindingEntity, ReviewItemStore, type AttestationEntity, type FindingSeverity } from '@tiergate/persistence';
import { InvalidInputError, type FieldError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import type { NewFindingDto } from './finding.dto';

/** Severities an approval must not slip past with a single pair of eyes (the policy's four-eyes rule). */
const FOUR_EYES_SEVERITIES: readonly FindingSeverity[] = ['major', 'blocker'];

/**
 * Writes auditors' findings, in the caller's transaction: the row (scoping columns copied from the
 * attestation), the audit entry, and the four-eyes consequence for the attestation's open review
 * item. Used alone (POST /attestations/:id/findings) and with a decision.
 */
@Injectable()
export class FindingRecorder {
  constructor(
    private readonly audit: AuditWriter,
    private readonly reviewItems: ReviewItemStore,
  ) {}

  /** `field` names the findings in a 400, e.g. `findings` → `findings[1].controlId`. */
  async raise(manager: EntityManager, attestation: AttestationEntity, drafts: readonly NewFindingDto[], principal: Principal, field: string): Promise<FindingEntity[]> {
    if (drafts.length === 0) return [];
    const claimed = new Set(attestation.claims.map((claim) => claim.controlId));
    const problems: FieldError[] = drafts.flatMap((draft, index) =>
      draft.controlId && !claimed.has(draft.controlId) ? [{ field: `${field}[${index}].controlId`, problems: [`${draft.controlId} is not a control this attestation claims`] }] : [],
    );
    if (problems.length > 0) throw new InvalidInputError(problems);

    const rows = await manager.save(
      drafts.map((draft) =>
        manager.create(FindingEntity, {
          attestationId: attestation.id,
          datacenterId: attestation.datacenterId,
          organizationId: attestation.organizationId,
          countryCode: attestation.countryCode,
          code: draft.code,
          severity: draft.severity,
          message: draft.message,
          controlId: draft.controlId ?? null,
          source: 'auditor',
          createdBy: principal.userId,
          details: {},
        }),
      ),
    );
    await this.requireFourEyesIfSevere(
      manager,
      attestation.id,
      rows.map((row) => row.severity),
    );
    for (const row of rows) {
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'finding.created',
        entityType: 'finding',
        entityId: row.id,
        payload: { attestationId: attestation.id, code: row.code, severity: row.severity, controlId: row.controlId },
      });
    }
    return rows;
  }

  /**
   * An open major or blocker finding means an approval overrides it, which needs two auditors.
   * Only ever raises the requirement: closing a finding must not become a way around four-eyes.
   */
  async requireFourEyesIfSevere(manager: EntityManager, attestationId: string, severities: readonly FindingSeverity[]): Promise<void> {
    if (!severities.some((severity) => FOUR_EYES_SEVERITIES.includes(severity))) return;
    await this.reviewItems.requireTwoApprovals(manager, attestationId);
  }
}
