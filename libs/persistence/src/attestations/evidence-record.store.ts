import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '@tiergate/domain';
import { applyScope, type Scope } from '../scope';
import { EvidenceEntity } from './evidence.entity';

/**
 * Evidence records (the rows describing uploaded files; the bytes live in the evidence storage),
 * read within the Scope of their attestation: a record outside it is the same NotFoundError as
 * one that does not exist.
 */
@Injectable()
export class EvidenceRecordStore {
  async findVisible(manager: EntityManager, scope: Scope, id: string): Promise<EvidenceEntity> {
    const query = manager.getRepository(EvidenceEntity).createQueryBuilder('evidence').innerJoin('evidence.attestation', 'attestation').where('evidence.id = :id', { id });
    const evidence = await applyScope(query, scope, { organization: 'attestation.organization_id', country: 'attestation.country_code' }).getOne();
    if (!evidence) throw new NotFoundError(`Evidence ${id} not found`);
    return evidence;
  }

  /** Copies every record of `fromAttestationId` onto `toAttestationId` (an amendment), upload times and uploaders kept. */
  async copyAll(manager: EntityManager, fromAttestationId: string, toAttestationId: string): Promise<void> {
    await manager.query(
      `INSERT INTO evidence (attestation_id, sha256, size, media_type, type, control_ids, file_name, valid_until, observed_from, observed_to, uploaded_by, created_at)
         SELECT $1, sha256, size, media_type, type, control_ids, file_name, valid_until, observed_from, observed_to, uploaded_by, created_at FROM evidence WHERE attestation_id = $2`,
      [toAttestationId, fromAttestationId],
    );
  }
}
