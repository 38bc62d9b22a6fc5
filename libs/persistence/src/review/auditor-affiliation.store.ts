import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { paginate, type Page, type PageRequest } from '../pagination';
import { AuditorAffiliationEntity } from './auditor-affiliation.entity';

/**
 * Auditors' declared affiliations. They belong to auditors, not to an organisation's or a
 * country's records, so no Scope narrows them: the lists are an auditor's own, or every
 * withdrawal waiting for a second person.
 */
@Injectable()
export class AuditorAffiliationStore {
  /** The declarations `auditorId` made. */
  async pageOf(manager: EntityManager, auditorId: string, page: PageRequest): Promise<Page<AuditorAffiliationEntity>> {
    const query = manager.getRepository(AuditorAffiliationEntity).createQueryBuilder('affiliation');
    query.where('affiliation.auditor_id = :auditorId', { auditorId });
    return paginate(query, page);
  }

  /** Every auditor's declarations whose withdrawal was requested and awaits confirmation. */
  async pageAwaitingRemoval(manager: EntityManager, page: PageRequest): Promise<Page<AuditorAffiliationEntity>> {
    const query = manager.getRepository(AuditorAffiliationEntity).createQueryBuilder('affiliation');
    query.where('affiliation.removal_requested_at IS NOT NULL');
    return paginate(query, page);
  }
}
