import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { buildAttestationStatement, inventoryDigest, statementBytes } from '@tiergate/domain';
import { AttestationEntity, DatacenterEntity, EvidenceEntity, PolicyVersionEntity } from '@tiergate/persistence';

export interface KnownStatementParts {
  /** Every evidence record of the attestation. */
  evidence?: readonly EvidenceEntity[];
  /** Used only when it is the attestation's own policy version. */
  policyVersion?: { id: string; version: string };
}

export interface CanonicalStatement {
  bytes: Buffer;
  sha256: string;
}

/**
 * The in-toto statement of an attestation: for a draft, built from its current data (what the
 * operator signs before submitting); after submission, the bytes frozen then.
 */
@Injectable()
export class AttestationStatementService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `known` passes records the caller has already read in the same transaction (submission has the
   * evidence and the active policy version in hand), so they are not read a second time.
   */
  async statementOf(attestation: AttestationEntity, manager: EntityManager = this.dataSource.manager, known: KnownStatementParts = {}): Promise<CanonicalStatement> {
    if (attestation.statementText !== null) return withDigest(Buffer.from(attestation.statementText, 'utf8'));
    return withDigest(await this.build(attestation, manager, known));
  }

  /** Built from the attestation's own records only, so rebuilding the same draft gives the same bytes. */
  async build(attestation: AttestationEntity, manager: EntityManager, known: KnownStatementParts = {}): Promise<Buffer> {
    // One after another: inside a transaction the manager holds a single connection.
    const datacenter = await manager.findOneByOrFail(DatacenterEntity, { id: attestation.datacenterId });
    const policyVersion =
      known.policyVersion?.id === attestation.policyVersionId
        ? known.policyVersion
        : await manager.findOneOrFail(PolicyVersionEntity, { select: { id: true, version: true }, where: { id: attestation.policyVersionId } });
    // The statement sorts evidence by id itself, so the order the caller read it in does not matter.
    const evidence = known.evidence ?? (await manager.find(EvidenceEntity, { where: { attestationId: attestation.id }, order: { createdAt: 'ASC', id: 'ASC' } }));
    const statement = buildAttestationStatement({
      attestationId: attestation.id,
      version: attestation.version,
      organizationId: attestation.organizationId,
      datacenter: { id: datacenter.id, name: datacenter.name, countryCode: datacenter.countryCode },
      policyVersion: { id: policyVersion.id, version: policyVersion.version },
      claims: attestation.claims,
      counterparties: attestation.counterparties,
      evidence: evidence.map((item) => ({ id: item.id, sha256: item.sha256, type: item.type, controlIds: item.controlIds, mediaType: item.mediaType, size: item.size })),
      inventoryDigest: inventoryDigest(datacenter.inventoryModels),
    });
    return statementBytes(statement);
  }
}

function withDigest(bytes: Buffer): CanonicalStatement {
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
