import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Permission, roleHasPermission, type Principal } from '@tiergate/auth';
import { Clock } from '@tiergate/config';
import { findingClosureStep, ForbiddenError, InvalidInputError, StateConflictError, type FieldError } from '@tiergate/domain';
import { AuditorAffiliationEntity, AuditWriter, FindingEntity, FindingStore, ReviewItemStore, type AuditAction, type FindingStatus, type Page, scopeOf, AttestationStore } from '@tiergate/persistence';
import { actorOf } from '../common/actor';
import type { FindingQuery, NewFindingDto, UpdateFindingDto } from './finding.dto';
import { FindingRecorder } from './finding-recorder';
import { canChangeFinding, statusesSettableBy, type FindingChanger } from './finding-status-rules';
import { toFindingView, type FindingView } from './finding.view';

const AUDIT_ACTION: Record<FindingStatus, AuditAction> = { remediated: 'finding.remediated', closed: 'finding.closed', open: 'finding.reopened' };
/** Reopening starts a blocker's two-auditor closure afresh. */
const NO_CLOSE_PROPOSAL = { closeProposedBy: null, closeProposedAt: null, closeProposalNote: null };

/** Findings within the caller's scope: listing, auditors raising them, operators answering, auditors closing or reopening. */
@Injectable()
export class FindingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attestations: AttestationStore,
    private readonly findings: FindingStore,
    private readonly reviewItems: ReviewItemStore,
    private readonly recorder: FindingRecorder,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  async list(filters: FindingQuery, principal: Principal): Promise<Page<FindingView>> {
    const page = await this.findings.page(this.dataSource.manager, scopeOf(principal), filters);
    return { items: page.items.map(toFindingView), nextCursor: page.nextCursor };
  }

  /** Only while the attestation is in review: that is when a finding can still change the decision. */
  async raise(attestationId: string, input: NewFindingDto, principal: Principal): Promise<FindingView> {
    const [row] = await this.dataSource.transaction(async (manager) => {
      // The lock orders this against a concurrent decision: the approval sees the finding, or the finding sees the approval.
      const attestation = await this.attestations.lockVisible(manager, scopeOf(principal), attestationId);
      if (attestation.status !== 'in_review') {
        throw new StateConflictError(`Attestation ${attestationId} is ${attestation.status}; findings are raised while it is in review`);
      }
      return this.recorder.raise(manager, attestation, [input], principal, 'finding');
    });
    return toFindingView(row);
  }

  async update(id: string, input: UpdateFindingDto, principal: Principal): Promise<FindingView> {
    const changer = changerOf(principal);
    const row = await this.dataSource.transaction(async (manager) => {
      const finding = await this.findings.lockVisible(manager, scopeOf(principal), id);
      const to = checkedTarget(changer, input);
      if (changer === 'auditor') await this.assertMayJudge(manager, finding, to, principal);
      if (!canChangeFinding(changer, finding.status, to)) {
        throw new StateConflictError(`Finding ${id} is ${finding.status}; ${changer === 'operator' ? 'only an open finding can be remediated' : `it cannot be set ${to} from there`}`);
      }
      const closure = changer === 'auditor' && to === 'closed' ? findingClosureStep(finding, principal.userId) : null;
      if (closure?.kind === 'refuse') throw new StateConflictError(`${closure.reason} (finding ${id})`);
      if (closure?.kind === 'propose') {
        // The finding stays open, and keeps barring approval, until a second auditor confirms.
        await manager.update(FindingEntity, { id }, { closeProposedBy: principal.userId, closeProposedAt: this.clock.now(), closeProposalNote: input.note ?? null });
        await this.audit.append(manager, {
          actor: actorOf(principal),
          action: 'finding.close_proposed',
          entityType: 'finding',
          entityId: id,
          payload: { attestationId: finding.attestationId, severity: finding.severity, ...(input.note ? { note: input.note } : {}) },
        });
        return manager.findOneByOrFail(FindingEntity, { id });
      }
      const changes = changer === 'operator' ? { status: to, response: input.response ?? null } : to === 'open' ? { status: to, ...NO_CLOSE_PROPOSAL } : { status: to };
      await manager.update(FindingEntity, { id }, changes);
      if (to === 'open') await this.recorder.requireFourEyesIfSevere(manager, finding.attestationId, [finding.severity]);
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: AUDIT_ACTION[to],
        entityType: 'finding',
        entityId: id,
        payload: {
          attestationId: finding.attestationId,
          from: finding.status,
          to,
          ...(closure?.kind === 'close' && closure.proposedBy ? { proposedBy: closure.proposedBy } : {}),
          ...(input.response ? { response: input.response } : {}),
          ...(input.note ? { note: input.note } : {}),
        },
      });
      return manager.findOneByOrFail(FindingEntity, { id });
    });
    return toFindingView(row);
  }

  /**
   * An auditor's judgement on a finding: never from one who declared an affiliation with the
   * organisation, and a closure only from the holder of the lease on the attestation's open review
   * item (the one answerable for the decision it unblocks). The item is locked after the finding,
   * the order reopening already takes, so a closure and a decision on the item queue up.
   */
  private async assertMayJudge(manager: EntityManager, finding: FindingEntity, to: FindingStatus, principal: Principal): Promise<void> {
    if (await manager.existsBy(AuditorAffiliationEntity, { auditorId: principal.userId, organizationId: finding.organizationId })) {
      throw new ForbiddenError(`You declared an affiliation with organisation ${finding.organizationId}; another auditor must judge its findings (conflict of interest)`);
    }
    if (to !== 'closed') return;
    const item = await this.reviewItems.lockOpenForAttestation(manager, scopeOf(principal), finding.attestationId);
    if (!item) throw new StateConflictError(`Attestation ${finding.attestationId} has no review in progress; findings are closed by the auditor holding its review lease`);
    if (item.claimedBy !== principal.userId || !item.leaseUntil || item.leaseUntil.getTime() < this.clock.now().getTime()) {
      throw new StateConflictError(`Only the auditor holding the lease on review item ${item.id} may close its findings; claim it first (POST /review-queue/${item.id}/claim)`);
    }
  }
}

/** Read access is everyone's; changing a finding is the operator's answer or an auditor's judgement. */
function changerOf(principal: Principal): FindingChanger {
  if (roleHasPermission(principal.role, Permission.FindingsRespond)) return 'operator';
  if (roleHasPermission(principal.role, Permission.Review)) return 'auditor';
  throw new ForbiddenError('Only the operator (respond and mark remediated) and auditors (close or reopen) change findings');
}

function checkedTarget(changer: FindingChanger, input: UpdateFindingDto): FindingStatus {
  const allowed = statusesSettableBy(changer);
  const problems: FieldError[] = [];
  if (!input.status || !allowed.includes(input.status)) problems.push({ field: 'status', problems: [`must be ${allowed.join(' or ')}`] });
  if (changer === 'operator' && !input.response) problems.push({ field: 'response', problems: ['is required: say what was fixed and how'] });
  if (changer === 'operator' && input.note) problems.push({ field: 'note', problems: ['is for auditors; answer with response'] });
  if (changer === 'auditor' && input.response) problems.push({ field: 'response', problems: ["is the operator's answer; auditors may add a note"] });
  if (problems.length > 0) throw new InvalidInputError(problems);
  return input.status as FindingStatus;
}
