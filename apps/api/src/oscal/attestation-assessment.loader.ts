import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AttestationEntity, DatacenterEntity, EvidenceEntity, FindingEntity, OrganizationEntity, PolicyVersionStore, ReviewDecisionEntity } from '@tiergate/persistence';
import type { AttestationAssessmentInput } from '@tiergate/documents';

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => value?.toISOString() ?? null;

/**
 * Gathers one attestation's records as the pure OSCAL builder's input. Everything is read in one
 * repeatable-read snapshot, so a finding added meanwhile cannot appear in one part of the document
 * and be missing from another.
 */
@Injectable()
export class AttestationAssessmentLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PolicyVersionStore,
  ) {}

  load(attestationId: string): Promise<AttestationAssessmentInput> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, attestationId));
  }

  // One query after another: inside a transaction the manager holds a single connection.
  private async read(manager: EntityManager, attestationId: string): Promise<AttestationAssessmentInput> {
    const attestation = await manager.findOneByOrFail(AttestationEntity, { id: attestationId });
    const datacenter = await manager.findOneByOrFail(DatacenterEntity, { id: attestation.datacenterId });
    const organization = await manager.findOneByOrFail(OrganizationEntity, { id: attestation.organizationId });
    const policy = await this.policyOf(manager, attestation.policyVersionId, datacenter.countryCode);
    const evidence = await manager.find(EvidenceEntity, { where: { attestationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const findings = await manager.find(FindingEntity, { where: { attestationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const decisions = await manager.find(ReviewDecisionEntity, { where: { attestationId }, order: { decidedAt: 'ASC', id: 'ASC' } });

    return {
      attestation: {
        id: attestation.id,
        version: attestation.version,
        status: attestation.status,
        createdAt: iso(attestation.createdAt),
        updatedAt: iso(attestation.updatedAt),
        submittedAt: isoOrNull(attestation.submittedAt),
        validFrom: isoOrNull(attestation.validFrom),
        validUntil: isoOrNull(attestation.validUntil),
        statementSha256: attestation.statementSha256,
        signerKeyId: attestation.signerKeyId,
      },
      organization: { id: organization.id, name: organization.name },
      datacenter: { id: datacenter.id, name: datacenter.name, countryCode: datacenter.countryCode, tier: policy.tier },
      policy: { versionId: attestation.policyVersionId, version: policy.version, title: policy.title, controls: policy.controls },
      claims: attestation.claims.map(({ controlId, status, statement }) => ({ controlId, status, statement })),
      evidence: evidence.map((item) => ({
        id: item.id,
        sha256: item.sha256,
        type: item.type,
        mediaType: item.mediaType,
        size: item.size,
        controlIds: item.controlIds,
        fileName: item.fileName,
        uploadedAt: iso(item.createdAt),
        validUntil: isoOrNull(item.validUntil),
      })),
      findings: findings.map((finding) => ({
        id: finding.id,
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        controlId: finding.controlId,
        status: finding.status,
        source: finding.source,
        createdBy: finding.createdBy,
        createdAt: iso(finding.createdAt),
        updatedAt: iso(finding.updatedAt),
      })),
      decisions: decisions.map((decision) => ({
        id: decision.id,
        auditorId: decision.auditorId,
        decision: decision.decision,
        outcome: decision.outcome,
        rationale: decision.rationale,
        decidedAt: iso(decision.decidedAt),
      })),
    };
  }

  /** Only what the document needs from the version the attestation was written against. */
  private async policyOf(manager: EntityManager, policyVersionId: string, countryCode: string) {
    const { version, pack, countries } = await this.policies.compiled(policyVersionId, manager);
    const controls = pack.controls.map(({ id, title, condition, severity }) => ({ id, title, condition, severity }));
    return { version, title: pack.title, controls, tier: countries.get(countryCode)?.tier ?? null };
  }
}
