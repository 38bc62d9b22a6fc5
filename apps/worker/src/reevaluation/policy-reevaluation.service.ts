import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditActor } from '@tiergate/domain';
import { addJobs, jobToAdd, QueueRegistry } from '@tiergate/jobs';
import { AttestationEntity, AttestationStore, DatacenterStatusWriter, FindingStore, NotificationWriter, PolicyVersionStore } from '@tiergate/persistence';
import { evaluateAttestation } from '@tiergate/policy';
import { VerificationFactsLoader } from '../verification/verification-facts.loader';

const REEVALUATION: AuditActor = { type: 'system', id: 'policy-reevaluation' };
export const REEVALUATION_BATCH_SIZE = 100;

/**
 * A new policy version re-checks every facility that holds an approval or awaits one. Only new
 * blockers act (a country moved to Tier 3, a vendor newly prohibited): they become findings on the
 * facility's current attestation, and a compliant or pending facility is suspended.
 */
@Injectable()
export class PolicyReevaluationService {
  private readonly logger = new Logger(PolicyReevaluationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly policies: PolicyVersionStore,
    private readonly facts: VerificationFactsLoader,
    private readonly datacenterStatus: DatacenterStatusWriter,
    private readonly notifications: NotificationWriter,
    private readonly findings: FindingStore,
    private readonly attestations: AttestationStore,
  ) {}

  /** Splits the work into batches (job ids derived from the version, so a replay enqueues nothing new). */
  async fanOut(policyVersionId: string): Promise<number> {
    const ids = await this.attestations.approvedOrInReviewDatacenterIds(this.dataSource.manager);
    await this.policies.startReevaluation(this.dataSource.manager, policyVersionId, ids.length);
    const batches = [];
    for (let start = 0; start < ids.length; start += REEVALUATION_BATCH_SIZE) {
      batches.push(
        jobToAdd(
          'reevaluation.batch',
          { policyVersionId, datacenterIds: ids.slice(start, start + REEVALUATION_BATCH_SIZE) },
          { jobId: `reeval-${policyVersionId}-${start / REEVALUATION_BATCH_SIZE}` },
        ),
      );
    }
    if (batches.length > 0) await addJobs(this.queues, batches);
    this.logger.log(`policy ${policyVersionId}: re-evaluating ${ids.length} facilities in ${batches.length} batches`);
    return ids.length;
  }

  async reevaluateBatch(policyVersionId: string, datacenterIds: string[]): Promise<number> {
    const compiled = await this.policies.compiled(policyVersionId);
    let suspended = 0;
    for (const datacenterId of datacenterIds) {
      const attestation = await this.dataSource.getRepository(AttestationEntity).findOne({
        where: [
          { datacenterId, status: 'approved' },
          { datacenterId, status: 'in_review' },
        ],
        order: { version: 'DESC' },
      });
      if (!attestation) continue;
      const blockers = evaluateAttestation(await this.facts.load(attestation, compiled)).filter((finding) => finding.severity === 'blocker');
      const changed = await this.dataSource.transaction(async (manager) => {
        const existing = (await this.findings.openOf(manager, attestation.id)).map((row) => `${row.code}\u0000${row.message}`);
        const fresh = blockers.filter((finding) => !existing.includes(`${finding.code}\u0000${finding.message}`));
        if (fresh.length === 0) return false;
        await this.findings.recordAutomated(
          manager,
          attestation,
          fresh.map((finding) => ({ ...finding, details: { ...(finding.details ?? {}), policyVersionId, policyVersion: compiled.version } })),
        );
        const moved = await this.datacenterStatus.change(manager, datacenterId, 'suspended', REEVALUATION, {
          reason: `policy ${compiled.version} found new blockers: ${[...new Set(fresh.map((finding) => finding.code))].join(', ')}`,
          attestationId: attestation.id,
          only: ['compliant', 'pending'],
        });
        await this.notifications.notify(manager, {
          organizationId: attestation.organizationId,
          kind: 'datacenter.suspended',
          title: `Policy ${compiled.version} found new blockers at a facility`,
          data: { datacenterId, attestationId: attestation.id, policyVersionId, findings: fresh.map(({ code, message }) => ({ code, message })) },
        });
        return moved;
      });
      if (changed) suspended += 1;
    }
    // Capped: a batch replayed after a lost acknowledgement must not count twice past the total.
    await this.policies.countReevaluated(this.dataSource.manager, policyVersionId, datacenterIds.length);
    return suspended;
  }
}
