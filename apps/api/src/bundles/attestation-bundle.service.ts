import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { BUNDLE_FILES, bundleEvidencePath, type ChainedAuditEntry, StateConflictError } from '@tiergate/domain';
import { AuditLogEntryEntity, FindingEntity, PolicyVersionEntity, ReviewDecisionEntity, type AttestationEntity, AttestationStore, scopeOf } from '@tiergate/persistence';
import { EVIDENCE_STORE, type EvidenceStore } from '@tiergate/storage';
import { toFindingView } from '../findings/finding.view';
import { toReviewDecisionView } from '../review/decisions/review-decision.view';
import type { AttestationBundle, BundleFile } from './attestation-bundle';
import { BundleEvidenceReader } from './bundle-evidence.reader';

/** Gathers the records that make up an attestation's bundle, within the caller's scope. */
@Injectable()
export class AttestationBundleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attestations: AttestationStore,
    private readonly evidence: BundleEvidenceReader,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
  ) {}

  async bundleOf(id: string, principal: Principal): Promise<AttestationBundle> {
    const attestation = await this.attestations.findVisible(this.dataSource.manager, scopeOf(principal), id);
    // Before submission there is no frozen statement: the bundle would vouch for a moving target.
    if (attestation.statementText === null) {
      throw new StateConflictError(`Attestation ${id} is ${attestation.status}; only a submitted attestation has a bundle`);
    }
    const files: BundleFile[] = [{ path: BUNDLE_FILES.statement, bytes: Buffer.from(attestation.statementText, 'utf8') }];
    if (attestation.signature !== null) files.push({ path: BUNDLE_FILES.statementEnvelope, bytes: json(attestation.signature) });
    files.push(
      { path: BUNDLE_FILES.policy, bytes: await this.policyOf(attestation) },
      { path: BUNDLE_FILES.findings, bytes: await this.findingsOf(id) },
      { path: BUNDLE_FILES.decisions, bytes: await this.decisionsOf(id) },
      { path: BUNDLE_FILES.audit, bytes: await this.auditOf(id) },
      ...(await this.evidenceOf(id)),
    );
    return { attestationId: id, files };
  }

  private async policyOf(attestation: AttestationEntity): Promise<Buffer> {
    const policy = await this.dataSource.getRepository(PolicyVersionEntity).findOneByOrFail({ id: attestation.policyVersionId });
    return json({ id: policy.id, version: policy.version, publishedAt: policy.createdAt.toISOString(), pack: policy.pack });
  }

  private async findingsOf(attestationId: string): Promise<Buffer> {
    const rows = await this.dataSource.getRepository(FindingEntity).find({ where: { attestationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return json(rows.map(toFindingView));
  }

  private async decisionsOf(attestationId: string): Promise<Buffer> {
    const rows = await this.dataSource.getRepository(ReviewDecisionEntity).find({ where: { attestationId }, order: { decidedAt: 'ASC', id: 'ASC' } });
    return json(rows.map(toReviewDecisionView));
  }

  /** One entry per line, in the shape the chain hashes, so each entry's hash can be recomputed offline. */
  private async auditOf(attestationId: string): Promise<Buffer> {
    const rows = await this.dataSource.getRepository(AuditLogEntryEntity).find({ where: { entityId: attestationId }, order: { seq: 'ASC' } });
    return Buffer.from(rows.map((row) => `${JSON.stringify(toChainedEntry(row))}\n`).join(''), 'utf8');
  }

  /** Distinct digests: several evidence records may share the same content-addressed bytes. */
  private async evidenceOf(attestationId: string): Promise<BundleFile[]> {
    const rows = await this.evidence.digestsOf(this.dataSource.manager, attestationId);
    return rows.map(({ sha256, size }) => ({ path: bundleEvidencePath(sha256), sha256, size: Number(size), open: () => this.store.open(sha256) }));
  }
}

function toChainedEntry(row: AuditLogEntryEntity): ChainedAuditEntry {
  return {
    seq: Number(row.seq),
    occurredAt: row.occurredAt.toISOString(),
    actor: { type: row.actorType, id: row.actorId },
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    payload: row.payload,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}
