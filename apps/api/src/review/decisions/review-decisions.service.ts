import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { Clock } from '@tiergate/config';
import type { AuditActor, JsonObject } from '@tiergate/domain';
import { StateConflictError } from '@tiergate/domain';
import {
  AttestationStateWriter,
  DatacenterStatusWriter,
  NotificationWriter,
  ReviewDecisionEntity,
  ReviewItemEntity,
  type AttestationEntity,
  type FindingEntity,
  type ReviewApproval,
  type ReviewOutcome,
  AttestationStore,
  DatacenterStore,
  FindingStore,
  ReviewItemStore,
  scopeOf,
} from '@tiergate/persistence';
import { actorOf } from '../../common/actor';
import { FindingRecorder } from '../../findings/finding-recorder';
import { toFindingView, type FindingView } from '../../findings/finding.view';
import { AffiliationsService } from '../affiliations/affiliations.service';
import { ReviewMetrics } from '../stats/review-metrics';
import type { DecisionDto } from './decision.dto';
import { FinalApproval } from './final-approval';
import { toReviewDecisionView, type ReviewDecisionView } from './review-decision.view';

/** What POST /attestations/:id/decisions answers: the decision and where it left the attestation and its review item. */
export interface DecisionReceipt extends ReviewDecisionView {
  attestationId: string;
  attestation: { status: AttestationEntity['status']; validFrom: string | null; validUntil: string | null };
  reviewItem: { id: string; status: ReviewItemEntity['status']; approvalsRequired: number; approvals: ReviewApproval[] };
  findings: FindingView[];
}

/** The step the decision takes, worked out before anything is written. */
interface Plan {
  outcome: ReviewOutcome;
  approvals: ReviewApproval[];
  approvalsRequired: number;
}

/**
 * Auditors' decisions. One transaction per decision: the holder of the lease is checked, findings
 * raised with it are written, the four-eyes and blocker rules are applied against what is open at
 * that moment, and the attestation, facility, review item, outbox and audit chain change together.
 */
@Injectable()
export class ReviewDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attestations: AttestationStore,
    private readonly datacenters: DatacenterStore,
    private readonly findings: FindingRecorder,
    private readonly findingStore: FindingStore,
    private readonly reviewItems: ReviewItemStore,
    private readonly affiliations: AffiliationsService,
    private readonly finalApproval: FinalApproval,
    private readonly states: AttestationStateWriter,
    private readonly datacenterStatus: DatacenterStatusWriter,
    private readonly notifications: NotificationWriter,
    private readonly metrics: ReviewMetrics,
    private readonly clock: Clock,
  ) {}

  async decide(attestationId: string, input: DecisionDto, principal: Principal): Promise<DecisionReceipt> {
    const now = this.clock.now();
    const actor = actorOf(principal);
    const receipt = await this.dataSource.transaction(async (manager) => {
      const scope = scopeOf(principal);
      const attestation = await this.attestations.lockVisible(manager, scope, attestationId);
      // Attestation, then facility, then item: the order submission and the status writer lock in, so writers queue rather than deadlock.
      await this.datacenters.lockReached(manager, attestation.datacenterId);
      const item = await this.reviewItems.lockForAttestation(manager, scope, attestation.id);
      if (!item || item.status !== 'open' || attestation.status !== 'in_review') {
        throw new StateConflictError(`Attestation ${attestation.id} is ${attestation.status}${item?.status === 'closed' ? ' and already decided' : ''}; only an attestation in review can be decided`);
      }
      if (item.claimedBy !== principal.userId || !item.leaseUntil || item.leaseUntil.getTime() < now.getTime()) {
        throw new StateConflictError(`Only the auditor holding the lease on review item ${item.id} may decide; claim it first (POST /review-queue/${item.id}/claim)`);
      }
      await this.affiliations.assertNotAffiliated(manager, principal.userId, attestation.organizationId);

      const raised = await this.findings.raise(manager, attestation, input.findings ?? [], principal, 'findings');
      const plan = planOf(input, item, await this.findingStore.openOf(manager, attestation.id), principal.userId, now);
      const decision = await manager.save(
        manager.create(ReviewDecisionEntity, {
          attestationId: attestation.id,
          reviewItemId: item.id,
          auditorId: principal.userId,
          decision: input.decision,
          outcome: plan.outcome,
          rationale: input.rationale,
          findingIds: raised.map((finding) => finding.id),
          decidedAt: now,
        }),
      );
      const payload: JsonObject = { decisionId: decision.id, decision: input.decision, reviewItemId: item.id, findingIds: decision.findingIds };
      await this.carryOut(manager, plan.outcome, attestation, now, actor, { note: input.rationale, payload });

      const closes = plan.outcome !== 'first_approval';
      // A first approval hands the item back to the queue for a different auditor; a final decision closes it.
      const itemChanges = { approvals: plan.approvals, approvalsRequired: plan.approvalsRequired, claimedBy: null, leaseUntil: null, ...(closes ? { status: 'closed' as const, closedAt: now } : {}) };
      await manager.update(ReviewItemEntity, { id: item.id }, itemChanges);
      const answer: DecisionReceipt = {
        ...toReviewDecisionView(decision),
        attestationId: attestation.id,
        attestation: { status: attestation.status, validFrom: attestation.validFrom?.toISOString() ?? null, validUntil: attestation.validUntil?.toISOString() ?? null },
        reviewItem: { id: item.id, status: closes ? 'closed' : 'open', approvalsRequired: plan.approvalsRequired, approvals: plan.approvals },
        findings: raised.map(toFindingView),
      };
      return { answer, submittedAt: attestation.submittedAt };
    });
    this.metrics.observeDecision(receipt.answer.outcome, receipt.submittedAt, now);
    return receipt.answer;
  }

  private async carryOut(manager: EntityManager, outcome: ReviewOutcome, attestation: AttestationEntity, now: Date, actor: AuditActor, context: { note: string; payload: JsonObject }): Promise<void> {
    switch (outcome) {
      case 'first_approval':
        await this.states.apply(manager, attestation, 'record_first_approval', actor, context);
        return;
      case 'approved':
        await this.finalApproval.apply(manager, attestation, now, actor, context);
        return;
      case 'rejected':
        await this.states.apply(manager, attestation, 'reject', actor, context);
        await this.datacenterStatus.change(manager, attestation.datacenterId, 'non_compliant', actor, {
          reason: `attestation version ${attestation.version} rejected by an auditor`,
          attestationId: attestation.id,
        });
        await this.notifications.notify(manager, {
          organizationId: attestation.organizationId,
          kind: 'attestation.rejected',
          title: `Attestation v${attestation.version} was rejected by an auditor`,
          data: { attestationId: attestation.id, datacenterId: attestation.datacenterId, rationale: context.note },
        });
        return;
      case 'changes_requested':
        await this.states.apply(manager, attestation, 'request_changes', actor, context);
        await this.notifications.notify(manager, {
          organizationId: attestation.organizationId,
          kind: 'attestation.changes_requested',
          title: `An auditor requested changes to attestation v${attestation.version}; amend it (POST /attestations/${attestation.id}/amend) and submit again`,
          data: { attestationId: attestation.id, datacenterId: attestation.datacenterId, rationale: context.note },
        });
        return;
    }
  }
}

/**
 * The rules of a decision, before anything is written: no approval over an open blocker; under
 * four-eyes the first approval keeps the item open for a second, different auditor.
 */
function planOf(input: DecisionDto, item: ReviewItemEntity, open: Pick<FindingEntity, 'code' | 'severity'>[], auditorId: string, now: Date): Plan {
  // Findings only ever raise the requirement (see FindingRecorder): the item may predate a major finding.
  const approvalsRequired = Math.max(item.approvalsRequired, open.some((finding) => finding.severity === 'major' || finding.severity === 'blocker') ? 2 : 1);
  if (input.decision === 'reject') return { outcome: 'rejected', approvals: item.approvals, approvalsRequired };
  if (input.decision === 'request_changes') return { outcome: 'changes_requested', approvals: item.approvals, approvalsRequired };

  const blockers = open.filter((finding) => finding.severity === 'blocker');
  if (blockers.length > 0) {
    throw new StateConflictError(`${blockers.length} blocker finding(s) are open (${[...new Set(blockers.map((finding) => finding.code))].join(', ')}); close them before approving, or reject`);
  }
  if (item.approvals.some((approval) => approval.auditorId === auditorId)) {
    throw new StateConflictError('You gave the first approval; four-eyes needs the second from a different auditor');
  }
  const approvals = [...item.approvals, { auditorId, at: now.toISOString() }];
  return { outcome: approvals.length >= approvalsRequired ? 'approved' : 'first_approval', approvals, approvalsRequired };
}
