import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EvidenceEntity } from '@tiergate/persistence';

/** One content-addressed file of an attestation's evidence, once however many records share it. */
export interface EvidenceDigest {
  sha256: string;
  size: string | number;
}

/** The evidence files a bundle carries; the caller has found the attestation within its scope. */
@Injectable()
export class BundleEvidenceReader {
  /** The distinct digests of an attestation's evidence, in digest order. */
  async digestsOf(manager: EntityManager, attestationId: string): Promise<EvidenceDigest[]> {
    return manager
      .getRepository(EvidenceEntity)
      .createQueryBuilder('evidence')
      .select('evidence.sha256', 'sha256')
      .addSelect('max(evidence.size)', 'size')
      .where('evidence.attestation_id = :attestationId', { attestationId })
      .groupBy('evidence.sha256')
      .orderBy('evidence.sha256')
      .getRawMany<EvidenceDigest>();
  }
}
