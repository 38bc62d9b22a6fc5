import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '@tiergate/domain';
import { paginate, type Page, type PageRequest } from '../pagination';
import { applyScope, type Scope } from '../scope';
import { OrganizationEntity } from './organization.entity';

/**
 * Reads of organisations, always within a Scope: an operator reaches only its own, a regulator
 * only those in its jurisdictions (HQ or a facility there); another is NotFoundError, never "forbidden".
 */
@Injectable()
export class OrganizationStore {
  async findVisible(manager: EntityManager, scope: Scope, id: string): Promise<OrganizationEntity> {
    const organization = await this.visible(manager, scope).andWhere('organization.id = :id', { id }).getOne();
    if (!organization) throw new NotFoundError(`Organization ${id} not found`);
    return organization;
  }

  async page(manager: EntityManager, scope: Scope, page: PageRequest): Promise<Page<OrganizationEntity>> {
    return paginate(this.visible(manager, scope), page);
  }

  private visible(manager: EntityManager, scope: Scope): SelectQueryBuilder<OrganizationEntity> {
    const query = manager.getRepository(OrganizationEntity).createQueryBuilder('organization');
    return applyScope(query, scope, { organization: 'organization.id' });
  }
}
