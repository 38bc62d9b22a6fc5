import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, OrganizationEntity, OrganizationStore, scopeOf, type Page } from '@tiergate/persistence';
import { actorOf } from '../common/actor';
import type { PageQuery } from '../common/pagination/page';
import type { CreateOrganizationDto } from './organization.dto';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly store: OrganizationStore,
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
    return this.store.page(this.dataSource.manager, scopeOf(principal), page);
  }

  /**
   * Another organisation's record (for an operator), or one outside a regulator's jurisdictions, is
   * "not found", never "forbidden". Signing keys and ownership are read through get(), so they inherit it.
   */
  async get(id: string, principal: Principal): Promise<OrganizationEntity> {
    return this.store.findVisible(this.dataSource.manager, scopeOf(principal), id);
  }
}
