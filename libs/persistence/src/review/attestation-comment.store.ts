import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { paginate, type Page, type PageRequest } from '../pagination';
import { applyScope, type Scope } from '../scope';
import { AttestationCommentEntity } from './attestation-comment.entity';

/** The comment threads of attestations, read within a Scope (a comment carries its attestation's organisation and country). */
@Injectable()
export class AttestationCommentStore {
  /** One page of an attestation's thread, oldest first. */
  async pageOf(manager: EntityManager, scope: Scope, attestationId: string, page: PageRequest): Promise<Page<AttestationCommentEntity>> {
    const query = manager.getRepository(AttestationCommentEntity).createQueryBuilder('comment').where('comment.attestation_id = :attestationId', { attestationId });
    return paginate(applyScope(query, scope, { organization: 'comment.organization_id', country: 'comment.country_code' }), page);
  }
}
