import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditActor } from '@tiergate/domain';
import {
  AttestationStore,
  AttestationEntity,
  AttestationStateWriter,
  DatacenterEntity,
  DatacenterStatusWriter,
  FindingStore,
  NotificationWriter,
  PolicyVersionStore,
  ReviewItemStore,
  type CompiledPolicyVersion,
} from '@tiergate/persistence';
import { evaluateAttestation, requiresTwoApprovals, reviewPriority, type VerificationFinding } from '@tiergate/policy';
import { VerificationFactsLoader } from './verification-facts.loader';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WORKER: AuditActor = { type: 'system', id: 'verification-worker' };

export type VerificationOutcome = 'in_review' | 'rejected' | 'skipped';

/**
 * Runs every automated check of an attestation's policy version. Two transactions: the first marks
 * it `verifying` (visible while the checks run), the second writes findings and the outcome
 * together — so a worker killed in between leaves `verifying`, and the retried job simply runs the
 * checks again. Each attestation gets its findings and outcome exactly once.
 */
@Injectable()
export class AttestationVerificationService {
  private readonly logger = new Logger(AttestationVerificationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PolicyVersionStore,
    private readonly facts: VerificationFactsLoader,
    private readonly states: AttestationStateWriter,
    private readonly datacenterStatus: DatacenterStatusWriter,
    private readonly notifications: NotificationWriter,
    private readonly attestations: AttestationStore,
    private readonly findingStore: FindingStore,
    private readonly reviewItems: ReviewItemStore,
  ) {}

  async verify(attestationId: string): Promise<VerificationOutcome> {
    // An event naming no attestation (never a UUID) has nothing to verify; retrying would not change that.
    if (!UUID.test(attestationId)) return 'skipped';
    const started = await this.dataSource.transaction(async (manager) => {
      const attestation = await this.attestations.lockForSystem(manager, attestationId);
      if (!attestation || !['submitted', 'verifying'].includes(attestation.status)) return null;
      return this.states.apply(manager, attestation, 'start_verification', WORKER);
    });
    if (!started) return 'skipped';

    const compiled = await this.policies.compiled(started.policyVersionId);
    const findings = evaluateAttestation(await this.facts.load(started, compiled));

    return this.dataSource.transaction(async (manager) => {
      const attestation = await this.attestations.lockForSystem(manager, attestationId);
      if (!attestation || attestation.status !== 'verifying') return 'skipped';
      await this.findingStore.recordAutomated(manager, attestation, findings);
      if (findings.some((finding) => finding.severity === 'blocker')) {
        await this.reject(manager, attestation, findings);
        return 'rejected';
      }
      await this.queueForReview(manager, attestation, findings, compiled);
      return 'in_review';
    });
  }

  private async reject(manager: EntityManager, attestation: AttestationEntity, findings: VerificationFinding[]): Promise<void> {
    const blockers = findings.filter((finding) => finding.severity === 'blocker');
    await this.datacenterStatus.change(manager, attestation.datacenterId, 'non_compliant', WORKER, {
      reason: `automated verification found ${blockers.length} blocker(s): ${[...new Set(blockers.map((finding) => finding.code))].join(', ')}`,
      attestationId: attestation.id,
    });
    await this.notifications.notify(manager, {
      organizationId: attestation.organizationId,
      kind: 'attestation.rejected',
      title: `Attestation v${attestation.version} was rejected by automated verification`,
      data: { attestationId: attestation.id, datacenterId: attestation.datacenterId, blockers: blockers.map(({ code, message }) => ({ code, message })) },
    });
    await this.states.apply(manager, attestation, 'reject_automated', WORKER, { payload: { findings: findings.length, blockers: blockers.length } });
    this.logger.log(`attestation ${attestation.id} rejected: ${blockers.map((finding) => finding.code).join(', ')}`);
  }

  private async queueForReview(manager: EntityManager, attestation: AttestationEntity, findings: VerificationFinding[], compiled: CompiledPolicyVersion): Promise<void> {
    const datacenter = await manager.findOneByOrFail(DatacenterEntity, { id: attestation.datacenterId });
    const facts = {
      tier: compiled.countries.get(datacenter.countryCode)?.tier ?? 2,
      h100Equivalents: compiled.classifier.summarise(datacenter.inventoryModels).h100Equivalents,
      findings,
    };
    await this.reviewItems.open(manager, {
      attestationId: attestation.id,
      datacenterId: attestation.datacenterId,
      organizationId: attestation.organizationId,
      countryCode: datacenter.countryCode,
      priority: reviewPriority(facts),
      approvalsRequired: requiresTwoApprovals({ ...facts, pack: compiled.pack }) ? 2 : 1,
    });
    await this.states.apply(manager, attestation, 'pass_verification', WORKER, { payload: { findings: findings.length } });
  }
}
