import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditActor, JsonObject } from '@tiergate/domain';
import { StateConflictError } from '@tiergate/domain';
import { AttestationStateWriter, AttestationStore, DatacenterStatusWriter, EvidenceEntity, OutboxWriter, PolicyVersionStore, type AttestationEntity } from '@tiergate/persistence';
import { validityWindow, type ValidityWindow } from '@tiergate/policy';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Operators hear of a coming re-audit this long before validity ends (the worker's reminder rule uses the same lead). */
const REAUDIT_REMINDER_LEAD_DAYS = 30;
/** Versions a renewal replaces: the approved one, and one that lapsed while the renewal was in review. */
const SUPERSEDABLE = ['approved', 'expired'] as const;

export interface ApprovalEffects {
  validFrom: Date;
  window: ValidityWindow;
  superseded: string[];
}

/**
 * Everything a final approval changes, in the caller's transaction so it happens entirely or not
 * at all: the attestation approved with its validity window, earlier approved versions of the
 * facility superseded, the facility compliant with its next audit due, and the re-audit scheduled.
 */
@Injectable()
export class FinalApproval {
  constructor(
    private readonly attestations: AttestationStore,
    private readonly states: AttestationStateWriter,
    private readonly datacenterStatus: DatacenterStatusWriter,
    private readonly outbox: OutboxWriter,
    private readonly policies: PolicyVersionStore,
  ) {}

  /** The window an approval now would get; a window already over means the evidence ran out and approval is refused. */
  async windowFor(manager: EntityManager, attestation: AttestationEntity, now: Date): Promise<ValidityWindow> {
    // The version the attestation was written against, not the active one: validity follows the rules the operator attested to.
    const [{ pack }, evidence] = await Promise.all([
      this.policies.compiled(attestation.policyVersionId, manager),
      manager.find(EvidenceEntity, { select: { id: true, validUntil: true }, where: { attestationId: attestation.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    const window = validityWindow({
      approvedAt: now,
      controls: attestation.claims.filter((claim) => claim.status === 'compliant').map((claim) => claim.controlId),
      pack,
      evidence,
    });
    if (window.validUntil.getTime() <= now.getTime()) {
      throw new StateConflictError(`Evidence of attestation ${attestation.id} expired on ${window.validUntil.toISOString()}; an approval would lapse at once — request changes instead`);
    }
    return window;
  }

  async apply(manager: EntityManager, attestation: AttestationEntity, now: Date, actor: AuditActor, context: { note: string; payload: JsonObject }): Promise<ApprovalEffects> {
    const window = await this.windowFor(manager, attestation, now);
    const earlier = await this.attestations.lockSiblingsIn(manager, attestation, SUPERSEDABLE);
    for (const previous of earlier) {
      await this.states.apply(manager, previous, 'supersede', actor, { note: `superseded by version ${attestation.version}`, payload: { supersededBy: attestation.id } });
    }
    await this.states.apply(manager, attestation, 'approve', actor, {
      note: context.note,
      changes: { validFrom: now, validUntil: window.validUntil },
      payload: { ...context.payload, validUntil: window.validUntil.toISOString(), limitedBy: window.limitedBy, superseded: earlier.map((previous) => previous.id) },
    });
    await this.datacenterStatus.change(manager, attestation.datacenterId, 'compliant', actor, {
      reason: `attestation version ${attestation.version} approved`,
      attestationId: attestation.id,
      nextAuditDue: window.nextAuditDue,
    });
    const remindAt = new Date(Math.max(now.getTime(), window.validUntil.getTime() - REAUDIT_REMINDER_LEAD_DAYS * DAY_MS));
    await this.outbox.append(manager, 'reaudit.scheduled', { attestationId: attestation.id, remindAt: remindAt.toISOString(), expireAt: window.validUntil.toISOString() });
    return { validFrom: now, window, superseded: earlier.map((previous) => previous.id) };
  }
}
