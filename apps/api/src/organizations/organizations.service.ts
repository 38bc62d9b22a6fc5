import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, OrganizationEntity, applyScope, scopeOf, paginate, type Page } from '@tiergate/persistence';
import { NotFoundError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import type { PageQuery } from '../common/pagination/page';
import type { CreateOrganizationDto } from './organization.dto';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async create(input: CreateOrganizationDto, principal: Principal): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.save(manager.create(OrganizationEntity, { name: input.name, hqCountry: input.hqCountry, lei: input.lei ?? null }));
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'organization.created',
        entityType: 'organization',
        entityId: organization.id,
        payload: { name: organization.name, hqCountry: organization.hqCountry, lei: organization.lei },
      });
      return organization;
    });
  }

  list(principal: Principal, page: PageQuery): Promise<Page<OrganizationEntity>> {
    return paginate(this.visibleTo(principal), page);
  }

  /** Another organisation's record (for an operator), or one outside a regulator's jurisdictions, is "not found", never "forbidden". */
  async get(id: string, principal: Principal): Promise<OrganizationEntity> {
    const organization = await this.visibleTo(principal).andWhere('organization.id = :id', { id }).getOne();
    if (!organization) throw new NotFoundError(`Organization ${id} not found`);
    return organization;
  }

  /**
   * Scoping happens in SQL: an operator's query can only ever reach its own organisation, a
   * regulator's only organisations in its jurisdictions (HQ or a facility there). Signing keys and
   * ownership are read through get(), so they inherit it.
   */
  private visibleTo(principal: Principal): SelectQueryBuilder<OrganizationEntity> {
    const query = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('organization');
    return applyScope(query, scopeOf(principal), { organization: 'organization.id' });
  }
}
